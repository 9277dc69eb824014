/**
 * The hidden half of `dlc prove`: the grader gives the solutions full marks, the stubs
 * zero, and every mutant (a solution with one student bug) less than full marks.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import type { CoursePackage } from "@dlc/student-kit/src/cli/courses.ts";
import { allFunctions } from "@dlc/student-kit/src/course/define-course.ts";
import { grade, loadChecks } from "../engine/grade.ts";
import { gradeImpostors, type ImpostorOutcome } from "../engine/impostors.ts";
import { gradeMutant, loadMutants, type MutantOutcome } from "../engine/mutation.ts";
import type { GradeReport } from "../engine/report.ts";

/** Mutants a graded function needs at least. */
const MIN_MUTANTS = 2;
/** Mutants graded at once (each has its own sandbox process). */
const CONCURRENCY = 2;

export interface HiddenRow {
  assignment: string;
  checks: number;
  points: number;
  mutants: number;
  killed: number;
  /** generic impostors graded on this assignment's functions, and how many scored 0 */
  impostors: number;
  impostorsKilled: number;
}

export interface HiddenProof {
  rows: HiddenRow[];
  gaps: string[];
  /** printed, not failing: impostors that forfeited checks because their answer was the reference's own */
  notes: string[];
  /** grading runs spent on impostors, and their wall time, ms */
  impostorRuns: number;
  impostorMs: number;
  /** wall time of grading the solutions once, ms */
  gradeMs: number;
  seed: number;
}

function failedChecks(report: GradeReport) {
  return report.assignments.flatMap((a) =>
    a.functions.flatMap((f) => f.checks.filter((c) => c.status !== "passed")),
  );
}

async function pool<T, R>(items: T[], limit: number, work: (item: T) => Promise<R>) {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await work(items[i]!);
      }
    }),
  );
  return results;
}

/**
 * @param onProgress told each phase (`grading the solutions`) and each mutant graded
 *   (`mutants`, done, total), for a status line
 */
export async function proveHidden(
  pkg: CoursePackage,
  seed: number,
  onProgress: (what: string, done?: number, total?: number) => void = () => {},
): Promise<HiddenProof> {
  const { course, dir } = pkg;
  const gaps: string[] = [];
  const checks = await loadChecks(dir, course);
  const mutants = await loadMutants(dir, course);
  for (const { assignment, fn } of allFunctions(course)) {
    const key = `${assignment.slug}/${fn.module}`;
    if (!checks.has(key))
      gaps.push(
        `${assignment.slug}/${fn.name}: no hidden checks (hidden/${key.replace(/\.ts$/, ".checks.ts")})`,
      );
    const count = mutants.filter((m) => m.module === key).length;
    if (count < MIN_MUTANTS)
      gaps.push(
        `${assignment.slug}/${fn.name}: ${count} mutants, at least ${MIN_MUTANTS} needed (hidden/${assignment.slug}/mutants/${fn.module})`,
      );
  }

  const version = "prove";
  onProgress("hidden checks: grading the solutions");
  const started = performance.now();
  const onSolutions = await grade({
    courseDir: dir,
    course,
    courseVersion: version,
    submission: join(dir, "solutions"),
    seed,
  });
  const gradeMs = Math.round(performance.now() - started);
  for (const check of failedChecks(onSolutions))
    gaps.push(`hidden check ${check.id} fails on the solution: ${check.message.split("\n")[0]}`);

  onProgress("hidden checks: grading the stubs");
  const onStubs = await grade({
    courseDir: dir,
    course,
    courseVersion: version,
    submission: join(dir, "exercises"),
    seed,
  });
  if (onStubs.points > 0) {
    const passing = onStubs.assignments.flatMap((a) =>
      a.functions.flatMap((f) => f.checks.filter((c) => c.status === "passed").map((c) => c.id)),
    );
    gaps.push(`the stubs score ${onStubs.points} points (must be 0): ${passing.join(", ")}`);
  }

  let graded = 0;
  const outcomes: MutantOutcome[] = await pool(mutants, CONCURRENCY, async (m) => {
    const outcome = await gradeMutant({ courseDir: dir, course, seed }, m);
    onProgress("hidden checks: mutants", ++graded, mutants.length);
    return outcome;
  });
  for (const o of outcomes) {
    const name = `mutant ${o.module.replace(/\.ts$/, "")}#${o.mutant.id} (${o.mutant.bug})`;
    if (o.error) gaps.push(`${name}: ${o.error}`);
    else if (!o.killed) gaps.push(`${name} keeps full marks: no hidden check catches it`);
  }

  onProgress("hidden checks: impostors");
  let impostors: ImpostorOutcome[] = [];
  const impostorStart = performance.now();
  let impostorRuns = 0;
  try {
    impostors = await gradeImpostors({ courseDir: dir, course, seed }, (done, total) => {
      impostorRuns = total;
      onProgress("hidden checks: impostors", done, total);
    });
  } catch (error) {
    gaps.push(`impostors could not be graded: ${(error as Error).message}`);
  }
  for (const o of impostors.filter((i) => i.points > 0))
    gaps.push(
      `impostor ${o.impostor} of ${o.module.replace(/\.ts$/, "")} (${o.fn}) scores ${o.points}/${o.max}: it passes ${o.passed.join(", ")}; a check worth points must verify values, not only structure`,
    );
  const notes = impostors
    .filter((o) => o.coincided.length > 0)
    .map(
      (o) =>
        `impostor ${o.impostor} of ${o.module.replace(/\.ts$/, "")} (${o.fn}) answered as the reference does in ${o.coincided.join(", ")}, so it forfeited ${o.coincided.length === 1 ? "it" : "them"}`,
    );

  const rows = onSolutions.assignments.map((a) => {
    const mine = outcomes.filter((o) => o.module.startsWith(`${a.slug}/`));
    const fakes = impostors.filter((o) => o.module.startsWith(`${a.slug}/`));
    return {
      assignment: a.slug,
      checks: a.functions.reduce((n, f) => n + f.checks.length, 0),
      points: a.max,
      mutants: mine.length,
      killed: mine.filter((o) => o.killed).length,
      impostors: fakes.length,
      impostorsKilled: fakes.filter((o) => o.points === 0).length,
    };
  });
  const impostorMs = Math.round(performance.now() - impostorStart);
  return { rows, gaps, notes, gradeMs, seed, impostorRuns, impostorMs };
}

/** Whether the course has hidden checks at all (a course still being written has none). */
export function hasHidden(pkg: CoursePackage): boolean {
  return existsSync(join(pkg.dir, "hidden"));
}
