/**
 * Mutation testing of the hidden checks: grade each mutant (the solution with one
 * student bug) and require that it loses points. Used by `dlc prove`.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { allFunctions, type Course } from "@dlc/student-kit/src/course/define-course.ts";
import { grade } from "./grade.ts";
import { applyMutant, type Mutant } from "./mutants.ts";

export interface MutantCase {
  /** `02-logistic-regression/propagate.ts` */
  module: string;
  fn: string;
  mutant: Mutant;
}

export interface MutantOutcome extends MutantCase {
  points: number;
  max: number;
  killed: boolean;
  /** the first failing check: the one that caught it */
  caughtBy?: string;
  /** set when the mutant could not be built from the solution (a stale edit) */
  error?: string;
}

/** Every mutant of the course, from `hidden/<assignment>/mutants/<module>`. */
export async function loadMutants(courseDir: string, course: Course): Promise<MutantCase[]> {
  const cases: MutantCase[] = [];
  for (const { assignment, fn } of allFunctions(course)) {
    const file = join(courseDir, "hidden", assignment.slug, "mutants", fn.module);
    if (!existsSync(file)) continue;
    const mutants = ((await import(pathToFileURL(file).href)) as { default: Mutant[] }).default;
    for (const mutant of mutants)
      cases.push({ module: `${assignment.slug}/${fn.module}`, fn: fn.name, mutant });
  }
  return cases;
}

/** Grades one mutant: the solutions with one module replaced, only that function graded. */
export async function gradeMutant(
  options: { courseDir: string; course: Course; seed: number },
  mutantCase: MutantCase,
): Promise<MutantOutcome> {
  const solutionFile = join(options.courseDir, "solutions", mutantCase.module);
  let source: string;
  try {
    source = applyMutant(readFileSync(solutionFile, "utf8"), mutantCase.mutant);
  } catch (error) {
    return { ...mutantCase, points: 0, max: 0, killed: false, error: (error as Error).message };
  }
  const report = await grade({
    courseDir: options.courseDir,
    course: options.course,
    courseVersion: "mutant",
    submission: join(options.courseDir, "solutions"),
    seed: options.seed,
    overrides: { [mutantCase.module]: source },
    only: new Set([mutantCase.module]),
  });
  const checks = report.assignments.flatMap((a) => a.functions.flatMap((f) => f.checks));
  const failed = checks.find((c) => c.status !== "passed");
  return {
    ...mutantCase,
    points: report.points,
    max: report.max,
    killed: report.points < report.max,
    caughtBy: failed?.id,
  };
}
