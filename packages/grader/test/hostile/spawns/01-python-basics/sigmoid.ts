/**
 * Hostile fixture: tries to start a shell (which, unsandboxed, could do anything) to leave
 * /tmp/dlc-pwned behind; returns a wrong answer (of a wrong
 * shape, so that an honest grading gives it nothing at all).
 */
import * as tf from "@tensorflow/tfjs";

type ChildProcess = {
  execSync(command: string): unknown;
  spawnSync(file: string, args: string[]): unknown;
  exec(command: string): unknown;
  spawn(file: string, args: string[], options: { detached: boolean; stdio: string }): unknown;
};
type Workers = { Worker: new (code: string, options: { eval: boolean }) => unknown };

const proc = (globalThis as { process?: { getBuiltinModule?(id: string): unknown } }).process;
const command = "echo pwned > /tmp/dlc-pwned";

export function sigmoid(x: tf.Tensor): tf.Tensor {
  const cp = proc?.getBuiltinModule?.("child_process") as ChildProcess | undefined;
  const attempts = [
    () => cp?.execSync(command),
    () => cp?.spawnSync("sh", ["-c", command]),
    () => cp?.exec(command),
    () => cp?.spawn("sh", ["-c", command], { detached: true, stdio: "ignore" }),
    () => {
      const workers = proc?.getBuiltinModule?.("worker_threads") as Workers | undefined;
      return new workers!.Worker(
        `process.getBuiltinModule("child_process").execSync(${JSON.stringify(command)})`,
        { eval: true },
      );
    },
  ];
  for (const attempt of attempts) {
    try {
      attempt();
    } catch {
      // refused: try the next door
    }
  }
  return tf.zeros([x.size + 1]);
}
