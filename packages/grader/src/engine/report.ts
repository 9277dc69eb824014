/**
 * The grade report: the one result every format is written from. Its JSON form is the
 * documented, versioned schema (`dlc-grade-report/1`, see docs/grade-report.md).
 */

export const REPORT_SCHEMA = "dlc-grade-report/1";

export type CheckStatus = "passed" | "failed" | "not-run";

export interface CheckResult {
  /** stable id: `<assignment NN>/<function>/<check>`, e.g. `02/propagate/grads-match-reference` */
  id: string;
  kind: string;
  description: string;
  points: number;
  max: number;
  status: CheckStatus;
  /** why it failed; empty when it passed */
  message: string;
  /** what failed in one word: wrong, not-implemented, missing, threw, timeout, crash, build, bad-answer */
  reason?: string;
  /** wall time of the check, ms (varies between runs, like `generatedAt`) */
  durationMs: number;
}

export interface FunctionResult {
  name: string;
  /** `exercises/`-relative module path */
  module: string;
  points: number;
  max: number;
  checks: CheckResult[];
}

export interface AssignmentResult {
  slug: string;
  title: string;
  points: number;
  max: number;
  functions: FunctionResult[];
}

export interface GradeReport {
  schema: typeof REPORT_SCHEMA;
  grader: { version: string };
  course: { slug: string; title: string; version: string };
  /** the seed every hidden input was drawn from; the same seed replays the same grading */
  seed: number;
  /** the submission as named on the command line */
  submission: string;
  /**
   * sha256 of the submission's graded files (paths and contents): a batch regrades a
   * submission only when this changes. Absent when the submission could not be read.
   */
  submissionHash?: string;
  /** false when the run was cut short: checks not run count as failed */
  complete: boolean;
  points: number;
  max: number;
  assignments: AssignmentResult[];
  /** files of the submission the grader left out, with the reason */
  skipped: { path: string; reason: string }[];
  generatedAt: string;
  durationMs: number;
  /**
   * the protections the sandbox ran under: `network` "namespace" (a network namespace of its
   * own) or "globals-removed" (fetch, WebSocket, EventSource gone); the permission-model flag;
   * the Node version. Absent when no sandbox was started.
   */
  sandbox?: {
    network: "namespace" | "globals-removed";
    permission: "--permission" | "--experimental-permission";
    node: string;
  };
}

/** Sums points bottom-up (functions, assignments, course) in place and returns the report. */
export function total(report: GradeReport): GradeReport {
  for (const a of report.assignments) {
    for (const f of a.functions) {
      f.points = round(f.checks.reduce((s, c) => s + c.points, 0));
      f.max = round(f.checks.reduce((s, c) => s + c.max, 0));
    }
    a.points = round(a.functions.reduce((s, f) => s + f.points, 0));
    a.max = round(a.functions.reduce((s, f) => s + f.max, 0));
  }
  report.points = round(report.assignments.reduce((s, a) => s + a.points, 0));
  report.max = round(report.assignments.reduce((s, a) => s + a.max, 0));
  return report;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

export function percent(points: number, max: number): number {
  return max === 0 ? 0 : Math.round((1000 * points) / max) / 10;
}
