/**
 * A `grader batch` worker process: it loads the grader, tfjs and the course's hidden checks
 * once, then grades the submissions its parent sends over IPC, one at a time, each in a
 * sandbox of its own (as `grader <submission>` does), and writes each student's reports.
 * Loading once saves about a second per submission over a grader process per submission.
 *
 * The parent kills a worker (its process group: its sandbox too) that runs past a
 * submission's time, and starts another; on SIGTERM (the batch interrupted) the worker
 * writes the report as it stands, marked incomplete, and exits.
 */
import { join } from "node:path";
import { findCourses } from "@dlc/student-kit/src/cli/courses.ts";
import { writeAtomically } from "@dlc/student-kit/src/cli/write-atomically.ts";
import { notASubmission } from "../engine/build.ts";
import { type GradeRun, startGrade } from "../engine/grade.ts";
import type { GradeReport } from "../engine/report.ts";
import { defaultFileName, type Format, formatReport } from "../reports/index.ts";

/** What the parent sends: one submission to grade. */
export interface WorkerJob {
  id: string;
  submission: string;
  /** the student's output folder */
  out: string;
  slug: string;
  courseVersion: string;
  seed: number;
  formats: Format[];
  timeoutMs?: number;
  memoryMb?: number;
  budgetMs?: number;
}

/** What the worker answers: done (the reports are written), or why not. */
export interface WorkerAnswer {
  id: string;
  error?: string;
}

let current: { run: GradeRun; job: WorkerJob } | undefined;

function emit(report: GradeReport, job: WorkerJob): void {
  for (const format of job.formats)
    writeAtomically(join(job.out, defaultFileName(format)), formatReport(report, format));
}

async function gradeJob(job: WorkerJob): Promise<WorkerAnswer> {
  const [pkg] = await findCourses(import.meta.dirname, job.slug);
  if (!pkg) return { id: job.id, error: `no course '${job.slug}'` };
  const unfit = notASubmission(job.submission, pkg.course);
  if (unfit) return { id: job.id, error: `${job.id} ${unfit}` };
  let last = 0;
  const run = await startGrade({
    courseDir: pkg.dir,
    course: pkg.course,
    courseVersion: job.courseVersion,
    submission: job.submission,
    label: job.id,
    seed: job.seed,
    timeoutMs: job.timeoutMs,
    memoryMb: job.memoryMb,
    budgetMs: job.budgetMs,
    // checkpoints: a worker killed mid-run leaves the report as it stood, marked incomplete
    onProgress: (partial) => {
      if (performance.now() - last < 2000) return;
      last = performance.now();
      emit(partial, job);
    },
  });
  current = { run, job };
  try {
    emit(await run.done, job);
    return { id: job.id };
  } catch (error) {
    emit(run.report, job);
    return {
      id: job.id,
      error: error instanceof Error ? error.message.split("\n")[0] : String(error),
    };
  } finally {
    current = undefined;
  }
}

process.on("message", (job: WorkerJob) => {
  gradeJob(job).then(
    (answer) => process.send?.(answer),
    (error: unknown) =>
      process.send?.({
        id: job.id,
        error: error instanceof Error ? error.message.split("\n")[0] : String(error),
      }),
  );
});

process.once("SIGTERM", () => {
  if (current) {
    current.run.cancel();
    emit(current.run.report, current.job);
  }
  process.exit(130);
});

process.send?.({ id: "", ready: true });
