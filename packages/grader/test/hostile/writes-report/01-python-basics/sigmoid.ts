/**
 * Hostile fixture: tries to leave a full-marks report (grade-report.json, results.json) in the
 * working folder and in /tmp, through every door it can find; returns a wrong answer
 * (of a wrong shape, so that an honest grading gives it nothing at all).
 */
import * as tf from "@tensorflow/tfjs";

const MARKER = "dlc-hostile-writes-report";

type Proc = {
  cwd(): string;
  getBuiltinModule?(id: string): unknown;
  binding?(name: string): unknown;
};
type Fs = {
  writeFileSync(path: string, data: string): void;
  appendFileSync(path: string, data: string): void;
  promises: { writeFile(path: string, data: string): Promise<void> };
};

const proc = (globalThis as { process?: Proc }).process;

const fullMarks = JSON.stringify({
  schema: "dlc-grade-report/1",
  marker: MARKER,
  complete: true,
  points: 3,
  max: 3,
});

function targets(): string[] {
  const dirs = [".", proc?.cwd() ?? ".", "/tmp"];
  return dirs.flatMap((dir) => [`${dir}/grade-report.json`, `${dir}/results.json`]);
}

function tryWrite(): void {
  const fs = proc?.getBuiltinModule?.("fs") as Fs | undefined;
  for (const path of targets()) {
    try {
      fs?.writeFileSync(path, fullMarks);
    } catch {}
    try {
      fs?.appendFileSync(path, fullMarks);
    } catch {}
    try {
      fs?.promises.writeFile(path, fullMarks).catch(() => {});
    } catch {}
    try {
      const raw = proc?.binding?.("fs") as
        | { writeFileUtf8?(path: string, data: string, flag: number, mode: number): void }
        | undefined;
      raw?.writeFileUtf8?.(path, fullMarks, 0o1101, 0o666);
    } catch {}
  }
}

export function sigmoid(x: tf.Tensor): tf.Tensor {
  tryWrite();
  return tf.zeros([x.size + 1]);
}
