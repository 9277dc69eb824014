/**
 * `grader batch` and `grader merge`: grading a whole class. `batch` grades every submission
 * folder of a folder (`--jobs` at a time, optionally one `--shard` of them) into an output
 * folder with a gradebook; `merge` combines the output folders of shards into one.
 */
import { cpSync, existsSync, lstatSync, readdirSync, readFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { isAbsolute, join, resolve } from "node:path";
import { type CoursePackage, findCourses, UsageError } from "@dlc/student-kit/src/cli/courses.ts";
import { writeAtomically } from "@dlc/student-kit/src/cli/write-atomically.ts";
import { writeClassReport } from "../batch/class-report.ts";
import {
  buildGradebook,
  formatGradebookCsv,
  formatGradebookJson,
  type Gradebook,
  type GradebookEntry,
} from "../batch/gradebook.ts";
import {
  BATCH_SCHEMA,
  type BatchInfo,
  readBatchInfo,
  readEntry,
  runBatch,
} from "../batch/run-batch.ts";
import { parseShard } from "../batch/shard.ts";
import { listSubmissions } from "../batch/submissions.ts";
import { defaultBudgetMs, GRADER_VERSION, loadChecks } from "../engine/grade.ts";
import { FORMATS, type Format } from "../reports/index.ts";
import { number, parseArgv } from "./parse-argv.ts";
import { formatDuration, ProgressLine } from "./progress-line.ts";

const BATCH_HELP = `usage: grader batch <folder> --course <slug> --out <dir> [options]

Grades every submission in <folder> (one folder per student, named by the student's id),
each in its own grader and sandbox, several at a time, and writes a gradebook.

options:
  --course <slug>       the course (required)
  --out <dir>           where the reports go (required): submissions/<id>/ per student,
                        gradebook.csv, gradebook.json, class-report.html
  --jobs <n>            submissions graded at once (default: the number of cores)
  --shard <i>/<n>       grade only shard i of n (a stable hash of each student's id), to
                        spread a class over n machines; combine them with grader merge
  --force               regrade everything (by default a submission whose files, the
                        course, the seed and the grader are unchanged keeps its report)
  --seed <n>            seed of every hidden input (default 1)
  --format <name>       per-student formats besides json (terminal, junit, gradescope,
                        markdown, csv, exercism); repeatable
  --timeout, --memory, --budget
                        as for one submission (grader --help), per submission
  -h, --help            this help

Interrupted (Ctrl-C), it writes the gradebook of what is done; run it again to go on.
exit codes: 0 done (whatever the scores), 2 bad usage, 3 grader error, 130 interrupted
`;

const MERGE_HELP = `usage: grader merge <shard-out>... --out <dir>

Combines the output folders of grader batch --shard runs into one: the reports, one
gradebook and one class report. Refuses folders graded with different courses, course
versions, seeds or grader versions, and a student graded in two of them.

options:
  --out <dir>           the merged output folder (required)
  -h, --help            this help
`;

interface BatchValues {
  course?: string;
  out?: string;
  jobs?: string;
  shard?: string;
  force: boolean;
  seed?: string;
  format?: string[];
  timeout?: string;
  memory?: string;
  budget?: string;
  help: boolean;
}

/** pnpm runs root scripts from the root; a relative path means the caller's folder */
function fromCaller(path: string): string {
  return isAbsolute(path) ? path : resolve(process.env.INIT_CWD ?? process.cwd(), path);
}

function outFolder(out: string | undefined, command: string): string {
  if (out === undefined)
    throw new UsageError(`${command} needs --out <dir> (grader ${command} --help)`);
  const dir = fromCaller(out);
  if (existsSync(dir) && !lstatSync(dir).isDirectory())
    throw new UsageError(`--out must be a folder: ${out}`);
  return dir;
}

async function courseOf(slug: string): Promise<CoursePackage & { version: string }> {
  const [found] = await findCourses(import.meta.dirname, slug);
  if (!found) throw new UsageError(`no course '${slug}'`);
  const version = (
    JSON.parse(readFileSync(join(found.dir, "package.json"), "utf8")) as { version: string }
  ).version;
  return { ...found, version };
}

/** Points possible per graded module, from the hidden checks. */
async function maxima(pkg: CoursePackage): Promise<Map<string, number>> {
  const checks = await loadChecks(pkg.dir, pkg.course);
  return new Map(
    [...checks].map(([key, fc]) => [key, fc.checks.reduce((s, c) => s + c.points, 0)]),
  );
}

/** Writes gradebook.csv, gradebook.json and class-report.html into `out`; returns the book. */
async function writeGradebook(
  out: string,
  pkg: CoursePackage & { version: string },
  seed: number,
  shards: string[],
  entries: GradebookEntry[],
): Promise<Gradebook> {
  const book = buildGradebook({
    course: pkg.course,
    courseVersion: pkg.version,
    graderVersion: GRADER_VERSION,
    seed,
    shards,
    maxima: await maxima(pkg),
    entries,
  });
  writeAtomically(join(out, "gradebook.csv"), formatGradebookCsv(book));
  writeAtomically(join(out, "gradebook.json"), formatGradebookJson(book));
  writeClassReport(out, book, entries);
  return book;
}

function summary(book: Gradebook): string {
  const count = (s: string) => book.rows.filter((r) => r.status === s).length;
  const mean =
    book.rows.length === 0
      ? 0
      : Math.round((10 * book.rows.reduce((s, r) => s + r.percent, 0)) / book.rows.length) / 10;
  const parts = [`${count("graded")} graded`];
  if (count("incomplete")) parts.push(`${count("incomplete")} incomplete`);
  if (count("error")) parts.push(`${count("error")} not gradable`);
  return `${book.course.slug}: ${book.rows.length} submissions · ${parts.join(", ")} · mean ${mean} %`;
}

export async function batchMain(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgv<BatchValues>(
    "grader batch",
    argv,
    {
      course: { type: "string" },
      out: { type: "string" },
      jobs: { type: "string" },
      shard: { type: "string" },
      force: { type: "boolean", default: false },
      seed: { type: "string" },
      format: { type: "string", multiple: true },
      timeout: { type: "string" },
      memory: { type: "string" },
      budget: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
    ["jobs", "seed", "timeout", "memory", "budget"],
  );
  if (values.help) {
    process.stdout.write(BATCH_HELP);
    return 0;
  }
  if (positionals.length !== 1)
    throw new UsageError(
      positionals.length === 0
        ? "which folder of submissions? usage: grader batch <folder> --course <slug> --out <dir>"
        : `one folder of submissions, got ${positionals.length}: ${positionals.join(" ")}`,
    );
  const folder = fromCaller(positionals[0]!);
  const stat = lstatSync(folder, { throwIfNoEntry: false });
  if (!stat) throw new UsageError(`no such folder: ${positionals[0]}`);
  if (!stat.isDirectory()) throw new UsageError(`not a folder: ${positionals[0]}`);
  if (!values.course)
    throw new UsageError("which course? add --course <slug> (e.g. --course nn-basics)");
  const pkg = await courseOf(values.course);
  const out = outFolder(values.out, "batch");
  if (resolve(out).startsWith(`${resolve(folder)}/`) || resolve(out) === resolve(folder))
    throw new UsageError("--out must not be inside the folder of submissions");
  const shard = values.shard === undefined ? undefined : parseShard(values.shard);
  if (values.shard !== undefined && !shard)
    throw new UsageError(`--shard takes i/n with 1 ≤ i ≤ n (e.g. 2/3), got '${values.shard}'`);
  const formats = (values.format ?? []).map((f) => {
    if (!(FORMATS as readonly string[]).includes(f))
      throw new UsageError(`unknown --format '${f}' (formats: ${FORMATS.join(", ")})`);
    return f as Format;
  });
  const seed = number("seed", values.seed, { integer: true }) ?? 1;
  const jobs = number("jobs", values.jobs, { min: 1, integer: true }) ?? availableParallelism();
  const timeout = number("timeout", values.timeout, { min: 0.001 });
  const memory = number("memory", values.memory, { min: 128, integer: true });
  const budget = number("budget", values.budget, { min: 0.001 });
  const previous = readBatchInfo(out);
  if (previous && !values.force) {
    const differs =
      previous.course.slug !== pkg.course.slug
        ? `course ${previous.course.slug}`
        : previous.seed !== seed
          ? `seed ${previous.seed}`
          : previous.shard !== (shard ? `${shard.index}/${shard.count}` : "1/1")
            ? `shard ${previous.shard}`
            : undefined;
    if (differs)
      throw new UsageError(
        `${values.out} holds a batch graded with ${differs}: use another --out, or --force to regrade it`,
      );
  }
  if (listSubmissions(folder).length === 0)
    throw new UsageError(`${positionals[0]} holds no submission folders (one folder per student)`);
  const budgetMs = budget !== undefined ? budget * 1000 : defaultBudgetMs(pkg.course);

  const progress = new ProgressLine(process.stderr);
  let total = 0;
  const durations: number[] = [];
  const result = await runBatch({
    folder,
    out,
    course: pkg.course,
    courseVersion: pkg.version,
    seed,
    jobs,
    force: values.force,
    shard,
    formats,
    timeoutMs: timeout === undefined ? undefined : timeout * 1000,
    memoryMb: memory,
    budgetMs: budget === undefined ? undefined : budget * 1000,
    // the budget, plus the grader's own start and the reports
    killAfterMs: budgetMs + 60_000,
    onEvent: (event) => {
      if (event.type === "start") {
        total = event.toGrade;
        progress.line(
          `${pkg.course.slug}: ${event.total} submissions${shard ? ` in shard ${shard.index}/${shard.count}` : ""}` +
            (event.reused ? `, ${event.reused} unchanged since their reports` : "") +
            `; grading ${event.toGrade}, ${Math.min(jobs, Math.max(1, event.toGrade))} at a time`,
        );
        return;
      }
      durations.push(event.durationMs);
      const report = event.entry.report;
      const what = report
        ? `${report.points}/${report.max}${report.complete ? "" : " (incomplete)"}`
        : `not gradable: ${event.entry.error}`;
      const mean = durations.reduce((s, d) => s + d, 0) / durations.length;
      const eta = (mean * (event.total - event.done)) / Math.min(jobs, event.total);
      progress.update(
        `[${event.done}/${event.total}] ${event.id}: ${what} (${formatDuration(event.durationMs)})`,
        event.done,
        total,
        `ETA ${formatDuration(eta)}`,
      );
    },
  });
  progress.clear();
  const book = await writeGradebook(
    out,
    pkg,
    seed,
    [shard ? `${shard.index}/${shard.count}` : "1/1"],
    result.entries,
  );
  process.stdout.write(
    `${summary(book)} · ${result.graded.length} graded now, ${result.reused.length} kept · ` +
      `${formatDuration(result.durationMs)} · gradebook: ${join(out, "gradebook.csv")}\n`,
  );
  if (result.interrupted) {
    process.stderr.write(
      "grader batch: interrupted; the gradebook holds what was graded; run the same command to go on\n",
    );
    return 130;
  }
  return 0;
}

export async function mergeMain(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgv<{ out?: string; help: boolean }>(
    "grader merge",
    argv,
    { out: { type: "string" }, help: { type: "boolean", short: "h", default: false } },
    [],
  );
  if (values.help) {
    process.stdout.write(MERGE_HELP);
    return 0;
  }
  if (positionals.length === 0)
    throw new UsageError("which shard outputs? usage: grader merge <shard-out>... --out <dir>");
  const out = outFolder(values.out, "merge");
  const shards = positionals.map((p) => {
    const dir = fromCaller(p);
    if (!existsSync(dir)) throw new UsageError(`no such folder: ${p}`);
    if (resolve(dir) === resolve(out))
      throw new UsageError(`--out must not be one of the shards: ${p}`);
    const info = readBatchInfo(dir);
    if (!info) throw new UsageError(`${p} is not the output of grader batch (no batch.json)`);
    return { label: p, dir, info };
  });
  const first = shards[0]!.info;
  const same = (what: string, get: (i: BatchInfo) => string | number) => {
    const differing = shards.find((s) => get(s.info) !== get(first));
    if (differing)
      throw new UsageError(
        `cannot merge: ${shards[0]!.label} has ${what} ${get(first)}, ${differing.label} has ${what} ${get(differing.info)}`,
      );
  };
  same("course", (i) => i.course.slug);
  same("course version", (i) => i.course.version);
  same("grader version", (i) => i.grader.version);
  same("seed", (i) => i.seed);
  const labels = shards.map((s) => s.info.shard);
  const repeated = labels.find((l, i) => labels.indexOf(l) !== i);
  if (repeated) throw new UsageError(`cannot merge: shard ${repeated} is given twice`);
  const counts = new Set(labels.map((l) => l.split("/")[1]));
  if (counts.size > 1)
    throw new UsageError(`cannot merge shards of different splits: ${labels.join(", ")}`);
  const owner = new Map<string, string>();
  const entries: GradebookEntry[] = [];
  for (const shard of shards) {
    const dir = join(shard.dir, "submissions");
    const ids = existsSync(dir) ? readdirSync(dir).sort() : [];
    for (const id of ids) {
      const before = owner.get(id);
      if (before)
        throw new UsageError(`cannot merge: ${id} was graded in both ${before} and ${shard.label}`);
      owner.set(id, shard.label);
      const entry = readEntry(shard.dir, id);
      if (!entry) continue;
      cpSync(join(dir, id), join(out, "submissions", id), { recursive: true });
      entries.push(entry);
    }
  }
  const pkg = await courseOf(first.course.slug);
  if (pkg.version !== first.course.version)
    throw new UsageError(
      `the shards were graded with ${first.course.slug} ${first.course.version}; this grader has ${pkg.version}`,
    );
  const info: BatchInfo = {
    schema: BATCH_SCHEMA,
    course: first.course,
    grader: first.grader,
    seed: first.seed,
    shard: `merged ${labels.join(" ")}`,
  };
  writeAtomically(join(out, "batch.json"), `${JSON.stringify(info, null, 2)}\n`);
  const book = await writeGradebook(out, pkg, first.seed, labels, entries);
  const n = Number([...counts][0]);
  const missing = Array.from({ length: n }, (_, i) => `${i + 1}/${n}`).filter(
    (l) => !labels.includes(l),
  );
  if (missing.length)
    process.stderr.write(
      `grader merge: shards ${missing.join(", ")} of ${n} are missing from this merge\n`,
    );
  process.stdout.write(
    `${summary(book)} · merged ${shards.length} shards · gradebook: ${join(out, "gradebook.csv")}\n`,
  );
  return 0;
}
