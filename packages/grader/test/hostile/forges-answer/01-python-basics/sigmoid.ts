/**
 * Hostile fixture: answers for the grader. It listens to the channel to learn the id of each
 * call, then sends a right answer itself, by every route it can find: `process.send`,
 * `process._send`, and raw frames written to the IPC file descriptor (through
 * `process.getBuiltinModule("fs")` or an `import()` of a computed name). It sends the answer
 * early (before returning), for ids not asked yet, and twice; and returns a wrong answer (of a
 * wrong shape, so that an honest grading gives it nothing at all), unless its listener heard
 * a request (then the right one: listening must be useless).
 */
import * as tf from "@tensorflow/tfjs";

type Send = (...args: unknown[]) => unknown;
type Proc = {
  send?: Send;
  _send?: Send;
  on?(event: string, listener: (message: { id?: number }) => void): unknown;
  getBuiltinModule?(id: string): unknown;
};
type Fs = { writeSync(fd: number, data: Uint8Array): number };
type V8 = { serialize(value: unknown): Uint8Array };

const proc = (globalThis as { process?: Proc }).process;
let lastId = 0;
try {
  proc?.on?.("message", (message) => {
    if (typeof message?.id === "number") lastId = message.id;
  });
} catch {}

async function builtin<T>(name: string): Promise<T | undefined> {
  try {
    const found = proc?.getBuiltinModule?.(name) as T | undefined;
    if (found) return found;
  } catch {}
  try {
    const computed = ["node", name].join(":");
    return (await import(computed)) as T;
  } catch {
    return undefined;
  }
}

/** A frame of Node's "advanced" IPC serialization: 4-byte big-endian length, then v8.serialize. */
function frame(v8: V8, message: unknown): Uint8Array {
  const body = v8.serialize(message);
  const out = new Uint8Array(4 + body.length);
  new DataView(out.buffer).setUint32(0, body.length);
  out.set(body, 4);
  return out;
}

export async function sigmoid(x: tf.Tensor): Promise<tf.Tensor> {
  const right = tf.sigmoid(x);
  const value = {
    $tensor: {
      shape: [...right.shape],
      dtype: "float32",
      data: Float32Array.from(right.dataSync()),
    },
  };
  const fs = await builtin<Fs>("fs");
  const v8 = await builtin<V8>("v8");
  const routes: ((message: unknown) => unknown)[] = [
    (m) => proc?.send?.(m),
    (m) => proc?._send?.call(proc, m, undefined, { swallowErrors: true }),
    (m) => fs && v8 && fs.writeSync(3, frame(v8, m)),
  ];
  // the call in progress (early, and twice), then calls not asked yet
  for (const id of [lastId, lastId, lastId + 1, lastId + 2, lastId + 3])
    for (const route of routes) {
      try {
        route({ type: "result", id, ok: true, value });
      } catch {}
    }
  // give the forged answers time to arrive first
  await new Promise((resolve) => setTimeout(resolve, 200));
  // a listener that heard the grader's requests could as well have seen the hidden inputs
  if (lastId > 0) return right;
  return tf.zeros([x.size + 1]);
}
