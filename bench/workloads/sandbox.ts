/**
 * The sandbox's costs: starting one (process, permission model, tfjs and wasm) until its
 * first answer, against a bare `node -e 0`; and the overhead of one call that sends a
 * tensor in and gets it back, by size, against the goal of 1 ms up to 10k elements.
 */
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import * as tf from "@tensorflow/tfjs";
import { buildChild, dependencyPaths } from "../../packages/grader/src/engine/build.ts";
import { Sandbox } from "../../packages/grader/src/engine/sandbox/sandbox.ts";
import { type Row, timeRuns } from "../stats.ts";

const SIZES = [10, 10_000, 1_000_000];

export async function sandbox(runs: number): Promise<Row[]> {
  const buildDir = mkdtempSync(join(tmpdir(), "dlc-bench-sandbox-"));
  try {
    writeFileSync(join(buildDir, "echo.mjs"), "export const echo = (x) => x;\n");
    const options = {
      childScript: await buildChild(buildDir),
      buildDir,
      readable: [buildDir, ...dependencyPaths().readable],
      memoryMb: 1024,
    };
    const spawnRuns = await timeRuns(runs, async () => {
      const box = new Sandbox(options);
      await box.call("echo.mjs", "echo", [1], 20_000);
      box.kill();
    });
    const bare = await timeRuns(runs, () => spawnSync(process.execPath, ["-e", "0"]));
    const rows: Row[] = [
      {
        workload: "sandbox start to first answer (permissions, tfjs, wasm)",
        runs: spawnRuns,
        baseline: { label: "node -e 0", runs: bare },
      },
    ];
    const box = new Sandbox(options);
    await box.call("echo.mjs", "echo", [1], 20_000);
    for (const size of SIZES) {
      const t = tf.randomNormal([size], 0, 1, "float32", 1);
      const calls = size >= 1_000_000 ? 10 : 200;
      const perCall = await timeRuns(runs, async () => {
        for (let i = 0; i < calls; i++) await box.call("echo.mjs", "echo", [t], 20_000);
      });
      t.dispose();
      rows.push({
        workload: `sandbox call, a ${size.toLocaleString("en")}-element tensor there and back`,
        runs: perCall.map((ms) => ms / calls),
        baseline: size <= 10_000 ? { label: "goal (issue 6)", goalMs: 1 } : undefined,
      });
    }
    box.kill();
    return rows;
  } finally {
    rmSync(buildDir, { recursive: true, force: true });
  }
}
