/**
 * The grade report as an exercism test runner's `results.json`, version 3
 * (https://exercism.org/docs/building/tooling/test-runners/interface): an overall status,
 * and one test per check with its status, message and `task_id` (the assignment's number,
 * from 1). Hidden checks have no code a student may see, so `test_code` names the function
 * and says what the check verifies.
 *
 * Status mapping: a check that passed is `pass`; one whose answer was wrong (or missing) is
 * `fail`; one that could not run to an answer (threw, not implemented, timed out, crashed,
 * did not build, answered badly, not run) is `error`. The overall status is `error` only
 * when no check ran to an answer at all (exercism's "no test was executed"), then with a
 * top-level message saying why.
 */
import { type CheckResult, type GradeReport, percent } from "../engine/report.ts";

type Status = "pass" | "fail" | "error";

interface ExercismTest {
  name: string;
  test_code: string;
  status: Status;
  message?: string;
  task_id: number;
}

interface ExercismResults {
  version: 3;
  status: Status;
  message?: string;
  tests: ExercismTest[];
}

/** exercism caps a test's message at 65,535 characters; ours are shorter already (sanitize.ts). */
function testStatus(check: CheckResult): Status {
  if (check.status === "passed") return "pass";
  if (check.status === "failed" && (check.reason === "wrong" || check.reason === "missing"))
    return "fail";
  return "error";
}

export function formatExercism(report: GradeReport): string {
  const tests: ExercismTest[] = report.assignments.flatMap((assignment, a) =>
    assignment.functions.flatMap((fn) =>
      fn.checks.map((check) => {
        const status = testStatus(check);
        return {
          name: `${check.id}: ${check.description}`,
          test_code: `${fn.name} (${fn.module}): ${check.description} [${check.kind}, ${check.max} points]`,
          status,
          ...(status === "pass" ? {} : { message: check.message || `${check.status}` }),
          task_id: a + 1,
        };
      }),
    ),
  );
  const ran = tests.some((t) => t.status !== "error");
  const status: Status = !ran ? "error" : tests.every((t) => t.status === "pass") ? "pass" : "fail";
  const results: ExercismResults = {
    version: 3,
    status,
    ...(status === "error"
      ? {
          message:
            `${report.course.title}: no check of ${report.submission} ran to an answer ` +
            `(${report.points}/${report.max} points, ${percent(report.points, report.max)} %). ` +
            `First error: ${tests[0]?.message ?? "no checks"}`,
        }
      : {}),
    tests,
  };
  return `${JSON.stringify(results, null, 2)}\n`;
}
