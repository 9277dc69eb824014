/**
 * Grades a class: every submission folder of a batch folder, `jobs` at a time, by worker
 * processes (bin/batch-worker.mjs) that load the grader once and grade each submission in a
 * sandbox of its own. A broken, hostile or hanging submission costs its own time budget and
 * no more: past it its worker is killed (with its sandbox) and replaced, and its row says
 * why; the other submissions never wait on it.
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
import { type ChildProcess, spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { writeAtomically } from "@dlc/student-kit/src/cli/write-atomically.ts";
import type { Course } from "@dlc/student-kit/src/course/define-course.ts";
import { hashSubmission, submissionFiles } from "../engine/build.ts";
import { GRADER_VERSION } from "../engine/grade.ts";
import type { GradeReport } from "../engine/report.ts";
import type { Format } from "../reports/index.ts";
import { CAPS, cleanText } from "../reports/sanitize.ts";
import type { GradebookEntry } from "./gradebook.ts";
import { inShard, type Shard, shardLabel } from "./shard.ts";
import { listSubmissions, type Submission } from "./submissions.ts";
import type { WorkerAnswer, WorkerJob } from "./worker.ts";

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
  /** as `grader --timeout/--memory/--budget`, per submission */
  timeoutMs?: number;
  memoryMb?: number;
  budgetMs?: number;
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

const WORKER_BIN = join(import.meta.dirname, "..", "..", "bin", "batch-worker.mjs");

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

  const workers = new Set<WorkerProcess>();
  let interrupted = false;
  const stop = () => {
    interrupted = true;
    for (const w of workers) w.signal("SIGTERM");
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);

  const graded: string[] = [];
  let done = 0;
  const gradeOne = async (submission: Submission, worker: WorkerProcess) => {
    const dir = studentDir(options.out, submission.id);
    rmSync(dir, { recursive: true, force: true });
    const t0 = performance.now();
    const outcome = await worker.grade(
      {
        id: submission.id,
        submission: submission.dir,
        out: dir,
        slug: options.course.slug,
        courseVersion: options.courseVersion,
        seed: options.seed,
        formats: ["json", ...options.formats.filter((f) => f !== "json")],
        timeoutMs: options.timeoutMs,
        memoryMb: options.memoryMb,
        budgetMs: options.budgetMs,
      },
      options.killAfterMs,
    );
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
    let proc: WorkerProcess | undefined;
    try {
      for (;;) {
        if (interrupted) return;
        const next = queue.shift();
        if (!next) return;
        if (!proc?.usable()) {
          proc?.close();
          if (proc) workers.delete(proc);
          proc = new WorkerProcess();
          workers.add(proc);
        }
        await gradeOne(next, proc);
      }
    } finally {
      proc?.close();
      if (proc) workers.delete(proc);
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

/** Submissions a worker grades before a fresh one takes over (bounds what a worker accumulates). */
const RECYCLE_AFTER = 25;

/** One worker process (bin/batch-worker.mjs) and its process group. */
class WorkerProcess {
  private readonly child: ChildProcess;
  private stderr = "";
  private dead = false;
  private graded = 0;
  private readonly exited: Promise<void>;

  constructor() {
    const env: NodeJS.ProcessEnv = { ...process.env, FORCE_COLOR: "0" };
    delete env.INIT_CWD; // the paths passed are absolute
    // a process group of its own: past its time the worker and its sandbox die together
    this.child = spawn(process.execPath, [WORKER_BIN], {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      env,
      detached: true,
    });
    this.child.stderr?.setEncoding("utf8");
    this.child.stderr?.on("data", (chunk: string) => {
      this.stderr = (this.stderr + chunk).slice(-16 * 1024);
    });
    this.exited = new Promise((resolve) => {
      this.child.once("exit", () => {
        this.dead = true;
        resolve();
      });
      this.child.once("error", () => {
        this.dead = true;
        resolve();
      });
    });
  }

  usable(): boolean {
    return !this.dead && this.graded < RECYCLE_AFTER;
  }

  signal(signal: NodeJS.Signals): void {
    try {
      if (this.child.pid && !this.dead) process.kill(-this.child.pid, signal);
    } catch {
      this.child.kill(signal);
    }
  }

  close(): void {
    if (this.dead) return;
    this.child.disconnect?.();
    this.signal("SIGKILL");
  }

  /** Grades one job; resolves with why it failed, if it did. Never rejects. */
  async grade(job: WorkerJob, killAfterMs: number): Promise<{ error?: string }> {
    this.graded++;
    let timer: NodeJS.Timeout | undefined;
    const answered = new Promise<{ error?: string }>((resolve) => {
      const onMessage = (answer: WorkerAnswer & { ready?: boolean }) => {
        if (answer.ready || answer.id !== job.id) return;
        this.child.off("message", onMessage);
        resolve(answer.error === undefined ? {} : { error: cleanText(answer.error, CAPS.message) });
      };
      this.child.on("message", onMessage);
      timer = setTimeout(() => {
        this.signal("SIGKILL");
        resolve({ error: `killed: the grader ran past ${Math.round(killAfterMs / 1000)} s` });
      }, killAfterMs);
      this.exited.then(() => {
        const said = lastLine(this.stderr);
        resolve({
          error: cleanText(
            `the grader's process ended${this.child.signalCode ? ` (${this.child.signalCode})` : ` with exit code ${this.child.exitCode}`}${said ? `: ${said}` : ""}`,
            CAPS.message,
          ),
        });
      });
    });
    if (this.dead)
      return { error: `the grader's process could not start: ${lastLine(this.stderr)}` };
    this.child.send(job);
    const outcome = await answered;
    clearTimeout(timer);
    return outcome;
  }
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
