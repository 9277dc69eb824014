/**
 * `grader package gradescope --course <slug>`: writes a Gradescope autograder zip that runs
 * this grader on each submission (see src/package/gradescope.ts).
 */
import { writeFileSync } from "node:fs";
import { isAbsolute, resolve } from "node:path";
import { UsageError, workspaceRoot } from "@dlc/student-kit/src/cli/courses.ts";
import { gradescopeZip, isCourseFolder } from "../package/gradescope.ts";
import { number, parseArgv } from "./parse-argv.ts";

const HELP = `usage: grader package gradescope --course <slug> [--seed <n>] [--out <file.zip>]

Writes a Gradescope autograder zip (setup.sh, run_autograder, the grader and the course with
its hidden checks): upload it as the assignment's autograder. Each submission is graded with
the seed given here (default 1); results.json shows contract checks at once, the others when
grades are published.

options:
  --course <slug>   the course (required)
  --seed <n>        seed of the hidden inputs (default 1)
  --out <file>      the zip to write (default gradescope-<slug>.zip)
  -h, --help        this help
`;

export async function packageMain(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgv<{
    course?: string;
    seed?: string;
    out?: string;
    help: boolean;
  }>(
    "grader package",
    argv,
    {
      course: { type: "string" },
      seed: { type: "string" },
      out: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    ["seed"],
  );
  if (values.help) {
    process.stdout.write(HELP);
    return 0;
  }
  if (positionals.length !== 1 || positionals[0] !== "gradescope")
    throw new UsageError(
      `grader package makes one kind of package: gradescope (got '${positionals.join(" ")}')`,
    );
  if (!values.course) throw new UsageError("which course? add --course <slug>");
  const root = workspaceRoot(import.meta.dirname);
  if (!root) throw new Error("the grader is not inside its repository");
  if (!isCourseFolder(root, values.course)) throw new UsageError(`no course '${values.course}'`);
  const seed = number("seed", values.seed, { integer: true }) ?? 1;
  const base = process.env.INIT_CWD ?? process.cwd();
  const out = values.out ?? `gradescope-${values.course}.zip`;
  const file = isAbsolute(out) ? out : resolve(base, out);
  const zip = gradescopeZip(root, values.course, seed);
  writeFileSync(file, zip);
  process.stdout.write(
    `${file}: Gradescope autograder for ${values.course}, seed ${seed}, ${(zip.length / 1024).toFixed(0)} KB\n`,
  );
  return 0;
}
