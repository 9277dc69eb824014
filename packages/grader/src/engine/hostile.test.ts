/**
 * Hostile submissions gain nothing: each fixture under `test/hostile/<name>/` attacks the
 * grader in one way (reading the solutions, killing or starving the sandbox, lying about
 * its answer, poisoning globals, writing a report, starting a shell) and must score 0 on
 * `01-python-basics/sigmoid.ts` (3 points or more, whatever its hidden checks give), while the
 * run still completes. The control fixture is the reference solution and must score full
 * marks, before and after the attacks.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { createServer } from "node:http";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { deserialize, serialize } from "node:v8";
import type { Course } from "@dlc/student-kit/src/course/define-course.ts";
import * as tf from "@tensorflow/tfjs";
import { afterAll, describe, expect, it } from "vitest";
import { PORT } from "../../test/hostile/uses-network/01-python-basics/sigmoid.ts";
import { type GradeOptions, grade, startGrade } from "./grade.ts";
import type { CheckResult, GradeReport } from "./report.ts";
import { Sandbox, SandboxFailure, SandboxStartError } from "./sandbox/sandbox.ts";
import { DECODE_LIMITS, fromWire } from "./sandbox/wire.ts";

const here = dirname(fileURLToPath(import.meta.url));
const courseDir = resolve(here, "../../../nn-basics");
const fixtures = resolve(here, "../../test/hostile");
const MODULE = "01-python-basics/sigmoid.ts";
// generous: the machine running the tests may be busy (each grading starts a sandbox)
const TIMEOUT = 240_000;

let course: Course | undefined;
const timings: [string, number][] = [];

async function loadCourse(): Promise<Course> {
  course ??= (
    (await import(pathToFileURL(join(courseDir, "course.ts")).href)) as { default: Course }
  ).default;
  return course;
}

async function gradeFixture(
  name: string,
  limits: Partial<GradeOptions> = { timeoutMs: 2000, memoryMb: 512 },
): Promise<{ report: GradeReport; checks: CheckResult[] }> {
  const course = await loadCourse();
  const started = performance.now();
  const report = await grade({
    courseDir,
    course,
    courseVersion: "0.0.0",
    submission: join(fixtures, name),
    seed: 1,
    only: new Set([MODULE]),
    timeoutMs: 2000,
    memoryMb: 512,
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

describe("a grade nobody can forge", () => {
  it(
    "forges-answer: no route to the channel (send, _send, raw frames on its fd), so no forged answer arrives",
    async () => {
      // a long limit: each call waits 200 ms for forged answers to arrive first
      const { report, checks } = await gradeFixture("forges-answer", { timeoutMs: 30_000 });
      expectNothingGained(report, checks);
      // the wrong answer it returned, not an answer it forged (that would be bad-answer)
      for (const check of checks) expect(check.reason).toBe("wrong");
    },
    TIMEOUT,
  );

  /** A sandbox running one of the fake children (plain scripts speaking the protocol). */
  function fake(name: string): Sandbox {
    const dir = join(fixtures, "fake-children");
    return new Sandbox({
      childScript: join(dir, `${name}.mjs`),
      buildDir: dir,
      readable: [dir],
      memoryMb: 512,
    });
  }

  async function failure(promise: Promise<unknown>): Promise<SandboxFailure> {
    const error = await promise.then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(SandboxFailure);
    return error as SandboxFailure;
  }

  it(
    "parent: one answer per call is accepted (control)",
    async () => {
      const sandbox = fake("answers-once");
      try {
        expect(await sandbox.call("m.mjs", "f", [], 20_000)).toBe(1);
        expect(await sandbox.call("m.mjs", "f", [], 20_000)).toBe(1);
        expect(sandbox.tampered).toBe(0);
        expect(sandbox.starts).toBe(1);
      } finally {
        sandbox.kill();
      }
    },
    TIMEOUT,
  );

  it(
    "parent: an answer for a call never given fails the call as bad-answer and restarts the sandbox",
    async () => {
      const sandbox = fake("answers-unasked");
      try {
        const error = await failure(sandbox.call("m.mjs", "f", [], 20_000));
        expect(error.reason).toBe("bad-answer");
        expect(error.message).toMatch(/answer it was not asked for/);
        expect(sandbox.tampered).toBe(1);
        await failure(sandbox.call("m.mjs", "f", [], 20_000));
        expect(sandbox.starts).toBe(2);
      } finally {
        sandbox.kill();
      }
    },
    TIMEOUT,
  );

  it(
    "parent: an answer sent before the call was asked fails that call as bad-answer",
    async () => {
      const sandbox = fake("answers-early");
      try {
        expect(await sandbox.call("m.mjs", "f", [], 20_000)).toBe(1);
        // the answer to call 2 arrives while no call is pending
        await expect.poll(() => sandbox.tampered, { timeout: 20_000 }).toBe(1);
        const error = await failure(sandbox.call("m.mjs", "f", [], 20_000));
        expect(error.reason).toBe("bad-answer");
        expect(error.message).toMatch(/answer it was not asked for/);
      } finally {
        sandbox.kill();
      }
    },
    TIMEOUT,
  );

  it(
    "parent: a second answer to a call is tampering, and the next call fails as bad-answer",
    async () => {
      const sandbox = fake("answers-twice");
      try {
        // the first answer cannot be told from an honest one; the second gives the game away
        await sandbox.call("m.mjs", "f", [], 20_000);
        await expect.poll(() => sandbox.tampered, { timeout: 20_000 }).toBe(1);
        const error = await failure(sandbox.call("m.mjs", "f", [], 20_000));
        expect(error.reason).toBe("bad-answer");
      } finally {
        sandbox.kill();
      }
    },
    TIMEOUT,
  );
});

describe("decoding an answer is not steerable", () => {
  /** What the parent receives: the value after the channel's structured clone. */
  const cloned = (value: unknown) => deserialize(serialize(value));
  const tensorEntry = (data: number[], shape: number[]) => ({
    $tensor: { shape, dtype: "float32", data: Float32Array.from(data) },
  });

  it("an own __proto__, constructor or prototype key is refused, never a prototype", () => {
    for (const key of ["__proto__", "constructor", "prototype"]) {
      const value = JSON.parse(`{"${key}": 0}`) as Record<string, unknown>;
      Object.defineProperty(value, key, { value: tensorEntry([0.5], [1]), enumerable: true });
      const wire = cloned({ answer: value });
      expect(Object.keys((wire as { answer: object }).answer)).toEqual([key]);
      expect(() => fromWire(tf, wire)).toThrow(new RegExp(`refused key '${key}'`));
    }
  });

  it("a tensor comes only from a validated $tensor entry", () => {
    const ok = fromWire(tf, cloned(tensorEntry([1, 2, 3, 4], [2, 2]))) as tf.Tensor;
    expect(ok).toBeInstanceOf(tf.Tensor);
    expect(ok.shape).toEqual([2, 2]);
    // data that is not a typed array, extra fields, a shape that disagrees, other objects
    for (const bad of [
      { $tensor: { shape: [2], dtype: "float32", data: [1, 2] } },
      { $tensor: { shape: [2], dtype: "float32", data: Float32Array.from([1, 2]), x: 1 } },
      { $tensor: { shape: [3], dtype: "float32", data: Float32Array.from([1, 2]) } },
      { $tensor: { shape: [2], dtype: "int32", data: Float32Array.from([1, 2]) } },
      new Map([["a", 1]]),
      new Date(0),
      Float32Array.from([1, 2]),
    ])
      expect(() => fromWire(tf, cloned(bad))).toThrow();
    // plain data comes back as plain data, with ordinary prototypes
    const plain = fromWire(tf, cloned({ a: [1, { b: "x" }], c: null })) as { a: unknown[] };
    expect(plain).toEqual({ a: [1, { b: "x" }], c: null });
    expect(Object.getPrototypeOf(plain)).toBe(Object.prototype);
  });

  it("a tiny message that expands past the decode budget is refused", () => {
    let bomb: unknown = [0.5];
    for (let level = 0; level < 15; level++) bomb = Array.from({ length: 8 }, () => bomb);
    const wire = cloned(bomb);
    expect(serialize(wire).length).toBeLessThan(4096);
    expect(() => fromWire(tf, wire)).toThrow(/too large/);
    expect(DECODE_LIMITS.nodes).toBeGreaterThanOrEqual(100_000);
  });

  it(
    "steers-prototype: an answer whose own __proto__ is a tensor entry scores nothing (bad-answer)",
    async () => {
      const { report, checks } = await gradeFixture("steers-prototype");
      expectNothingGained(report, checks);
      for (const check of checks) expectCause(check, ["bad-answer"], /refused key '__proto__'/);
    },
    TIMEOUT,
  );

  it(
    "decode-bomb: a shared-reference bomb is refused past the budget, and the run goes on",
    async () => {
      const { report, checks } = await gradeFixture("decode-bomb");
      expectNothingGained(report, checks);
      for (const check of checks) expectCause(check, ["bad-answer"], /too large/);
    },
    TIMEOUT,
  );
});

describe("a module that never loads costs one time limit, a submission at most its budget", () => {
  it(
    "loops-at-load: every check of the module fails with the load's timeout, tried once",
    async () => {
      const { report, checks } = await gradeFixture("loops-at-load");
      expectNothingGained(report, checks);
      for (const check of checks) {
        expect(check.reason).toBe("timeout");
        expect(check.message).toMatch(/sigmoid\.ts: the module's top level never returned/);
      }
    },
    TIMEOUT,
  );

  it(
    "loops-at-load, whole course: the budget runs out, the checks left fail as timeout, the report is whole",
    async () => {
      const course = await loadCourse();
      const budgetMs = 15_000;
      const report = await grade({
        courseDir,
        course,
        courseVersion: "0.0.0",
        submission: join(fixtures, "loops-at-load"),
        seed: 1,
        timeoutMs: 2000,
        memoryMb: 512,
        budgetMs,
      });
      const checks = report.assignments.flatMap((a) => a.functions.flatMap((f) => f.checks));
      expect(checks.length).toBeGreaterThan(50);
      expect(report.complete).toBe(true);
      expect(report.points).toBe(0);
      for (const check of checks) {
        expect(check.status).toBe("failed");
        expect(check.reason).toBe("timeout");
      }
      const cut = checks.filter((c) => /time budget of 15 s ran out/.test(c.message));
      expect(cut.length).toBeGreaterThan(0);
      // at most the budget, plus building and one sandbox start (generous: a busy machine)
      expect(report.durationMs).toBeLessThan(budgetMs + 60_000);
    },
    TIMEOUT,
  );
});

describe("no network in the sandbox", () => {
  for (const networkNamespace of [true, false]) {
    it(
      `uses-network (${networkNamespace ? "network namespace where the OS allows" : "globals removed"}): no connection reaches a server on 127.0.0.1`,
      async () => {
        let connections = 0;
        const server = createServer((_req, res) => res.end("the answer"));
        server.on("connection", () => connections++);
        server.on("upgrade", (_req, socket) => socket.destroy());
        await new Promise<void>((done) => server.listen(PORT, "127.0.0.1", done));
        try {
          const { report, checks } = await gradeFixture("uses-network", {
            timeoutMs: 20_000,
            sandbox: { networkNamespace },
          });
          expectNothingGained(report, checks);
          for (const check of checks) expect(["wrong"]).toContain(check.reason);
          expect(connections).toBe(0);
          expect(report.sandbox?.network).toBe(
            networkNamespace && report.sandbox?.network === "namespace"
              ? "namespace"
              : "globals-removed",
          );
          expect(report.sandbox?.node).toBe(process.version);
          expect(report.sandbox?.permission).toMatch(/^--(experimental-)?permission$/);
        } finally {
          await new Promise((done) => server.close(done));
        }
      },
      TIMEOUT,
    );
  }
});

describe("a sandbox that cannot start is a grader error, never a score", () => {
  it(
    "a node flag the sandbox's node refuses: grading stops with SandboxStartError, nothing is scored",
    async () => {
      const course = await loadCourse();
      const work = mkdtempSync(join(tmpdir(), "dlc-hostile-"));
      try {
        const run = await startGrade({
          courseDir,
          course,
          courseVersion: "0.0.0",
          submission: join(fixtures, "control"),
          seed: 1,
          only: new Set([MODULE]),
          sandbox: { nodeFlags: ["--no-such-flag-for-the-sandbox"] },
        });
        const error = await run.done.then(
          () => undefined,
          (e: unknown) => e,
        );
        expect(error).toBeInstanceOf(SandboxStartError);
        expect((error as Error).message).toMatch(/the sandbox could not start/);
        expect(run.report.points).toBe(0);
        expect(run.report.complete).toBe(false);
        for (const check of run.report.assignments.flatMap((a) =>
          a.functions.flatMap((f) => f.checks),
        ))
          expect(check.status).toBe("not-run");
      } finally {
        rmSync(work, { recursive: true, force: true });
      }
    },
    TIMEOUT,
  );
});
