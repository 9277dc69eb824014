/**
 * Grading a class (issue 15): `grader batch` grades every submission folder into a gradebook
 * (one row per student, stable columns, a row saying why for what cannot be graded), resumes
 * where it stopped, splits a class into shards that merge into the same gradebook, and a
 * submission that hangs costs its own time and no more.
 */
import { spawn } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { findCourses } from "@dlc/student-kit/src/cli/courses.ts";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { grader, graderBin, graderEnv, repoRoot } from "../cli/grader-process.ts";
import type { Gradebook } from "./gradebook.ts";
import { runBatch } from "./run-batch.ts";
import { parseShard, shardOf } from "./shard.ts";

const course = join(repoRoot, "packages/nn-basics");
/** a student id a spreadsheet would run as a formula, with markup in it */
const HOSTILE_ID = '=HYPERLINK("x")<b>';

let work: string;
let klass: string;

beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "dlc-batch-"));
  klass = join(work, "class");
  cpSync(join(course, "solutions"), join(klass, "alice"), { recursive: true });
  cpSync(join(course, "exercises"), join(klass, "bob"), { recursive: true });
  mkdirSync(join(klass, "carol"));
  writeFileSync(join(klass, "carol", "notes.txt"), "I forgot to hand in my code\n");
  // solutions, but assignment 01's softmax is the stub: a partial score
  cpSync(join(course, "solutions"), join(klass, HOSTILE_ID), { recursive: true });
  cpSync(
    join(course, "exercises/01-python-basics/softmax.ts"),
    join(klass, HOSTILE_ID, "01-python-basics/softmax.ts"),
  );
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

function book(out: string): Gradebook {
  return JSON.parse(readFileSync(join(out, "gradebook.json"), "utf8")) as Gradebook;
}

/** The rows without what varies between runs. */
function rows(out: string) {
  return book(out).rows.map(({ id, status, points, scores, reason }) => ({
    id,
    status,
    points,
    scores,
    reason: reason.replaceAll(work, "<work>"),
  }));
}

describe("grader batch", () => {
  it("grades every submission into a gradebook, one row per student, a reason where it could not", () => {
    const out = join(work, "out");
    const run = grader(
      "batch",
      klass,
      "--course",
      "nn-basics",
      "--out",
      out,
      "--jobs",
      "2",
      "--format",
      "exercism",
    );
    expect(run.stderr).not.toMatch(/at .*\.ts:\d+/); // no stack trace
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/nn-basics: 4 submissions · 3 graded, 1 not gradable/);
    const gradebook = book(out);
    expect(gradebook.rows.map((r) => [r.id, r.status])).toEqual([
      [HOSTILE_ID, "graded"],
      ["alice", "graded"],
      ["bob", "graded"],
      ["carol", "error"],
    ]);
    const [partial, alice, bob, carol] = gradebook.rows;
    expect(alice!.points).toBe(146);
    expect(alice!.points).toBe(gradebook.max);
    expect(bob!.points).toBe(0);
    expect(partial!.scores["01/softmax"]).toBe(0);
    expect(partial!.points).toBe(146 - gradebook.columns.find((c) => c.key === "01/softmax")!.max);
    expect(carol!.reason).toContain("holds none of nn-basics's graded modules");
    // columns in the course's order: each assignment, then its functions
    expect(gradebook.columns.slice(0, 3).map((c) => c.key)).toEqual([
      "01-python-basics",
      "01/basicSigmoid",
      "01/sigmoid",
    ]);

    const csv = readFileSync(join(out, "gradebook.csv"), "utf8").split("\r\n");
    expect(csv[0]).toMatch(/^id,status,points,max,percent,01-python-basics,01\/basicSigmoid,/);
    expect(csv[1]).toMatch(/^Points Possible,,146,146,100,/);
    expect(csv[2]!.startsWith(`"'=HYPERLINK(""x"")<b>",graded,`)).toBe(true); // no formula
    expect(csv[5]).toMatch(/^carol,error,0,146,0,/);

    const exercism = JSON.parse(
      readFileSync(join(out, "submissions/alice/exercism-results.json"), "utf8"),
    );
    expect(exercism.status).toBe("pass");
    const html = readFileSync(join(out, "class-report.html"), "utf8");
    expect(html).toContain("=HYPERLINK(&quot;x&quot;)&lt;b&gt;");
    expect(html).not.toContain('("x")<b>');
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//); // nothing from the network
  }, 240_000);

  it("resumes: a second run keeps every report whose submission did not change", () => {
    const out = join(work, "out");
    const again = grader("batch", klass, "--course", "nn-basics", "--out", out);
    expect(again.code).toBe(0);
    // carol has no report (an error): tried again; the three reports stand
    expect(again.stdout).toContain("1 graded now, 3 kept");
    writeFileSync(join(klass, "bob/01-python-basics/l1.ts"), "\n// edited\n", { flag: "a" });
    const edited = grader("batch", klass, "--course", "nn-basics", "--out", out);
    expect(edited.stdout).toContain("2 graded now, 2 kept");
    const forced = grader("batch", klass, "--course", "nn-basics", "--out", out, "--seed", "2");
    expect(forced.code).toBe(2);
    expect(forced.stderr.trim()).toMatch(
      /holds a batch graded with seed 1: use another --out, or --force/,
    );
  }, 240_000);

  it("splits a class into shards that merge into the same gradebook as one batch", () => {
    const outs = [1, 2, 3].map((i) => join(work, `shard-${i}`));
    for (const [i, out] of outs.entries()) {
      const run = grader(
        "batch",
        klass,
        "--course",
        "nn-basics",
        "--out",
        out,
        "--shard",
        `${i + 1}/3`,
        "--jobs",
        "2",
      );
      expect(run.code, run.stderr).toBe(0);
    }
    const merged = join(work, "merged");
    const merge = grader("merge", ...outs, "--out", merged);
    expect(merge.code, merge.stderr).toBe(0);
    expect(rows(merged)).toEqual(rows(join(work, "out")));
    expect(book(merged).shards).toEqual(["1/3", "2/3", "3/3"]);
    // the same shard twice, or shards of another seed, do not merge
    const twice = grader("merge", outs[0]!, outs[0]!, "--out", join(work, "m2"));
    expect(twice.code).toBe(2);
    expect(twice.stderr.trim()).toBe("grader: cannot merge: shard 1/3 is given twice");
    const other = join(work, "other-seed");
    mkdirSync(other);
    const info = JSON.parse(readFileSync(join(outs[1]!, "batch.json"), "utf8"));
    writeFileSync(join(other, "batch.json"), JSON.stringify({ ...info, seed: 7, shard: "3/3" }));
    const mixed = grader("merge", outs[0]!, other, "--out", join(work, "m3"));
    expect(mixed.code).toBe(2);
    expect(mixed.stderr).toMatch(/cannot merge: .* has seed 1, .* has seed 7/);
  }, 300_000);

  it.each([
    [
      ["batch", "no-such-folder", "--course", "nn-basics", "--out", "x"],
      "no such folder: no-such-folder",
    ],
    [["batch", "examples/submissions", "--course", "nn-basics"], "batch needs --out <dir>"],
    [
      ["batch", "examples/submissions", "--course", "nn-basics", "--out", "x", "--shard", "4/3"],
      "--shard takes i/n with 1 ≤ i ≤ n (e.g. 2/3), got '4/3'",
    ],
    [
      ["batch", "examples/submissions", "--course", "nn-basics", "--out", "x", "--jobs", "0"],
      "--jobs takes an integer ≥ 1, got '0'",
    ],
    [["batch", "examples/submissions", "--out", "x"], "which course?"],
    [
      ["merge", "examples", "--out", "x"],
      "examples is not the output of grader batch (no batch.json)",
    ],
  ])("bad usage %j: one line, exit 2", (args, message) => {
    const run = grader(...args);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split("\n")).toHaveLength(1);
    expect(run.stderr).toContain(message);
  });
});

describe("a hanging submission", () => {
  it("is killed past its time and gets a row saying so; the batch goes on", async () => {
    const hanging = join(work, "hanging-class");
    cpSync(join(repoRoot, "packages/grader/test/hostile/loops-at-load"), join(hanging, "mallory"), {
      recursive: true,
    });
    cpSync(join(course, "exercises"), join(hanging, "trent"), { recursive: true });
    const [pkg] = await findCourses(repoRoot, "nn-basics");
    const out = join(work, "hanging-out");
    const started = performance.now();
    const result = await runBatch({
      folder: hanging,
      out,
      course: pkg!.course,
      courseVersion: "test",
      seed: 1,
      jobs: 2,
      force: false,
      formats: [],
      killAfterMs: 20_000, // the stubs grade in ~2 s, ~6 s on a loaded machine
    });
    expect(performance.now() - started).toBeLessThan(60_000);
    const byId = Object.fromEntries(result.entries.map((e) => [e.id, e]));
    expect(byId.mallory!.report?.complete ?? false).toBe(false);
    expect(byId.mallory!.error).toMatch(/^killed: the grader ran past 20 s/);
    expect(byId.trent!.report?.complete).toBe(true);
  }, 120_000);
});

describe("an interrupted batch", () => {
  it("writes the gradebook of what is done, exits 130, and the next run grades only the rest", async () => {
    const klass2 = join(work, "class-interrupted");
    for (const id of ["s1", "s2", "s3"])
      cpSync(join(course, "exercises"), join(klass2, id), { recursive: true });
    const out = join(work, "out-interrupted");
    const child = spawn(
      process.execPath,
      [graderBin, "batch", klass2, "--course", "nn-basics", "--out", out, "--jobs", "1"],
      { cwd: repoRoot, env: graderEnv(), stdio: ["ignore", "pipe", "pipe"] },
    );
    let stderr = "";
    let stdout = "";
    child.stdout.on("data", (d: Buffer) => {
      stdout += d.toString();
    });
    let interrupted = false;
    const code = await new Promise<number | null>((resolve) => {
      child.stderr.on("data", (d: Buffer) => {
        stderr += d.toString();
        // one Ctrl-C, once the first submission is graded
        if (!interrupted && /\[1\/3\] s1/.test(stderr)) {
          interrupted = true;
          child.kill("SIGINT");
        }
      });
      child.on("close", resolve);
    });
    expect(code, stderr).toBe(130);
    expect(stderr).toContain("interrupted; the gradebook holds what was graded");
    const first = book(out).rows.map((r) => r.id);
    expect(first).toContain("s1");
    expect(first.length).toBeLessThan(3 + 1);
    const again = grader("batch", klass2, "--course", "nn-basics", "--out", out, "--jobs", "1");
    expect(again.code, again.stderr).toBe(0);
    const kept = Number(/(\d+) kept/.exec(again.stdout)?.[1]);
    expect(kept).toBeGreaterThanOrEqual(1);
    expect(again.stdout).toContain(`${3 - kept} graded now, ${kept} kept`);
    expect(book(out).rows.map((r) => [r.id, r.status])).toEqual([
      ["s1", "graded"],
      ["s2", "graded"],
      ["s3", "graded"],
    ]);
    expect(stdout).toMatch(/nn-basics: \d submissions/);
  }, 180_000);
});

describe("shards", () => {
  it("are a stable function of the student's id alone", () => {
    expect(parseShard("2/3")).toEqual({ index: 2, count: 3 });
    for (const bad of ["0/3", "4/3", "1/0", "a/b", "1", "-1/2"])
      expect(parseShard(bad)).toBeUndefined();
    const ids = Array.from({ length: 300 }, (_, i) => `student-${i}`);
    const counts = [0, 0, 0];
    for (const id of ids) counts[shardOf(id, 3) - 1]!++;
    for (const c of counts) expect(c).toBeGreaterThan(70); // roughly even
    expect(ids.map((id) => shardOf(id, 3))).toEqual(ids.map((id) => shardOf(id, 3)));
    expect(shardOf("alice", 3)).toBe(shardOf("alice", 3));
  });
});
