/** The figures of one row of `pnpm bench`: median, min and max of several runs, and a ratio. */

/** Wall times of repeated runs of one workload, ms. */
export type Runs = number[];

export function median(runs: Runs): number {
  const sorted = [...runs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** One line of the table: a workload, its runs, and what it is compared with. */
export interface Row {
  /** what ran, e.g. "train [12288, 20, 7, 5, 1], 100 iterations (tfjs wasm)" */
  workload: string;
  runs: Runs;
  /** the baseline measured in the same run (numpy, a plain spawn…) or a goal from the issue */
  baseline?: { label: string; runs?: Runs; goalMs?: number };
  /** shown instead of figures when the workload could not run (e.g. no numpy) */
  skipped?: string;
  /** a figure that is not a time (peak memory), printed under the table */
  note?: string;
  /** peak resident memory, MB, when the workload measured it */
  memory?: { processes: { command: string; depth: number; peakMb: number }[] };
}

/** Runs `work` once to warm up, then `n` times, and returns the wall times in ms. */
export async function timeRuns(n: number, work: () => unknown | Promise<unknown>): Promise<Runs> {
  await work();
  const runs: Runs = [];
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    await work();
    runs.push(performance.now() - t0);
  }
  return runs;
}

/** The baseline's figure: its median, or the goal. */
export function baselineMs(row: Row): number | undefined {
  if (!row.baseline) return undefined;
  return row.baseline.runs ? median(row.baseline.runs) : row.baseline.goalMs;
}
