import { spawnSync } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const bin = fileURLToPath(new URL("../../bin/dlc.mjs", import.meta.url));
const repo = fileURLToPath(new URL("../../../..", import.meta.url));
/** Hint and progress state goes to a temp dir, never into a student's .dlc. */
const state = mkdtempSync(join(tmpdir(), "dlc-test-"));

function dlc(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    cwd: repo,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", DLC_STATE_DIR: state },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
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
    [["hint", "nope", "--course", "nn-basics"], /^dlc: no graded function 'nope'/],
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
});
