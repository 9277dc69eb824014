/**
 * The grader's options as an instructor mistypes them (issue 16, items 7 and 9) and what a
 * grader killed mid-run leaves behind (issue 12): every numeric option answers in one line of
 * its own whatever the spelling; several formats never collide on stdout; with --out every
 * format is a file (the terminal one too) and stdout gets one summary line; reports are
 * checkpointed while grading, so a SIGKILL leaves parseable reports marked incomplete.
 */
import { spawn } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { GradeReport } from "../engine/report.ts";
import { reportSchemaErrors } from "../reports/validate-report.ts";
import { grader, graderBin, graderEnv, repoRoot } from "./grader-process.ts";

const root = repoRoot;
const bin = graderBin;
const sample = join(root, "examples/submissions/nn-basics-partial");
/** every module of this hostile fixture loops at load: a run that lasts (1 s per module) */
const slow = join(root, "packages/grader/test/hostile/loops-at-load");

describe("grader: numeric options answer in one line, exit 2", () => {
  it.each([
    [["--timeout", "-1"], "--timeout takes a number ≥ 0.001, got '-1'"],
    [["--timeout=-1"], "--timeout takes a number ≥ 0.001, got '-1'"],
    [["--timeout", "abc"], "--timeout takes a number ≥ 0.001, got 'abc'"],
    [["--timeout", "1e999"], "--timeout takes a number ≥ 0.001, got '1e999'"],
    [["--timeout"], "--timeout needs a value"],
    [["--seed", "1.5"], "--seed takes an integer ≥ 0, got '1.5'"],
    [["--seed", "-3"], "--seed takes an integer ≥ 0, got '-3'"],
    [["--memory", "12"], "--memory takes an integer ≥ 128, got '12'"],
    [["--budget", "-5"], "--budget takes a number ≥ 0.001, got '-5'"],
    [["--min-score", "-1"], "--min-score takes a number ≥ 0, got '-1'"],
    [["--min-score", "150"], "--min-score is a percentage (0-100), got 150"],
  ])("%j", (args, message) => {
    const { code, stdout, stderr } = grader(sample, "--course", "nn-basics", ...(args as string[]));
    expect(code).toBe(2);
    expect(stderr).toContain(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
    expect(stdout).toBe("");
  });
});

describe("grader: formats never collide", () => {
  it("refuses several formats on stdout, naming --out", () => {
    const { code, stderr } = grader(
      sample,
      "--course",
      "nn-basics",
      "--format",
      "json",
      "--format",
      "junit",
    );
    expect(code).toBe(2);
    expect(stderr).toMatch(/2 formats would collide on stdout: add --out <dir>/);
  });

  it("with --out writes every format, terminal included, and prints one summary line", () => {
    const out = mkdtempSync(join(tmpdir(), "dlc-out-"));
    const { code, stdout, stderr } = grader(
      sample,
      "--course",
      "nn-basics",
      "--format",
      "terminal",
      "--format",
      "json",
      "--out",
      out,
    );
    expect(code, stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["grade-report.json", "grade-report.txt"]);
    expect(readFileSync(join(out, "grade-report.txt"), "utf8")).not.toContain("\u001b[");
    expect(
      reportSchemaErrors(JSON.parse(readFileSync(join(out, "grade-report.json"), "utf8"))),
    ).toEqual([]);
    expect(stdout.trim().split("\n")).toHaveLength(1);
    expect(stdout).toMatch(/^nn-basics: \d+\/\d+ \([\d.]+ %\) · .* · reports: .*grade-report\.txt/);
  }, 300_000);
});

describe("grader: a grader killed mid-run leaves its reports", () => {
  it("SIGKILL after the first checkpoint: reports parse, marked incomplete, the checks that ran listed", async () => {
    const out = mkdtempSync(join(tmpdir(), "dlc-killed-"));
    const child = spawn(
      process.execPath,
      [
        bin,
        slow,
        "--course",
        "nn-basics",
        "--timeout",
        "1",
        "--budget",
        "120",
        "--format",
        "json",
        "--format",
        "csv",
        "--out",
        out,
      ],
      { cwd: root, env: graderEnv(), stdio: "ignore" },
    );
    const exited = new Promise((r) => child.once("exit", r));
    const json = join(out, "grade-report.json");
    const csv = join(out, "grade-report.csv");
    const started = Date.now();
    // a checkpoint writes the formats one after the other: wait for both (a kill between
    // the two leaves the first only, which is what the next checkpoint is for)
    while (!(existsSync(json) && existsSync(csv)) && Date.now() - started < 240_000)
      await new Promise((r) => setTimeout(r, 50));
    const stillRunning = child.exitCode === null;
    child.kill("SIGKILL");
    await exited;
    expect(stillRunning, "the grader was still grading when killed").toBe(true);
    expect(existsSync(json), "a checkpoint was written before the kill").toBe(true);
    const report = JSON.parse(readFileSync(json, "utf8")) as GradeReport;
    expect(report.complete).toBe(false);
    expect(reportSchemaErrors(report)).toEqual([]);
    const checks = report.assignments.flatMap((a) => a.functions.flatMap((f) => f.checks));
    expect(checks.some((c) => c.status !== "not-run")).toBe(true);
    expect(readFileSync(csv, "utf8")).toMatch(/^submission,check,/);
  }, 300_000);
});
