/**
 * Course 4's convolutions on wasm: the kernels @dlc/grader adds (wasm-kernels.ts) against
 * what stands without them, measured in the same run.
 *
 * - Conv2DBackpropFilter, which wasm lacks, at the happy model's first layer: x [32, 70, 70, 3]
 *   (64×64 after ZeroPadding2D(3)), 7×7×3×32; against numpy float32 (im2col, colsᵀ·dy).
 * - Conv2DBackpropInput, ours (a conv of the padded dy with the flipped filter) against the
 *   stock wasm kernel (a naive loop), same shapes.
 * - UnsortedSegmentSum (the gradient of an Embedding's gather; wasm lacks it): a batch of 32
 *   sentences × 10 words into a 2000 × 50 table; against numpy's np.add.at.
 * - One training step of the notebook's happyModel (ZeroPadding2D(3), Conv2D(32, 7×7),
 *   BatchNormalization, ReLU, MaxPool, Flatten, Dense(1, sigmoid); Adam, binary
 *   cross-entropy) on a batch of 32 images 64×64×3, against the same step in numpy float32
 *   (forward and backward by hand; it skips dx of the first layer, which tfjs-layers computes).
 *
 * The tfjs cpu backend is no usable baseline: at these sizes it took 70 s for the filter
 * gradient and 80 s for the train step (measured once, 2 cores, loaded).
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { stockKernel } from "../../packages/student-kit/src/check/wasm-kernel-kit.ts";
import { numpyRuns, numpyVersion } from "../numpy.ts";
import { on } from "../on-backend.ts";
import type { Row, Runs } from "../stats.ts";

function normal(rng: RandomState, shape: number[]): tf.Tensor {
  return tf.tensor(Float32Array.from(rng.randn(...shape)), shape);
}

function happyModel(): tf.LayersModel {
  const model = tf.sequential({
    layers: [
      tf.layers.zeroPadding2d({ inputShape: [64, 64, 3], padding: 3 }),
      tf.layers.conv2d({
        filters: 32,
        kernelSize: 7,
        strides: 1,
        kernelInitializer: tf.initializers.glorotUniform({ seed: 1 }),
      }),
      tf.layers.batchNormalization({ axis: 3 }),
      tf.layers.reLU(),
      tf.layers.maxPooling2d({ poolSize: 2 }),
      tf.layers.flatten(),
      tf.layers.dense({
        units: 1,
        activation: "sigmoid",
        kernelInitializer: tf.initializers.glorotUniform({ seed: 2 }),
      }),
    ],
  });
  model.compile({ optimizer: tf.train.adam(0.001), loss: "binaryCrossentropy" });
  return model;
}

export async function conv(runs: number): Promise<Row[]> {
  const conv = { strides: 1, pad: "valid", dataFormat: "NHWC", dimRoundingMode: undefined };
  const filterShape = [7, 7, 3, 32];
  const inputShape = [32, 70, 70, 3];
  const filterInputs = () => {
    const rng = new RandomState(1);
    return { x: normal(rng, inputShape), dy: normal(rng, [32, 64, 64, 32]) };
  };
  const runFilter = ({ x, dy }: { x: tf.Tensor; dy: tf.Tensor }) =>
    tf
      .engine()
      .runKernel("Conv2DBackpropFilter", { x, dy }, { ...conv, filterShape } as never) as tf.Tensor;
  const freeAll = (t: Record<string, tf.Tensor>) => tf.dispose(Object.values(t));
  const filterWasm = await on("wasm", runs, filterInputs, (i) => runFilter(i).dispose(), freeAll);

  const inputInputs = () => {
    const rng = new RandomState(2);
    return { dy: normal(rng, [32, 64, 64, 32]), filter: normal(rng, filterShape) };
  };
  const attrs = { ...conv, inputShape } as never;
  const inputOurs = await on(
    "wasm",
    runs,
    inputInputs,
    ({ dy, filter }) => {
      (tf.engine().runKernel("Conv2DBackpropInput", { dy, filter }, attrs) as tf.Tensor).dispose();
    },
    freeAll,
  );
  const stock = stockKernel("Conv2DBackpropInput");
  const inputStock = stock
    ? await on(
        "wasm",
        runs,
        inputInputs,
        ({ dy, filter }) => {
          const backend = tf.backend() as unknown as { disposeData(id: object): void };
          const out = stock.kernelFunc({
            inputs: { dy, filter } as never,
            attrs,
            backend: backend as never,
          }) as unknown as { dataId: object };
          backend.disposeData(out.dataId);
        },
        freeAll,
      )
    : undefined;

  const gatherInputs = () => {
    const rng = new RandomState(3);
    return {
      dy: normal(rng, [320, 50]),
      ids: tf.tensor1d(
        Int32Array.from({ length: 320 }, () => rng.randint(0, 2000)),
        "int32",
      ),
    };
  };
  const segment = ({ dy, ids }: { dy: tf.Tensor; ids: tf.Tensor1D }) =>
    tf.unsortedSegmentSum(dy, ids, 2000).dispose();
  const segmentWasm = await on("wasm", Math.max(runs, 10), gatherInputs, segment, freeAll);

  const stepInputs = () => {
    const rng = new RandomState(4);
    return {
      model: happyModel(),
      x: tf.tensor4d(Float32Array.from(rng.rand(32, 64, 64, 3)), [32, 64, 64, 3]),
      y: tf.tensor2d(
        Float32Array.from({ length: 32 }, (_, i) => i % 2),
        [32, 1],
      ),
    };
  };
  const step = ({ model, x, y }: { model: tf.LayersModel; x: tf.Tensor; y: tf.Tensor }) => {
    void model.trainOnBatch(x, y);
  };
  const freeStep = ({ model, x, y }: { model: tf.LayersModel; x: tf.Tensor; y: tf.Tensor }) => {
    tf.dispose([x, y]);
    model.dispose();
  };
  const stepWasm = await on("wasm", runs, stepInputs, step, freeStep);
  const numpy = numpyVersion()
    ? numpyRuns<{ filterGrad: Runs; segmentSum: Runs; happyStep: Runs }>("conv", "float32", runs)
    : undefined;
  const baseline = (label: string, runs?: Runs) =>
    runs ? { baseline: { label, runs } } : { baseline: { label }, skipped: "skipped (no numpy)" };

  return [
    {
      workload: "Conv2DBackpropFilter [32, 70, 70, 3] → 7×7×3×32 (tfjs wasm, added)",
      runs: filterWasm,
      ...baseline("numpy float32 (im2col)", numpy?.filterGrad),
    },
    {
      workload: "Conv2DBackpropInput same shapes (tfjs wasm, replaced)",
      runs: inputOurs,
      ...(inputStock ? { baseline: { label: "stock wasm kernel", runs: inputStock } } : {}),
    },
    {
      workload: "UnsortedSegmentSum 320 × 50 into 2000 rows (tfjs wasm, added)",
      runs: segmentWasm,
      ...baseline("numpy float32 (add.at)", numpy?.segmentSum),
    },
    {
      workload: "happyModel train step, batch 32 × 64×64×3 (tfjs wasm)",
      runs: stepWasm,
      ...baseline("numpy float32 (by hand)", numpy?.happyStep),
    },
  ];
}
