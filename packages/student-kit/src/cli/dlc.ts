/**
 * `dlc`: the student's and maintainer's command.
 *
 *   dlc progress [--course <slug>] [--details]   per assignment, which graded functions pass
 *   dlc hint [function] [--course <slug>] [--reset]   the next hint for a function
 *   dlc prove [assignment…] [--course <slug>]      solutions pass, every stub fails (maintainers, CI)
 *   dlc signatures [--course <slug>]               regenerate <course>/signatures.ts
 *   dlc demo <file> [args…]                        run a course's demo (see demo/run-demo.ts)
 *
 * Errors in usage print one line and exit 2; a failing prove exits 1. `prove` and `signatures`
 * are the maintainers' and come from the grading engine (`@dlc/grader`), loaded from where the
 * command runs; the student kit never depends on the engine, and a student's repository (which
 * has no engine) says so in one line.
 */
import { createRequire } from "node:module";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { runDemo } from "../demo/run-demo.ts";
import { findCourses, UsageError } from "./courses.ts";
import { hint } from "./hint.ts";
import { progress } from "./progress.ts";
import { runCommand } from "./run-command.ts";

const HELP = `usage: dlc <command> [options]

commands:
  progress [--details]      which graded functions pass, per course and assignment
  hint [function]           the next hint for a function (the next unfinished one if omitted);
                            name it as 'propagate' or, when ambiguous, '02/sigmoid'
  prove [assignment…]       maintainers: public tests pass on solutions/, every stub fails its own,
                            the grader gives solutions full marks, stubs 0 and kills every mutant;
                            name assignments ('04' or '04-optimization') to prove only those
  signatures                maintainers: regenerate signatures.ts (stub vs solution type check)
  release <course> <dir>    maintainers: write the student edition of a course (no solutions,
                            no hidden checks) as a standalone repository in <dir>
  demo <file> [args…]       run a demo of the course you are in; unfinished code gives one line

options:
  --course <slug>           one course (default: the course you are in, or all from the root)
  --reset                   hint: start again from the first hint
  --details                 progress: show the failing tests
  -h, --help                this help
`;

/** What the maintainer commands need of the engine (`@dlc/grader/maintainer`). */
interface Engine {
  prove(pkg: Awaited<ReturnType<typeof findCourses>>[number], only: string[]): Promise<number>;
  writeSignatures(pkg: Awaited<ReturnType<typeof findCourses>>[number]): boolean;
  release(
    root: string,
    pkg: Awaited<ReturnType<typeof findCourses>>[number],
    dir: string,
  ): { files: number };
}

async function engine(command: string): Promise<Engine> {
  const from = createRequire(join(process.cwd(), "package.json"));
  let path: string;
  try {
    path = from.resolve("@dlc/grader/maintainer");
  } catch {
    throw new UsageError(
      `dlc ${command} is for the course's maintainers: it needs the grading engine (@dlc/grader), which a student's repository does not have`,
    );
  }
  return (await import(pathToFileURL(path).href)) as Engine;
}

async function main(argv: string[]): Promise<number> {
  // a demo's own options (--solutions, --iterations N) are the demo's to read
  if (argv[0] === "demo") {
    if (!argv[1] || argv[1].startsWith("-")) throw new UsageError("usage: dlc demo <file> [args…]");
    return runDemo(process.cwd(), argv[1], process.env.npm_lifecycle_event ?? "demo");
  }
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      course: { type: "string" },
      reset: { type: "boolean", default: false },
      details: { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    process.stdout.write(HELP);
    return command || values.help ? 0 : 2;
  }
  if (command === "release") {
    if (rest.length !== 2) throw new UsageError("usage: dlc release <course> <dir>");
    const [slug, dir] = rest as [string, string];
    const [pkg] = await findCourses(process.cwd(), slug);
    if (!pkg) throw new UsageError(`no course '${slug}'`);
    const target = resolve(process.env.INIT_CWD ?? process.cwd(), dir);
    const { files } = (await engine("release")).release(resolve(pkg.dir, "../.."), pkg, target);
    process.stdout.write(
      `${target}: the student edition of ${slug} (${files} files); start with its README\n`,
    );
    return 0;
  }
  const packages = await findCourses(process.cwd(), values.course);
  switch (command) {
    case "progress":
      return progress(packages, { details: values.details, all: packages.length > 1 });
    case "hint":
      if (rest.length > 1) throw new UsageError("hint takes at most one function name");
      // pnpm runs a script in its package's folder; INIT_CWD is where the student typed it
      return hint(packages, rest[0], {
        reset: values.reset,
        cwd: process.env.INIT_CWD ?? process.cwd(),
      });
    case "prove": {
      let code = 0;
      if (rest.length > 0 && packages.length > 1)
        throw new UsageError("name the course (--course <slug>) to prove single assignments");
      const { prove } = await engine("prove");
      for (const pkg of packages) code = Math.max(code, await prove(pkg, rest));
      return code;
    }
    case "signatures": {
      const { writeSignatures } = await engine("signatures");
      for (const pkg of packages) {
        process.stdout.write(
          `${pkg.course.slug}/signatures.ts ${writeSignatures(pkg) ? "written" : "up to date"}\n`,
        );
      }
      return 0;
    }
    default:
      throw new UsageError(
        `unknown command '${command}' (try: progress, hint, prove, signatures, release, demo; dlc --help)`,
      );
  }
}

await runCommand("dlc", () => main(process.argv.slice(2)));
