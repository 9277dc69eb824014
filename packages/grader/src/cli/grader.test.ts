/**
 * The `grader` command as instructors and CI use it: exit codes, formats, files written
 * atomically, and the same seed giving the same report.
 */
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GradeReport } from "../engine/report.ts";
import { grader, repoRoot } from "./grader-process.ts";

const root = repoRoot;
const sample = join(root, "examples/submissions/nn-basics-partial");
const solutions = join(root, "packages/nn-basics/solutions");

/** The report without what varies between runs (timestamps and durations). */
function stable(json: string): unknown {
  return JSON.parse(json, (key, value) =>
    key === "generatedAt" || key === "durationMs" ? undefined : value,
  );
}

describe("grader: bad usage is one line and exit 2", () => {
  it.each([
    [[], /which submission/],
    [["/no/such/folder", "--course", "nn-basics"], /no such folder/],
    [[sample, "--course", "no-such-course"], /no course 'no-such-course'/],
    [[sample, "--course", "nn-basics", "--format", "pdf"], /unknown --format 'pdf'/],
    [[sample, "--course", "nn-basics", "--min-score", "abc"], /--min-score takes a number/],
    [[sample, "--course", "nn-basics", "--frobnicate"], /frobnicate/],
    [[sample], /which course\? add --course/],
    [[join(root, "docs"), "--course", "nn-basics"], /holds none of nn-basics's graded modules/],
  ])("%j", (args, message) => {
    const { code, stdout, stderr } = grader(...(args as string[]));
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stdout).toBe("");
  });

  it("--help documents the exit codes", () => {
    const { code, stdout } = grader("--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/exit codes:/);
  });
});

describe("grader: grading", () => {
  it("writes every format to --out, and the same seed gives the same JSON", () => {
    const [a, b] = [mkdtempSync(join(tmpdir(), "dlc-a-")), mkdtempSync(join(tmpdir(), "dlc-b-"))];
    const formats = ["json", "junit", "gradescope", "markdown", "csv"].flatMap((f) => [
      "--format",
      f,
    ]);
    const first = grader(sample, "--course", "nn-basics", "--seed", "7", ...formats, "--out", a);
    expect(first.code, first.stderr).toBe(0);
    expect(readdirSync(a).sort()).toEqual([
      "grade-report.csv",
      "grade-report.json",
      "grade-report.md",
      "junit.xml",
      "results.json",
    ]);
    const report = JSON.parse(readFileSync(join(a, "grade-report.json"), "utf8")) as GradeReport;
    expect(report.schema).toBe("dlc-grade-report/1");
    expect(report.seed).toBe(7);
    expect(report.complete).toBe(true);
    expect(report.points).toBeGreaterThan(0);
    expect(report.points).toBeLessThan(report.max);

    const second = grader(
      sample,
      "--course",
      "nn-basics",
      "--seed",
      "7",
      "--format",
      "json",
      "--out",
      b,
    );
    expect(second.code, second.stderr).toBe(0);
    expect(stable(readFileSync(join(b, "grade-report.json"), "utf8"))).toEqual(
      stable(readFileSync(join(a, "grade-report.json"), "utf8")),
    );
  }, 300_000);

  it("a different seed draws different hidden inputs", () => {
    const one = grader(sample, "--course", "nn-basics", "--seed", "1", "--format", "json");
    const two = grader(sample, "--course", "nn-basics", "--seed", "2", "--format", "json");
    const messages = (json: string) =>
      (JSON.parse(json) as GradeReport).assignments.flatMap((x) =>
        x.functions.flatMap((f) => f.checks.map((c) => c.message)),
      );
    expect(messages(one.stdout)).not.toEqual(messages(two.stdout));
  }, 300_000);

  it("--min-score gates: exit 1 below it, 0 at or above", () => {
    expect(
      grader(sample, "--course", "nn-basics", "--min-score", "90", "--format", "json").code,
    ).toBe(1);
    const full = grader(solutions, "--course", "nn-basics", "--min-score", "100");
    expect(full.code, full.stderr).toBe(0);
    expect(full.stdout).toMatch(/(\d+)\/\1 \(100 %\)/);
  }, 300_000);

  it("prints the terminal report with the first failure of each function", () => {
    const { code, stdout } = grader(sample, "--course", "nn-basics");
    expect(code).toBe(0);
    expect(stdout).toMatch(/propagate\s+\d+\/7/);
    expect(stdout).toMatch(/grads\.dw (disagrees with tf\.grad|is wrong)/);
    expect(stdout).toMatch(/lModelBackward is not implemented yet/);
    expect(existsSync(join(root, "grade-report.json"))).toBe(false);
  }, 300_000);
});
