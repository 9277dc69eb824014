/**
 * The gradebook: one row per student (id, status, total, points per assignment and per
 * graded function, why a submission could not be graded), in the course's order, so that
 * columns never move between runs. Written as `gradebook.csv` (a spreadsheet or an LMS
 * import; its second row holds the points possible, as Canvas's does) and `gradebook.json`.
 */
import { allFunctions, type Course } from "@dlc/student-kit/src/course/define-course.ts";
import { type GradeReport, percent } from "../engine/report.ts";
import { field } from "../reports/csv.ts";
import { CAPS, cleanText } from "../reports/sanitize.ts";

export const GRADEBOOK_SCHEMA = "dlc-gradebook/1";

/** graded: every check ran; incomplete: the run was cut short (budget, interrupt); error: no report */
export type RowStatus = "graded" | "incomplete" | "error";

export interface GradebookColumn {
  /** assignment slug (`01-python-basics`) or `NN/functionName` */
  key: string;
  kind: "assignment" | "function";
  max: number;
}

export interface GradebookRow {
  id: string;
  status: RowStatus;
  points: number;
  max: number;
  percent: number;
  /** points per column key, in the columns' order */
  scores: Record<string, number>;
  /** why the row is not graded or not complete; empty when graded */
  reason: string;
  /** the report's path relative to the batch's output folder, when there is one */
  report?: string;
  submissionHash?: string;
}

export interface Gradebook {
  schema: typeof GRADEBOOK_SCHEMA;
  course: { slug: string; title: string; version: string };
  grader: { version: string };
  seed: number;
  /** the shards it was made from (`1/1` for a single batch) */
  shards: string[];
  max: number;
  columns: GradebookColumn[];
  rows: GradebookRow[];
  generatedAt: string;
}

/** One student: a report, or the reason there is none. */
export interface GradebookEntry {
  id: string;
  report?: GradeReport;
  /** relative path of the report in the output folder */
  reportPath?: string;
  error?: string;
}

/** `02/propagate`: a function's column key, as check ids spell it */
export function functionKey(assignmentSlug: string, fn: string): string {
  return `${assignmentSlug.slice(0, 2)}/${fn}`;
}

/**
 * The gradebook of `entries` for `course`. `maxima` gives each graded module's
 * (`<assignment>/<module>`) points possible (from the hidden checks).
 */
export function buildGradebook(options: {
  course: Course;
  courseVersion: string;
  graderVersion: string;
  seed: number;
  shards: string[];
  maxima: Map<string, number>;
  entries: GradebookEntry[];
}): Gradebook {
  const { course } = options;
  const columns: GradebookColumn[] = [];
  for (const assignment of course.assignments) {
    const fns = assignment.functions.map((fn) => ({
      key: functionKey(assignment.slug, fn.name),
      kind: "function" as const,
      max: options.maxima.get(`${assignment.slug}/${fn.module}`) ?? 0,
    }));
    columns.push(
      { key: assignment.slug, kind: "assignment", max: round(fns.reduce((s, f) => s + f.max, 0)) },
      ...fns,
    );
  }
  const max = round(columns.filter((c) => c.kind === "assignment").reduce((s, c) => s + c.max, 0));
  const rows = [...options.entries]
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0))
    .map((entry): GradebookRow => {
      const scores = Object.fromEntries(columns.map((c) => [c.key, 0]));
      const report = entry.report;
      if (!report)
        return {
          id: entry.id,
          status: "error",
          points: 0,
          max,
          percent: 0,
          scores,
          reason: cleanText(entry.error ?? "not graded", CAPS.message),
        };
      for (const a of report.assignments) {
        if (a.slug in scores) scores[a.slug] = a.points;
        for (const f of a.functions) {
          const key = functionKey(a.slug, f.name);
          if (key in scores) scores[key] = f.points;
        }
      }
      const notRun = report.assignments
        .flatMap((a) => a.functions.flatMap((f) => f.checks))
        .filter((c) => c.status === "not-run").length;
      return {
        id: entry.id,
        status: report.complete ? "graded" : "incomplete",
        points: report.points,
        max,
        percent: percent(report.points, max),
        scores,
        reason: report.complete
          ? ""
          : `${entry.error ?? "cut short"}: ${notRun} checks not run count as failed`,
        ...(entry.reportPath ? { report: entry.reportPath } : {}),
        ...(report.submissionHash ? { submissionHash: report.submissionHash } : {}),
      };
    });
  return {
    schema: GRADEBOOK_SCHEMA,
    course: { slug: course.slug, title: course.title, version: options.courseVersion },
    grader: { version: options.graderVersion },
    seed: options.seed,
    shards: options.shards,
    max,
    columns,
    rows,
    generatedAt: new Date().toISOString(),
  };
}

/** The columns every gradebook starts with, before the assignment and function columns. */
const LEADING = ["id", "status", "points", "max", "percent"];

/** RFC 4180 CSV, one row per student; row 2 holds the points possible. Ids are cleaned of control characters and neutralized as formulas. */
export function formatGradebookCsv(book: Gradebook): string {
  const rows: (string | number)[][] = [
    [...LEADING, ...book.columns.map((c) => c.key), "reason"],
    ["Points Possible", "", book.max, book.max, 100, ...book.columns.map((c) => c.max), ""],
    ...book.rows.map((r) => [
      cleanText(r.id, CAPS.name),
      r.status,
      r.points,
      r.max,
      r.percent,
      ...book.columns.map((c) => r.scores[c.key] ?? 0),
      r.reason,
    ]),
  ];
  return `${rows.map((row) => row.map((v) => field(String(v))).join(",")).join("\r\n")}\r\n`;
}

export function formatGradebookJson(book: Gradebook): string {
  return `${JSON.stringify({ ...book, rows: book.rows.map((r) => ({ ...r, id: cleanText(r.id, CAPS.name) })) }, null, 2)}\n`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

/** The graded modules of a course, `<assignment>/<module>`, in the course's order. */
export function gradedModuleKeys(course: Course): string[] {
  return allFunctions(course).map(({ assignment, fn }) => `${assignment.slug}/${fn.module}`);
}
