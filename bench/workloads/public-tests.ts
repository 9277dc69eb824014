/**
 * The student's loop: one assignment's public tests from the command line (vitest in a
 * fresh process, as `pnpm test 04` runs it), on the reference solutions so every test runs.
 */
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { type Row, timeRuns } from "../stats.ts";

const courseDir = fileURLToPath(new URL("../../packages/nn-basics", import.meta.url));
const ASSIGNMENT = "04-deep-nn-step-by-step";

export async function publicTests(runs: number): Promise<Row[]> {
  const vitest = `${courseDir}/node_modules/.bin/vitest`;
  const times = await timeRuns(runs, () => {
    const result = spawnSync(vitest, ["run", "--configLoader", "runner", ASSIGNMENT], {
      cwd: courseDir,
      env: { ...process.env, DLC_TARGET: "solutions" },
      encoding: "utf8",
    });
    if (result.status !== 0) throw new Error(`the ${ASSIGNMENT} tests failed:\n${result.stdout}`);
  });
  return [
    {
      workload: `public tests of nn-basics ${ASSIGNMENT} (vitest run, fresh process)`,
      runs: times,
      baseline: { label: "goal (issue 6)", goalMs: 2000 },
    },
  ];
}
