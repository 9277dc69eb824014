/**
 * Hostile submissions gain nothing: each fixture under `test/hostile/<name>/` attacks the
 * grader in one way (reading the solutions, killing or starving the sandbox, lying about
 * its answer, poisoning globals, writing a report, starting a shell) and must score 0 on
 * `01-python-basics/sigmoid.ts` (3 points or more, whatever its hidden checks give), while the
 * run still completes. The control fixture is the reference solution and must score full
 * marks, before and after the attacks.
 */
import { existsSync, readFileSync, rmSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import * as tf from "@tensorflow/tfjs";
import { afterAll, describe, expect, it } from "vitest";
import type { Course } from "../course/define-course.ts";
import { grade } from "./grade.ts";
import type { CheckResult, GradeReport } from "./report.ts";

const here = dirname(fileURLToPath(import.meta.url));
const courseDir = resolve(here, "../../../nn-basics");
const fixtures = resolve(here, "../../test/hostile");
const MODULE = "01-python-basics/sigmoid.ts";
const TIMEOUT = 60_000;

let course: Course | undefined;
const timings: [string, number][] = [];

async function gradeFixture(
  name: string,
  limits: { timeoutMs: number; memoryMb: number } = { timeoutMs: 2000, memoryMb: 512 },
): Promise<{ report: GradeReport; checks: CheckResult[] }> {
  course ??= (
    (await import(pathToFileURL(join(courseDir, "course.ts")).href)) as { default: Course }
  ).default;
  const started = performance.now();
  const report = await grade({
    courseDir,
    course,
    courseVersion: "0.0.0",
    submission: join(fixtures, name),
    seed: 1,
    only: new Set([MODULE]),
    ...limits,
  });
  timings.push([name, Math.round(performance.now() - started)]);
  const fn = report.assignments.flatMap((a) => a.functions).find((f) => f.module === MODULE);
  expect(fn, `${MODULE} is graded`).toBeDefined();
  // the hidden checks of sigmoid (3 points when this was written; more may come)
  expect(report.max).toBeGreaterThanOrEqual(3);
  expect(fn!.checks.map((c) => c.id)).toEqual(
    expect.arrayContaining(["01/sigmoid/keeps-shape", "01/sigmoid/matches-reference"]),
  );
  return { report, checks: fn!.checks };
}

/** What every attack must come to: nothing, on a run that finished. */
function expectNothingGained(report: GradeReport, checks: CheckResult[]) {
  expect(report.points, `points gained by ${report.submission}`).toBe(0);
  expect(report.complete).toBe(true);
  for (const check of checks) {
    expect(check.status).toBe("failed");
    expect(check.points).toBe(0);
  }
}

/**
 * A check failed for one of these reasons, with a message matching `pattern`. A property check
 * reports its failures as `wrong` (fast-check wraps the sandbox's failure) with the cause in the
 * message; and since the calls of a check share one time budget, a property check that restarts
 * the sandbox once per shrink may run out of it first: its cause may then be a timeout.
 */
function expectCause(check: CheckResult, reasons: string[], pattern: RegExp) {
  if (check.kind === "property") {
    expect([...reasons, "timeout", "wrong"]).toContain(check.reason);
    expect(check.message).toMatch(new RegExp(`${pattern.source}|timeout`, pattern.flags));
  } else {
    expect(reasons).toContain(check.reason);
    expect(check.message).toMatch(pattern);
  }
}

afterAll(() => {
  const table = timings.map(([name, ms]) => `  ${name.padEnd(16)} ${ms} ms`).join("\n");
  console.log(`grading wall time per fixture:\n${table}`);
});

describe("hostile submissions gain nothing", () => {
  it(
    "control: the reference solution scores full marks",
    async () => {
      const { report, checks } = await gradeFixture("control");
      expect(report.complete).toBe(true);
      expect(report.points).toBe(report.max);
      for (const check of checks) expect(check.status).toBe("passed");
    },
    TIMEOUT,
  );

  it(
    "reads-solutions: cannot read the solution or the hidden checks from the sandbox",
    async () => {
      const { report, checks } = await gradeFixture("reads-solutions");
      expectNothingGained(report, checks);
    },
    TIMEOUT,
  );

  it(
    "imports-fs: a Node built-in import is refused at build time",
    async () => {
      const { report, checks } = await gradeFixture("imports-fs");
      expectNothingGained(report, checks);
      for (const check of checks) {
        expect(check.reason).toBe("build");
        expect(check.message).toMatch(/node:fs/);
        expect(check.message).toMatch(/not allowed/);
      }
    },
    TIMEOUT,
  );

  it(
    "exits: process.exit(0) in the call is a crash, and the run goes on",
    async () => {
      const { report, checks } = await gradeFixture("exits");
      expectNothingGained(report, checks);
      for (const check of checks) expectCause(check, ["crash"], /exited with code 0/);
    },
    TIMEOUT,
  );

  it(
    "loops-forever: an endless loop is a timeout, and the run goes on",
    async () => {
      const { report, checks } = await gradeFixture("loops-forever");
      expectNothingGained(report, checks);
      for (const check of checks) expectCause(check, ["timeout"], /timeout/);
    },
    TIMEOUT,
  );

  it(
    "allocates: endless allocation is stopped by the memory cap, and the run goes on",
    async () => {
      // a small cap and a long time limit, so that the cap stops it even on a loaded machine
      const { report, checks } = await gradeFixture("allocates", {
        timeoutMs: 20_000,
        memoryMb: 256,
      });
      expectNothingGained(report, checks);
      for (const check of checks) expectCause(check, ["crash"], /out of memory/i);
    },
    TIMEOUT,
  );

  it(
    "lying-object: a fake tensor (plain object with data methods) is not an answer",
    async () => {
      const { report, checks } = await gradeFixture("lying-object");
      expectNothingGained(report, checks);
      for (const check of checks) expectCause(check, ["threw"], /cannot send/);
    },
    TIMEOUT,
  );

  it(
    "lying-tensor: a fake with tf.Tensor.prototype whose shape and data disagree is refused",
    async () => {
      const { report, checks } = await gradeFixture("lying-tensor");
      expectNothingGained(report, checks);
      for (const check of checks) expectCause(check, ["bad-answer"], /malformed tensor/);
    },
    TIMEOUT,
  );

  it(
    "patches-globals: patches in the sandbox do not reach the parent's comparisons",
    async () => {
      const { report, checks } = await gradeFixture("patches-globals");
      expectNothingGained(report, checks);
    },
    TIMEOUT,
  );

  it(
    "writes-report: cannot leave a report in the working folder or /tmp",
    async () => {
      const MARKER = "dlc-hostile-writes-report";
      const files = [process.cwd(), "/tmp"].flatMap((dir) => [
        join(dir, "grade-report.json"),
        join(dir, "results.json"),
      ]);
      const existed = new Map(files.map((f) => [f, existsSync(f)]));
      const { report, checks } = await gradeFixture("writes-report");
      await new Promise((r) => setTimeout(r, 500));
      expectNothingGained(report, checks);
      for (const file of files) {
        if (file.startsWith(process.cwd()) && !existed.get(file))
          expect(existsSync(file), `${file} appeared`).toBe(false);
        if (existsSync(file)) expect(readFileSync(file, "utf8")).not.toContain(MARKER);
      }
    },
    TIMEOUT,
  );

  it(
    "spawns: cannot start a shell",
    async () => {
      const pwned = "/tmp/dlc-pwned";
      rmSync(pwned, { force: true });
      const { report, checks } = await gradeFixture("spawns");
      await new Promise((r) => setTimeout(r, 1000));
      expectNothingGained(report, checks);
      expect(existsSync(pwned), `${pwned} was written`).toBe(false);
    },
    TIMEOUT,
  );

  it(
    "control, after the attacks: the parent's globals are intact and grading still works",
    async () => {
      expect(Math.abs(-2)).toBe(2);
      expect(Math.max(1, 3)).toBe(3);
      expect([1, 2].some((v) => v === 2)).toBe(true);
      expect([1, 2].every((v) => v === 1)).toBe(false);
      expect(Number.isNaN(Number.NaN)).toBe(true);
      expect(Object.is(1, 2)).toBe(false);
      expect(JSON.stringify({ a: 1 })).toBe('{"a":1}');
      expect(Array.from(tf.tensor([1, 2]).dataSync())).toEqual([1, 2]);
      expect(
        tf
          .tensor([3])
          .sub(tf.tensor([1]))
          .dataSync()[0],
      ).toBe(2);
      const { report, checks } = await gradeFixture("control");
      expect(report.complete).toBe(true);
      expect(report.points).toBe(report.max);
      for (const check of checks) expect(check.status).toBe("passed");
    },
    TIMEOUT,
  );
});
