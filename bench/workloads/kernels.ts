/**
 * Single kernels at the courses' sizes, tfjs wasm against numpy float32 doing the same:
 * the first layer of the Course 1 application (W1·X, dW1 = dZ1·Xᵀ and dA0 = W1ᵀ·dZ1, the
 * transposed products that @dlc/grader's wasm-matmul.ts speeds up) and a Course 4 convolution
 * ('same', 7×7, 3 → 32 channels on 16 images 64×64).
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { numpyRuns, numpyVersion } from "../numpy.ts";
import { type Row, type Runs, timeRuns } from "../stats.ts";

function normal(rng: RandomState, shape: number[]): tf.Tensor {
  return tf.tensor(Float32Array.from(rng.randn(...shape)), shape);
}

/**
 * Times `f` alone. A wasm kernel runs synchronously: when the call returns, its output is in
 * the wasm heap. Reading it back would time something else: copying dA0's 10 MB into a fresh
 * JS array costs ~28 ms on this VM, where a first touch of a page costs ~10 µs, and numpy's
 * `W.T @ dZ` copies nothing either.
 */
function timeKernel(runs: number, f: () => tf.Tensor): Promise<Runs> {
  return timeRuns(runs, () => f().dispose());
}

export async function kernels(runs: number): Promise<Row[]> {
  const rng = new RandomState(0);
  const W = normal(rng, [20, 12288]);
  const X = normal(rng, [12288, 209]);
  const dZ = normal(rng, [20, 209]);
  const x = normal(rng, [16, 64, 64, 3]);
  const w = normal(rng, [7, 7, 3, 32]);
  const many = Math.max(runs, 10);
  const forward = await timeKernel(many, () => tf.matMul(W, X));
  const transposed = await timeKernel(many, () => tf.matMul(dZ, X, false, true));
  const transposedA = await timeKernel(many, () => tf.matMul(W, dZ, true, false));
  const conv = await timeKernel(runs, () =>
    tf.conv2d(x as tf.Tensor4D, w as tf.Tensor4D, 1, "same"),
  );
  tf.dispose([W, X, dZ, x, w]);
  const rows: Row[] = [
    { workload: "matMul W1·X [20, 12288]·[12288, 209] (tfjs wasm)", runs: forward },
    {
      workload: "matMul dZ1·Xᵀ [20, 209]·[209, 12288], X's copy reused (tfjs wasm)",
      runs: transposed,
    },
    { workload: "matMul W1ᵀ·dZ1 [12288, 20]·[20, 209] (tfjs wasm)", runs: transposedA },
    { workload: "conv2d [16, 64, 64, 3] * [7, 7, 3, 32] 'same' (tfjs wasm)", runs: conv },
  ];
  if (!numpyVersion()) {
    for (const row of rows) {
      row.baseline = { label: "numpy float32" };
      row.skipped = "skipped (no numpy)";
    }
    return rows;
  }
  const matmul = numpyRuns<{ forward: Runs; transposed: Runs; transposedA: Runs }>(
    "matmul",
    "float32",
    many,
  );
  rows[0]!.baseline = { label: "numpy float32", runs: matmul.forward };
  rows[1]!.baseline = { label: "numpy float32", runs: matmul.transposed };
  rows[2]!.baseline = { label: "numpy float32", runs: matmul.transposedA };
  rows[3]!.baseline = {
    label: "numpy float32 (im2col)",
    runs: numpyRuns("conv2d", "float32", runs),
  };
  return rows;
}
