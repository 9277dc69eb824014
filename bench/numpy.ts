/** Runs the numpy baselines (numpy_baseline.py) when python3 with numpy is on the machine. */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { delimiter, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Runs } from "./stats.ts";

const script = fileURLToPath(new URL("./numpy_baseline.py", import.meta.url));

let found: { python: string; version: string } | null | undefined;

/**
 * The first python3 that imports numpy: `$DLC_PYTHON` if set, else each `python3` on the PATH
 * in order (pnpm and npx put /usr/bin first, which may hide a pyenv or venv python that has
 * numpy).
 */
function findNumpy(): { python: string; version: string } | null {
  if (found !== undefined) return found;
  const path = (process.env.PATH ?? "").split(delimiter).filter(Boolean);
  const candidates = [
    ...(process.env.DLC_PYTHON ? [process.env.DLC_PYTHON] : []),
    ...new Set(path.map((dir) => join(dir, "python3")).filter((p) => existsSync(p))),
  ];
  found = null;
  for (const python of candidates) {
    const probe = spawnSync(python, ["-c", "import numpy; print(numpy.__version__)"], {
      encoding: "utf8",
    });
    if (probe.status === 0) {
      found = { python, version: probe.stdout.trim() };
      break;
    }
  }
  return found;
}

/** numpy's version, or null when no python3 imports numpy (the bench then skips the baselines). */
export function numpyVersion(): string | null {
  return findNumpy()?.version ?? null;
}

/**
 * Times `workload` in numpy: one warm-up, then `runs` runs; the per-run wall times in ms.
 * `blasThreads` caps OpenBLAS/MKL/OpenMP threads (default: the library's own choice, every core).
 */
export function numpyRuns<T = Runs>(
  workload: "train" | "matmul" | "conv2d" | "conv" | "lstm",
  dtype: "float64" | "float32",
  runs: number,
  dataFile?: string,
  blasThreads?: number,
): T {
  const args = [script, workload, dtype, String(runs), ...(dataFile ? [dataFile] : [])];
  const python = findNumpy()?.python;
  if (!python) throw new Error("no python3 with numpy");
  const threads = blasThreads === undefined ? {} : threadLimits(blasThreads);
  const result = spawnSync(python, args, {
    encoding: "utf8",
    maxBuffer: 1 << 20,
    env: { ...process.env, ...threads },
  });
  if (result.status !== 0)
    throw new Error(`numpy baseline ${workload} ${dtype} failed: ${result.stderr.trim()}`);
  return (JSON.parse(result.stdout) as { ms: T }).ms;
}

/** The environment variables that cap the BLAS libraries numpy may be built with. */
function threadLimits(n: number): Record<string, string> {
  const v = String(n);
  return { OPENBLAS_NUM_THREADS: v, MKL_NUM_THREADS: v, OMP_NUM_THREADS: v };
}
