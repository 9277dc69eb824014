/**
 * The whole repository's tests with a warm turbo cache: `turbo run test` on the reference
 * solutions, as a student's `pnpm test` runs once every package passes (turbo caches passing
 * tasks only, so a package still failing reruns its tests). The warm-up fills the cache: on
 * a fresh clone it is the full test run, minutes; the timed runs are replays.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type Row, timeRuns } from "../stats.ts";

const root = fileURLToPath(new URL("../..", import.meta.url));

export async function cachedTests(runs: number): Promise<Row[]> {
  const turbo = `${root}/node_modules/.bin/turbo`;
  let cached = "";
  const times = await timeRuns(runs, () => {
    const result = spawnSync(turbo, ["run", "test", "--output-logs=none"], {
      cwd: root,
      env: { ...process.env, DLC_TARGET: "solutions", TURBO_TELEMETRY_DISABLED: "1" },
      encoding: "utf8",
    });
    if (result.status !== 0)
      throw new Error(`turbo run test failed on the solutions:\n${result.stdout}${result.stderr}`);
    cached = result.stdout.match(/Cached:\s+(\d+ cached, \d+ total)/)?.[1] ?? cached;
  });
  return [
    {
      workload: `whole-repo tests, warm turbo cache (turbo run test on the solutions; ${cached})`,
      runs: times,
      baseline: { label: "goal (issue 6)", goalMs: 5000 },
    },
  ];
}
