/**
 * Grades a class: every submission folder of a batch folder, `jobs` at a time, each in a
 * grader process of its own (which runs its own sandbox). A broken, hostile or hanging
 * submission costs its own time budget and no more: its grader is killed past the budget
 * and its row says why; the other submissions never wait on it.
 *
 * The output folder describes itself, so a batch can resume and shards can merge:
 *
 *   <out>/batch.json                          course, seed, grader version, shard
 *   <out>/submissions/<id>/grade-report.json  one report per student (+ the other formats asked for)
 *   <out>/submissions/<id>/error.txt          or why there is no report
 *   <out>/gradebook.csv, gradebook.json       one row per student
 *
 * Resuming: a submission whose report is complete and was made by this grader version, for
 * this course version and seed, from files with the same hash, is not graded again (unless
 * `force`). Everything else (no report, an incomplete one, an error) is.
 */
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeAtomically } from "../cli/write-atomically.ts";
import type { Course } from "../course/define-course.ts";
import { hashSubmission, submissionFiles } from "../engine/build.ts";
import { GRADER_VERSION } from "../engine/grade.ts";
import type { GradeReport } from "../engine/report.ts";
import type { Format } from "../reports/index.ts";
import { CAPS, cleanText } from "../reports/sanitize.ts";
import type { GradebookEntry } from "./gradebook.ts";
import { inShard, type Shard, shardLabel } from "./shard.ts";
import { listSubmissions, type Submission } from "./submissions.ts";

export const BATCH_SCHEMA = "dlc-batch/1";

/** What `<out>/batch.json` holds: what a merge must find equal across shards. */
export interface BatchInfo {
  schema: typeof BATCH_SCHEMA;
  course: { slug: string; version: string };
  grader: { version: string };
  seed: number;
  shard: string;
}

export interface BatchOptions {
  /** the folder holding one folder per submission */
  folder: string;
  out: string;
  course: Course;
  courseVersion: string;
  seed: number;
  jobs: number;
  force: boolean;
  shard?: Shard;
  /** per-student formats besides json */
  formats: Format[];
  /** options passed on to each grader (`--timeout`, `--memory`, `--budget`) */
  graderArgs: string[];
  /** a grader still running this long after its start is killed, ms */
  killAfterMs: number;
  onEvent?: (event: BatchEvent) => void;
}

export type BatchEvent =
  | { type: "start"; total: number; reused: number; toGrade: number }
  | {
      type: "graded";
      id: string;
      entry: GradebookEntry;
      durationMs: number;
      done: number;
      total: number;
    };

export interface BatchResult {
  entries: GradebookEntry[];
  /** ids graded in this run, and ids whose earlier report was kept */
  graded: string[];
  reused: string[];
  interrupted: boolean;
  durationMs: number;
}

const GRADER_BIN = join(import.meta.dirname, "..", "..", "bin", "grader.mjs");

export function studentDir(out: string, id: string): string {
  return join(out, "submissions", id);
}

/** The report of `id` in `out`, or its error, as the gradebook wants it; undefined when neither exists. */
export function readEntry(out: string, id: string): GradebookEntry | undefined {
  const dir = studentDir(out, id);
  const reportFile = join(dir, "grade-report.json");
  const errorFile = join(dir, "error.txt");
  const error = existsSync(errorFile) ? readFileSync(errorFile, "utf8").trim() : undefined;
  if (existsSync(reportFile)) {
    try {
      const report = JSON.parse(readFileSync(reportFile, "utf8")) as GradeReport;
      return {
        id,
        report,
        reportPath: `submissions/${id}/grade-report.json`,
        ...(error ? { error } : {}),
      };
    } catch {
      return { id, error: "its report is not readable JSON (grade it again with --force)" };
    }
  }
  return error === undefined ? undefined : { id, error };
}

/** True when the report in `out` for `submission` can stand: see the module's doc. */
function upToDate(
  entry: GradebookEntry | undefined,
  submission: Submission,
  options: BatchOptions,
): boolean {
  const report = entry?.report;
  if (!report?.complete || !report.submissionHash) return false;
  if (
    report.seed !== options.seed ||
    report.grader.version !== GRADER_VERSION ||
    report.course.slug !== options.course.slug ||
    report.course.version !== options.courseVersion
  )
    return false;
  try {
    return hashSubmission(submissionFiles(submission.dir)) === report.submissionHash;
  } catch {
    return false;
  }
}

export function readBatchInfo(out: string): BatchInfo | undefined {
  const file = join(out, "batch.json");
  if (!existsSync(file)) return undefined;
  const info = JSON.parse(readFileSync(file, "utf8")) as BatchInfo;
  return info.schema === BATCH_SCHEMA ? info : undefined;
}

export async function runBatch(options: BatchOptions): Promise<BatchResult> {
  const started = performance.now();
  const info: BatchInfo = {
    schema: BATCH_SCHEMA,
    course: { slug: options.course.slug, version: options.courseVersion },
    grader: { version: GRADER_VERSION },
    seed: options.seed,
    shard: shardLabel(options.shard),
  };
  writeAtomically(join(options.out, "batch.json"), `${JSON.stringify(info, null, 2)}\n`);
  const mine = listSubmissions(options.folder).filter((s) => inShard(s.id, options.shard));
  const entries = new Map<string, GradebookEntry>();
  const queue: Submission[] = [];
  const reused: string[] = [];
  for (const submission of mine) {
    const existing = readEntry(options.out, submission.id);
    if (!options.force && existing && upToDate(existing, submission, options)) {
      entries.set(submission.id, existing);
      reused.push(submission.id);
    } else queue.push(submission);
  }
  const toGrade = queue.length;
  options.onEvent?.({ type: "start", total: mine.length, reused: reused.length, toGrade });

  const running = new Set<ReturnType<typeof spawn>>();
  let interrupted = false;
  const stop = () => {
    interrupted = true;
    for (const child of running) child.kill("SIGTERM");
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  const graded: string[] = [];
  let done = 0;
  const gradeOne = async (submission: Submission) => {
    const dir = studentDir(options.out, submission.id);
    rmSync(dir, { recursive: true, force: true });
    const t0 = performance.now();
    const outcome = await runGrader(submission, dir, options, running);
    const durationMs = performance.now() - t0;
    if (outcome.error) writeAtomically(join(dir, "error.txt"), `${outcome.error}\n`);
    const entry = readEntry(options.out, submission.id) ?? {
      id: submission.id,
      error: "the grader wrote no report",
    };
    entries.set(submission.id, entry);
    graded.push(submission.id);
    done++;
    options.onEvent?.({
      type: "graded",
      id: submission.id,
      entry,
      durationMs,
      done,
      total: toGrade,
    });
  };
  const worker = async () => {
    for (;;) {
      if (interrupted) return;
      const next = queue.shift();
      if (!next) return;
      await gradeOne(next);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.jobs) }, worker));
  process.off("SIGINT", stop);
  process.off("SIGTERM", stop);
  return {
    entries: mine.map((s) => entries.get(s.id)).filter((e): e is GradebookEntry => !!e),
    graded,
    reused,
    interrupted,
    durationMs: performance.now() - started,
  };
}

/** Runs `grader <submission>` writing into `dir`; resolves with why it failed, if it did. */
function runGrader(
  submission: Submission,
  dir: string,
  options: BatchOptions,
  running: Set<ReturnType<typeof spawn>>,
): Promise<{ error?: string }> {
  const formats = ["json", ...options.formats.filter((f) => f !== "json")];
  const args = [
    GRADER_BIN,
    submission.dir,
    "--course",
    options.course.slug,
    "--seed",
    String(options.seed),
    "--out",
    dir,
    "--no-color",
    ...formats.flatMap((f) => ["--format", f]),
    ...options.graderArgs,
  ];
  return new Promise((resolvePromise) => {
    const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: "0" };
    delete env.INIT_CWD; // the paths passed are absolute
    // a process group of its own: past its time the grader and its sandbox die together
    const child = spawn(process.execPath, args, {
      stdio: ["ignore", "ignore", "pipe"],
      env,
      detached: true,
    });
    running.add(child);
    let stderr = "";
    child.stderr?.setEncoding("utf8");
    child.stderr?.on("data", (chunk: string) => {
      if (stderr.length < 64 * 1024) stderr += chunk;
    });
    let killed = false;
    const timer = setTimeout(() => {
      killed = true;
      try {
        if (child.pid) process.kill(-child.pid, "SIGKILL");
      } catch {
        child.kill("SIGKILL");
      }
    }, options.killAfterMs);
    child.on("close", (code, signal) => {
      clearTimeout(timer);
      running.delete(child);
      const said = lastLine(stderr).replace(/^grader: /, "");
      if (killed)
        resolvePromise({
          error: `killed: the grader ran past ${Math.round(options.killAfterMs / 1000)} s`,
        });
      else if (code === 0 || code === 1) resolvePromise({});
      else
        resolvePromise({
          error: cleanText(
            said || `the grader ended with ${signal ?? `exit code ${code}`}`,
            CAPS.message,
          ),
        });
    });
    child.on("error", (error) => {
      clearTimeout(timer);
      running.delete(child);
      resolvePromise({ error: `could not start the grader: ${error.message}` });
    });
  });
}

function lastLine(text: string): string {
  return (
    text
      .split("\n")
      .map((l) => l.replace(/\r/g, "").trim())
      .filter((l) => l.length > 0)
      .at(-1) ?? ""
  );
}
