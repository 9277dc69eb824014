import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../bin/dlc.mjs", import.meta.url));
const repo = fileURLToPath(new URL("../../../..", import.meta.url));
/** Hint and progress state goes to a temp dir, never into a student's .dlc. */
const state = mkdtempSync(join(tmpdir(), "dlc-test-"));

function dlc(...args: string[]) {
  return dlcIn(repo, {}, ...args);
}

function dlcIn(cwd: string, env: Record<string, string>, ...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", DLC_STATE_DIR: state, ...env },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const packages = join(repo, "packages");
const courseDirs = readdirSync(packages).filter((n) =>
  readdirSync(join(packages, n)).includes("course.ts"),
);

/** Where `pnpm test` runs remember their filter: apart, so other tests see no filter. */
const runState = mkdtempSync(join(tmpdir(), "dlc-test-"));

/** `pnpm test [filters]` in a course, as a student runs it (vitest through the course config). */
function pnpmTest(course: string, ...filters: string[]) {
  const result = spawnSync("pnpm", ["-s", "test", ...filters], {
    cwd: join(packages, course),
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", DLC_STATE_DIR: runState },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** The hint command a report suggests, as printed: `pnpm hint …` → dlc's arguments. */
function suggestedHint(report: string): string[] {
  const command = /`pnpm hint ([^`]+)`/.exec(report)?.[1];
  expect(command, `no hint suggested in:\n${report}`).toBeDefined();
  return ["hint", ...command!.split(" ")];
}

describe("dlc command line", () => {
  it("prints help and exits 0 with --help", () => {
    const { code, stdout } = dlc("--help");
    expect(code).toBe(0);
    expect(stdout).toMatch(/^usage: dlc <command>/);
  });

  it.each([
    [["bogus"], /^dlc: unknown command 'bogus'/],
    [["progress", "--wrong"], /^dlc: Unknown option '--wrong'/],
    [["progress", "--course", "nope"], /^dlc: no course 'nope' \(courses: .*nn-basics/],
    [
      ["hint", "nope", "--course", "nn-basics"],
      /^dlc: no graded function 'nope' \(`pnpm hint` alone/,
    ],
    [
      ["hint", "sigmod", "--course", "nn-basics"],
      /^dlc: no graded function 'sigmod' \(did you mean 01\/sigmoid, 02\/sigmoid/,
    ],
    [
      ["hint", "sigmoid", "--course", "nn-basics"],
      /^dlc: 'sigmoid' is in several assignments; say which: 01\/sigmoid, 02\/sigmoid/,
    ],
  ])("rejects %j with one line and exit 2", (args, message) => {
    const { code, stderr } = dlc(...args);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr.trim().split("\n")).toHaveLength(1);
  });

  it("gives the next hint each time it is asked", () => {
    const first = dlc("hint", "01/sigmoid", "--course", "nn-basics", "--reset");
    const second = dlc("hint", "01/sigmoid", "--course", "nn-basics");
    expect(first.code).toBe(0);
    expect(first.stdout).toMatch(/Hint 1 of \d+:/);
    expect(second.stdout).toMatch(/Hint 2 of \d+:/);
  });

  it("resolves an ambiguous name by the assignment folder the student is in", () => {
    const inside = join(packages, "nn-basics", "exercises", "02-logistic-regression");
    const { code, stdout } = dlcIn(inside, { INIT_CWD: inside }, "hint", "sigmoid", "--reset");
    expect(code).toBe(0);
    expect(stdout).toContain("exercises/02-logistic-regression/sigmoid.ts");
  });

  it("resolves an ambiguous name by the assignment the last filtered `pnpm test` showed", () => {
    const own = mkdtempSync(join(tmpdir(), "dlc-test-"));
    mkdirSync(join(own, "nn-basics"));
    writeFileSync(
      join(own, "nn-basics", "last-test.json"),
      JSON.stringify({ assignments: ["01-python-basics"] }),
    );
    const { code, stdout } = dlcIn(
      repo,
      { DLC_STATE_DIR: own },
      "hint",
      "sigmoid",
      "--course",
      "nn-basics",
    );
    expect(code).toBe(0);
    expect(stdout).toContain("exercises/01-python-basics/sigmoid.ts");
  });

  it("heads a lecture-based function's hint without doubled parentheses", () => {
    const { code, stdout } = dlc(
      "hint",
      "01/confusionCounts",
      "--course",
      "ml-strategy",
      "--reset",
    );
    expect(code).toBe(0);
    const heading = stdout.split("\n")[0]!;
    expect(heading).toMatch(/^confusionCounts \(C3 W1 lecture: [^()]+\) · exercises\//);
  });
});

describe("pnpm test in a course", () => {
  it.each([
    [
      "nosuch",
      /^pnpm test: no test of nn-basics matches 'nosuch' \(assignments: 01-python-basics, /,
    ],
    [
      "02-logistc",
      /^pnpm test: no test of nn-basics matches '02-logistc' \(did you mean 02-logistic-regression\?\)$/,
    ],
    ["lModelForward", /\(did you mean l-model-forward\b/],
  ])(
    "a filter matching nothing (%s) is one line with the closest names, exit 2",
    (filter, line) => {
      const { code, stdout, stderr } = pnpmTest("nn-basics", filter);
      expect(code).toBe(2);
      expect(stdout.trim()).toBe("");
      const lines = stderr.split("\n").filter((l) => l.startsWith("pnpm test:"));
      expect(lines).toHaveLength(1);
      expect(lines[0]).toMatch(line);
    },
    120_000,
  );

  const empty = courseDirs.filter((c) => !readdirSync(join(packages, c)).includes("exercises"));
  it.each(empty)(
    "%s (no exercises yet) says so in one line, exit 0",
    (course) => {
      const { code, stdout } = pnpmTest(course);
      expect(code).toBe(0);
      expect(stdout.trim()).toMatch(
        new RegExp(`^${course}: no exercises yet \\(.+\\); nothing to test$`),
      );
    },
    120_000,
  );

  it("on the stubs, filtered to one assignment: counts only the student's tests, and its suggested hint works as printed", () => {
    const { stdout } = pnpmTest("nn-basics", "02-logistic");
    expect(stdout).toMatch(/^Tests: 0 passed, \d+ failed$/m);
    expect(stdout).not.toContain("01-python-basics");
    const args = suggestedHint(stdout);
    expect(args).toEqual(["hint", "02/sigmoid"]);
    const hint = dlcIn(join(packages, "nn-basics"), { DLC_STATE_DIR: runState }, ...args);
    expect(hint.stderr).toBe("");
    expect(hint.code).toBe(0);
    // and the bare name now means the assignment just tested
    const bare = dlcIn(join(packages, "nn-basics"), { DLC_STATE_DIR: runState }, "hint", "sigmoid");
    expect(bare.code).toBe(0);
    expect(bare.stdout).toContain("exercises/02-logistic-regression/sigmoid.ts");
  }, 120_000);
});

describe("dlc progress", () => {
  it("shows on stderr which course and file it is at, and its suggested hint works as printed", () => {
    const { code, stdout, stderr } = dlcIn(join(packages, "ml-strategy"), {}, "progress");
    expect(code).toBe(0);
    expect(stderr).toMatch(/^… progress ml-strategy · /m);
    expect(stderr).toMatch(/ \d+\/\d+$/m);
    expect(stdout).toMatch(/^Tests: 0 passed, \d+ failed$/m);
    const hint = dlcIn(join(packages, "ml-strategy"), {}, ...suggestedHint(stdout));
    expect(hint.code).toBe(0);
  }, 180_000);
});
