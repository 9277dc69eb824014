/**
 * `grader`: grades a submission against a course's hidden checks and writes the reports. For instructors and CI; `pnpm grade` forwards here.
 */
import { existsSync, lstatSync, readFileSync } from "node:fs";
import { isAbsolute, join, resolve } from "node:path";
import { findCourses, UsageError } from "@dlc/student-kit/src/cli/courses.ts";
import { runCommand } from "@dlc/student-kit/src/cli/run-command.ts";
import { writeAtomically } from "@dlc/student-kit/src/cli/write-atomically.ts";
import { notASubmission } from "../engine/build.ts";
import { startGrade } from "../engine/grade.ts";
import { type GradeReport, percent } from "../engine/report.ts";
import { defaultFileName, FORMATS, type Format, formatReport } from "../reports/index.ts";
import { number, parseArgv } from "./parse-argv.ts";

export const EXIT = { graded: 0, belowMinScore: 1, usage: 2, error: 3, interrupted: 130 } as const;

const HELP = `usage: grader <submission> --course <slug> [options]
       grader batch <folder> --course <slug> --out <dir>   a whole class (grader batch --help)
       grader merge <shard-out>... --out <dir>              shards of a class into one
       grader package gradescope --course <slug>            a Gradescope autograder zip

Grades a submission (a folder shaped like the course's exercises/, or a student's copy
of the course package) against the course's hidden checks, in a sandbox.

options:
  --course <slug>       the course (nn-basics, …); inferred when the submission is inside one
  --seed <n>            seed of every hidden input (default 1; recorded in the report)
  --format <name>       terminal | json | junit | gradescope | markdown | csv | exercism;
                        repeatable (default terminal)
  --out <dir>           write each format to a file in <dir> (grade-report.json, junit.xml,
                        results.json, grade-report.md, grade-report.csv,
                        exercism-results.json); without --out
                        the formats are printed to stdout
  --reveal              show the hidden inputs and minimal counterexamples in feedback
  --timeout <seconds>   time limit of each check (default: 10, training checks 20-30)
  --memory <MB>         memory cap of the sandbox process (default 1024)
  --budget <seconds>    time budget of the whole submission (default 180, about 40 times
                        the reference's grading time); when it runs out, the checks left
                        fail as timeout
  --min-score <pct>     exit 1 when the score is below this percentage (CI gating)
  --no-color            plain terminal output (also when NO_COLOR is set or not a TTY)
  -h, --help            this help

exit codes:
  0  graded (whatever the score)
  1  graded, score below --min-score
  2  bad usage (unknown flag, missing folder, unknown course)
  3  grader error (the grading itself failed; the report written so far is kept)
  130 interrupted (Ctrl-C); the reports are written with the checks not run as failed
`;

interface Options {
  submission: string;
  label: string;
  courseDir: string;
  course: Awaited<ReturnType<typeof findCourses>>[number]["course"];
  courseVersion: string;
  seed: number;
  formats: Format[];
  out?: string;
  reveal: boolean;
  timeoutMs?: number;
  memoryMb?: number;
  budgetMs?: number;
  minScore?: number;
  color: boolean;
}

/** What parseArgv returns for the options `parse` declares. */
interface GraderValues {
  course?: string;
  seed?: string;
  format?: string[];
  out?: string;
  reveal: boolean;
  timeout?: string;
  memory?: string;
  budget?: string;
  "min-score"?: string;
  "no-color": boolean;
  help: boolean;
}

/** Options that take a number: a value after them may start with a dash (`--timeout -1`). */
const NUMERIC = ["seed", "timeout", "memory", "budget", "min-score"];

async function parse(argv: string[]): Promise<Options | "help"> {
  const { values, positionals } = parseArgv<GraderValues>(
    "grader",
    argv,
    {
      course: { type: "string" },
      seed: { type: "string" },
      format: { type: "string", multiple: true },
      out: { type: "string" },
      reveal: { type: "boolean", default: false },
      timeout: { type: "string" },
      memory: { type: "string" },
      budget: { type: "string" },
      "min-score": { type: "string" },
      "no-color": { type: "boolean", default: false },
      help: { type: "boolean", short: "h", default: false },
    },
    NUMERIC,
  );
  if (values.help) return "help";
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? "which submission? usage: grader <submission> --course <slug> (grader --help)"
        : `one submission at a time, got ${positionals.length}: ${positionals.join(" ")}`,
    );
  const label = positionals[0]!;
  // pnpm runs root scripts from the root; a relative path means the caller's folder
  const base = process.env.INIT_CWD ?? process.cwd();
  const submission = isAbsolute(label) ? label : resolve(base, label);
  const stat = lstatSync(submission, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`no such folder: ${label}`);
  if (!stat.isDirectory()) throw new UsageError(`the submission must be a folder: ${label}`);

  // with --course, look the course up from the grader's own workspace; without, from
  // where the submission sits (inside a course package, that course)
  const courses = values.course
    ? await findCourses(import.meta.dirname, values.course)
    : await findCourses(submission).catch(() => []);
  if (courses.length !== 1)
    throw new UsageError("which course? add --course <slug> (e.g. --course nn-basics)");
  const { dir: courseDir, course } = courses[0]!;
  const unfit = notASubmission(submission, course);
  if (unfit) throw new UsageError(`${label} ${unfit}`);
  const courseVersion = (
    JSON.parse(readFileSync(join(courseDir, "package.json"), "utf8")) as { version: string }
  ).version;

  const formats = ((values.format as string[] | undefined) ?? ["terminal"]).map((f) => {
    if (!(FORMATS as readonly string[]).includes(f))
      throw new UsageError(`unknown --format '${f}' (formats: ${FORMATS.join(", ")})`);
    return f as Format;
  });
  const minScore = number("min-score", values["min-score"]);
  if (minScore !== undefined && minScore > 100)
    throw new UsageError(`--min-score is a percentage (0-100), got ${minScore}`);
  const timeout = number("timeout", values.timeout, { min: 0.001 });
  const memoryMb = number("memory", values.memory, { min: 128, integer: true });
  const budget = number("budget", values.budget, { min: 0.001 });
  const distinct = [...new Set(formats)];
  if (distinct.length > 1 && values.out === undefined)
    throw new UsageError(
      `${distinct.length} formats would collide on stdout: add --out <dir> to write each to its file (one format can go to stdout)`,
    );
  return {
    submission,
    label,
    courseDir,
    course,
    courseVersion,
    seed: number("seed", values.seed, { integer: true }) ?? 1,
    formats: distinct,
    out: values.out === undefined ? undefined : resolve(base, values.out),
    reveal: values.reveal,
    timeoutMs: timeout === undefined ? undefined : timeout * 1000,
    memoryMb,
    budgetMs: budget === undefined ? undefined : budget * 1000,
    minScore,
    color: !values["no-color"] && process.stdout.isTTY === true && !process.env.NO_COLOR,
  };
}

/**
 * Writes every requested format: with --out, each to its file in the folder (atomically; the
 * terminal format too, as grade-report.txt without colour); without, the one format to stdout.
 */
function emit(report: GradeReport, options: Options): string[] {
  const written: string[] = [];
  for (const format of options.formats) {
    const text = formatReport(report, format, {
      color: options.color && !options.out,
      reveal: options.reveal,
    });
    if (options.out) {
      const file = join(options.out, defaultFileName(format));
      writeAtomically(file, text);
      written.push(file);
    } else process.stdout.write(text);
  }
  return written;
}

/** While grading with --out, the reports as they stand, at most every 2 s (a grader killed mid-run leaves them, marked incomplete). */
function checkpoints(options: Options): (report: GradeReport) => void {
  let last = 0;
  return (report) => {
    if (!options.out || performance.now() - last < 2000) return;
    last = performance.now();
    emit(report, options);
  };
}

async function main(argv: string[]): Promise<number> {
  // a whole class: `grader batch <folder>`, `grader merge <shard-outs>` (a submission folder
  // named like a command is graded as ./batch)
  if (argv[0] === "batch") return (await import("./batch.ts")).batchMain(argv.slice(1));
  if (argv[0] === "merge") return (await import("./batch.ts")).mergeMain(argv.slice(1));
  if (argv[0] === "package") return (await import("./package.ts")).packageMain(argv.slice(1));
  const options = await parse(argv);
  if (options === "help") {
    process.stdout.write(HELP);
    return EXIT.graded;
  }
  if (options.out && existsSync(options.out) && !lstatSync(options.out).isDirectory())
    throw new UsageError(`--out must be a folder: ${options.out}`);
  const checkpoint = checkpoints(options);
  const run = await startGrade({
    courseDir: options.courseDir,
    course: options.course,
    courseVersion: options.courseVersion,
    submission: options.submission,
    label: options.label,
    seed: options.seed,
    reveal: options.reveal,
    timeoutMs: options.timeoutMs,
    memoryMb: options.memoryMb,
    budgetMs: options.budgetMs,
    onProgress: (partial, check) => {
      if (process.stderr.isTTY) process.stderr.write(`\r\x1b[K${check.id}`);
      checkpoint(partial);
    },
  });
  const interrupt = () => {
    run.cancel();
    clearLine();
    const files = emit(run.report, options);
    process.stderr.write(
      `grader: interrupted; the report${files.length ? ` (${files.join(", ")})` : ""} counts the checks not run as failed\n`,
    );
    process.exit(EXIT.interrupted);
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  let report: GradeReport;
  try {
    report = await run.done;
  } catch (error) {
    clearLine();
    emit(run.report, options);
    throw error;
  }
  clearLine();
  const files = emit(report, options);
  const score = percent(report.points, report.max);
  if (files.length)
    process.stdout.write(
      `${report.course.slug}: ${report.points}/${report.max} (${score} %) · ${options.label} · reports: ${files.join(", ")}\n`,
    );
  if (options.minScore !== undefined && score < options.minScore) {
    process.stderr.write(`grader: score ${score} % is below --min-score ${options.minScore} %\n`);
    return EXIT.belowMinScore;
  }
  return EXIT.graded;
}

function clearLine() {
  if (process.stderr.isTTY) process.stderr.write("\r\x1b[K");
}

await runCommand("grader", () => main(process.argv.slice(2)));
