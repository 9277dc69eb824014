/**
 * The Gradescope autograder zip (issue 15), run as Gradescope runs it, on a fake `/autograder`
 * layout in a temp folder: unzipped into `source/`, its dependencies installed as setup.sh
 * installs them (pnpm, frozen lockfile; offline here: the store holds them), then
 * `run_autograder` on a student's upload writes `results/results.json`, also when the upload
 * holds nothing gradable.
 */
import { spawnSync } from "node:child_process";
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { unzipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { repoRoot } from "../cli/grader-process.ts";
import { gradescopeZip } from "./gradescope.ts";

const work = mkdtempSync(join(tmpdir(), "dlc-gradescope-"));
const autograder = join(work, "autograder");
afterAll(() => rmSync(work, { recursive: true, force: true }), 120_000);

/** pnpm as the tests were started with it (pnpm sets npm_execpath), else the pinned one through npx. */
function pnpm(args: string[], cwd: string) {
  const viaPnpm = process.env.npm_execpath?.includes("pnpm");
  const { INIT_CWD: _, ...env } = process.env;
  return viaPnpm
    ? spawnSync(process.execPath, [process.env.npm_execpath!, ...args], {
        cwd,
        encoding: "utf8",
        env,
      })
    : spawnSync("npx", ["-y", "pnpm@10.34.9", ...args], { cwd, encoding: "utf8", env });
}

function runAutograder(): {
  code: number | null;
  results: { score: number; output: string; tests: unknown[] };
} {
  const { INIT_CWD: _, ...env } = process.env;
  const run = spawnSync("bash", [join(autograder, "run_autograder")], {
    env: { ...env, AUTOGRADER_ROOT: autograder },
    encoding: "utf8",
    timeout: 240_000,
  });
  return {
    code: run.status,
    results: JSON.parse(readFileSync(join(autograder, "results/results.json"), "utf8")),
  };
}

function upload(from: string | undefined) {
  const submission = join(autograder, "submission");
  rmSync(submission, { recursive: true, force: true });
  mkdirSync(submission, { recursive: true });
  if (from) cpSync(from, submission, { recursive: true });
  else writeFileSync(join(submission, "answers.pdf"), "%PDF-1.4 not code\n");
  rmSync(join(autograder, "results"), { recursive: true, force: true });
}

beforeAll(() => {
  const files = unzipSync(gradescopeZip(repoRoot, "nn-basics", 1));
  for (const [name, data] of Object.entries(files)) {
    const path = join(autograder, "source", name);
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, data);
  }
  // Gradescope copies run_autograder next to source/ and runs it from there
  cpSync(join(autograder, "source/run_autograder"), join(autograder, "run_autograder"));
  chmodSync(join(autograder, "run_autograder"), 0o755);
  const install = pnpm(["install", "--frozen-lockfile", "--offline"], join(autograder, "source"));
  if (install.status !== 0)
    throw new Error(
      `pnpm install in the unzipped autograder failed:\n${install.stderr}${install.stdout}`,
    );
}, 240_000);

describe("grader package gradescope", () => {
  it("holds setup.sh, run_autograder, the grader, the student kit and the course, and nothing of other courses but manifests", () => {
    const names = Object.keys(unzipSync(gradescopeZip(repoRoot, "nn-basics", 1)));
    expect(names).toContain("setup.sh");
    expect(names).toContain("run_autograder");
    expect(names).toContain("packages/grader/bin/grader.mjs");
    expect(names).toContain("packages/student-kit/src/check/index.ts");
    expect(names).toContain("packages/nn-basics/hidden/01-python-basics/softmax.checks.ts");
    expect(names).toContain("packages/improving-dnn/package.json");
    expect(names.filter((n) => n.startsWith("packages/improving-dnn/"))).toEqual([
      "packages/improving-dnn/package.json",
    ]);
    expect(names.some((n) => n.includes("node_modules/"))).toBe(false);
  });

  it("grades an upload into results/results.json, as pnpm grade scores it", () => {
    upload(join(repoRoot, "examples/submissions/nn-basics-partial"));
    const { code, results } = runAutograder();
    expect(code).toBe(0);
    expect(results.score).toBe(62);
    expect(results.tests.length).toBeGreaterThan(50);
  }, 240_000);

  it("writes a results.json saying why when the upload holds nothing gradable", () => {
    upload(undefined);
    const { code, results } = runAutograder();
    expect(code).toBe(0);
    expect(results.score).toBe(0);
    expect(results.output).toMatch(
      /could not grade this submission \(exit 2\): .*holds none of nn-basics's graded modules/,
    );
    expect(existsSync(join(autograder, "results/results.json"))).toBe(true);
  }, 240_000);
});
