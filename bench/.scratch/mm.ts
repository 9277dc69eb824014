import { useWasmBackend } from "@dlc/grader/check";
import * as tf from "@tensorflow/tfjs";

await useWasmBackend();
const W = tf.randomNormal([20, 12288]);
const dZ = tf.randomNormal([20, 209]);
const Wt = W.transpose().clone(); // [12288,20] materialized
const dZt = dZ.transpose().clone(); // [209,20]
function time(name: string, f: () => tf.Tensor) {
  for (let i = 0; i < 3; i++) {
    const o = f();
    o.dataSync();
    o.dispose();
  }
  const ts: number[] = [];
  for (let i = 0; i < 15; i++) {
    const t0 = performance.now();
    const o = f();
    o.dataSync();
    o.dispose();
    ts.push(performance.now() - t0);
  }
  ts.sort((a, b) => a - b);
  console.log(name.padEnd(50), ts[7]!.toFixed(2), "ms");
}
time("stock Wt[12288,20] · dZ[20,209]", () => tf.matMul(Wt, dZ));
time("dZt[209,20] · W[20,12288] (transposed result)", () => tf.matMul(dZt, W));
time("Wt · dZ in 4 row blocks + concat", () =>
  tf.concat(
    [0, 1, 2, 3].map((k) => tf.matMul(Wt.slice([k * 3072, 0], [3072, 20]), dZ)),
    0,
  ),
);
time("Wt · dZ in 12 row blocks", () =>
  tf.tidy(() =>
    tf.concat(
      Array.from({ length: 12 }, (_, k) => tf.matMul(Wt.slice([k * 1024, 0], [1024, 20]), dZ)),
      0,
    ),
  ),
);
time("batched [12,1024,20]·[20,209]", () =>
  tf.tidy(() =>
    tf
      .matMul(Wt.reshape([12, 1024, 20]), dZ.reshape([1, 20, 209]).tile([12, 1, 1]))
      .reshape([12288, 209]),
  ),
);
time("W1·X-sized: W[20,12288]·X[12288,209]", () => tf.matMul(W, tf.randomNormal([12288, 209])));
