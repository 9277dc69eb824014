/**
 * Peak resident memory of every process this one starts (a grader and its sandbox), read from Linux's /proc: each process's VmHWM (its high-water mark) is sampled
 * every few milliseconds while it lives, so a child's last sample is its peak to within one
 * interval. Elsewhere than Linux no children are listed.
 */
import { readdirSync, readFileSync } from "node:fs";

function read(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
  }
}

/** Every live descendant of `pid` and its depth (1: a child), through /proc/<pid>/task/<tid>/children. */
function descendants(pid: number, depth = 1): { pid: number; depth: number }[] {
  let tasks: string[];
  try {
    tasks = readdirSync(`/proc/${pid}/task`);
  } catch {
    return [];
  }
  const children = tasks.flatMap((tid) =>
    (read(`/proc/${pid}/task/${tid}/children`) ?? "").split(" ").filter(Boolean).map(Number),
  );
  return children.flatMap((child) => [{ pid: child, depth }, ...descendants(child, depth + 1)]);
}

/** A process's high-water mark of resident memory, MB. */
function highWaterMb(pid: number): number | undefined {
  const kb = read(`/proc/${pid}/status`)?.match(/^VmHWM:\s+(\d+) kB/m)?.[1];
  return kb === undefined ? undefined : Number(kb) / 1024;
}

export interface ProcessPeak {
  command: string;
  depth: number;
  peakMb: number;
}

export interface PeakMemory {
  /** each process started while measuring: its command, depth (1: a child) and peak, MB */
  children: ProcessPeak[];
}

/** Runs `work` and reports the peak resident memory of each process it started. */
export async function measurePeakMemory(work: () => Promise<unknown>): Promise<PeakMemory> {
  const peaks = new Map<number, ProcessPeak>();
  const sample = () => {
    for (const { pid, depth } of descendants(process.pid)) {
      const mb = highWaterMb(pid);
      const command = read(`/proc/${pid}/comm`)?.trim();
      if (mb === undefined || command === undefined) continue;
      const seen = peaks.get(pid);
      // /bin/sh execs node in place: the same pid, a new command and a fresh high-water mark
      if (!seen || seen.command !== command) peaks.set(pid, { command, depth, peakMb: mb });
      else seen.peakMb = Math.max(seen.peakMb, mb);
    }
  };
  const timer = setInterval(sample, 5);
  try {
    await work();
  } finally {
    clearInterval(timer);
  }
  sample();
  return {
    children: [...peaks.values()],
  };
}
