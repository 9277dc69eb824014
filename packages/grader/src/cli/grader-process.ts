/**
 * Test support: the `grader` command run as a person runs it, in a process of its own from
 * the repository's root (without pnpm's INIT_CWD, which would move relative paths), without
 * colours. Shared by the CLI's tests.
 */
import { spawnSync } from "node:child_process";
import { join, resolve } from "node:path";

export const repoRoot = resolve(import.meta.dirname, "../../../..");
export const graderBin = join(repoRoot, "packages/grader/bin/grader.mjs");

/** The environment a grader process gets: ours without INIT_CWD, NO_COLOR set. */
export function graderEnv(): NodeJS.ProcessEnv {
  const { INIT_CWD: _, ...env } = process.env;
  return { ...env, NO_COLOR: "1" };
}

export function grader(...args: string[]): { code: number | null; stdout: string; stderr: string } {
  const run = spawnSync(process.execPath, [graderBin, ...args], {
    cwd: repoRoot,
    env: graderEnv(),
    encoding: "utf8",
    timeout: 300_000,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}
