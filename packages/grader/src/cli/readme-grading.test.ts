/**
 * The README's grading examples run as written (issue 16, item 8): every `pnpm grade` line of
 * its shell blocks and the GitHub Actions example's `run:` steps, with `path/to/student` as the
 * sample submission and the runner's folders in a temp dir. Each must grade (exit 0, or 1 below
 * --min-score), write the files it promises, and write nothing into the repository.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";

const root = resolve(import.meta.dirname, "../../../..");
const bin = join(root, "packages/grader/bin/grader.mjs");
const readme = readFileSync(join(root, "README.md"), "utf8");

/** The `pnpm grade` lines of ```sh blocks, comments cut. */
function shellLines(): string[] {
  return [...readme.matchAll(/```sh\n([\s\S]*?)```/g)]
    .flatMap((m) => m[1]!.split("\n"))
    .map((l) => l.replace(/\s+#.*$/, "").trim())
    .filter((l) => l.startsWith("pnpm grade "));
}

/** The `run:` steps of the ```yaml block that grade, folded (`>`) lines joined. */
function workflowSteps(): string[] {
  const yaml = /```yaml\n([\s\S]*?)```/.exec(readme)?.[1] ?? "";
  const steps: string[] = [];
  const lines = yaml.split("\n");
  for (let i = 0; i < lines.length; i++) {
    const run = /^\s*-?\s*run: (.*)$/.exec(lines[i]!);
    if (!run) continue;
    if (run[1] === ">") {
      const folded: string[] = [];
      while (lines[i + 1]?.startsWith("    ")) folded.push(lines[++i]!.trim());
      steps.push(folded.join(" "));
    } else steps.push(run[1]!);
  }
  return steps.filter((s) => !s.includes(" install "));
}

/** A class of two for the batch examples: the sample submission and the stubs. */
function classFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "dlc-readme-class-"));
  cpSync(join(root, "examples/submissions/nn-basics-partial"), join(dir, "sample"), {
    recursive: true,
  });
  cpSync(join(root, "packages/nn-basics/exercises"), join(dir, "stubs"), { recursive: true });
  return dir;
}

function run(command: string, env: Record<string, string>) {
  const line = command
    .replace(/^(npx -y pnpm@[\d.]+|pnpm) grade /, `"${process.execPath}" "${bin}" `)
    .replaceAll("path/to/student", "examples/submissions/nn-basics-partial")
    .replaceAll("path/to/submissions", classFolder());
  // as a person types it at the root: pnpm's INIT_CWD (the folder a pnpm script was started in) unset
  const { INIT_CWD: _, ...inherited } = process.env;
  return spawnSync("bash", ["-c", line], {
    cwd: root,
    env: { ...inherited, NO_COLOR: "1", ...env },
    encoding: "utf8",
    timeout: 300_000,
  });
}

describe("the README's grading examples run as written", { timeout: 600_000 }, () => {
  it("finds the examples", () => {
    expect(shellLines().length).toBeGreaterThanOrEqual(3);
    expect(workflowSteps().length).toBeGreaterThanOrEqual(2);
  });

  it("every pnpm grade line of the shell blocks grades", () => {
    for (const written of shellLines()) {
      // relative --out folders go to a temp folder, not into the repository
      const line = written.replace(
        /--out (?!\/)(\S+)/,
        (_, out) => `--out ${join(mkdtempSync(join(tmpdir(), "dlc-readme-out-")), out)}`,
      );
      const result = run(line, {});
      expect([0, 1], `${line}\n${result.stderr}`).toContain(result.status);
      const out = /--out (\S+)/.exec(line)?.[1];
      const expected = / grade batch /.test(line) ? "gradebook.csv" : "grade-report.json";
      if (out) expect(existsSync(join(out, expected)), line).toBe(true);
    }
  });

  it("the GitHub Actions steps grade into the runner's temp folder and fill the job summary", () => {
    const runner = mkdtempSync(join(tmpdir(), "dlc-runner-"));
    const summary = join(runner, "summary.md");
    const env = { RUNNER_TEMP: runner, GITHUB_STEP_SUMMARY: summary };
    const [gradeStep, summaryStep] = workflowSteps();
    const graded = run(gradeStep!, env);
    expect([0, 1], graded.stderr).toContain(graded.status); // the stubs are below --min-score 60
    expect(run(summaryStep!, env).status).toBe(0);
    expect(readFileSync(summary, "utf8")).toMatch(/## Neural Networks and Deep Learning: \d+\/\d+/);
    expect(existsSync(join(root, "grade"))).toBe(false);
    expect(existsSync(join(root, "results"))).toBe(false);
  });
});
