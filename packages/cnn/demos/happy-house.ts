/**
 * Assignment 02: trains your happyModel (or, with --solutions, the reference) on happy-house
 * faces and writes docs/happy-house.png: 24 unseen test faces framed green where the model
 * says "smiling" and grey where it says not, then its 32 learned first-layer 7×7 filters.
 *
 *   pnpm demo:happy-house [-- --solutions] [-- --size 32 --epochs 6]
 */
import { parseArgs } from "node:util";
import { useWasmBackend } from "@dlc/student-kit/check";
import { demoArgs } from "@dlc/student-kit/demo";
import { writeImagesPng } from "@dlc/student-kit/image";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import * as tf from "@tensorflow/tfjs";
import { calibrateBatchNorm, reseedKernels, standardize } from "../src/cnn-application.harness.ts";
import { happyHouse } from "../src/happy-house.ts";

function options() {
  try {
    return parseArgs({
      args: demoArgs(),
      options: {
        size: { type: "string", default: "32" },
        epochs: { type: "string", default: "6" },
        solutions: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`demo:happy-house: ${(error as Error).message}`);
    process.exit(2);
  }
}
const values = options();
const [size, epochs] = [Number(values.size), Number(values.epochs)];
if (!(Number.isInteger(size) && size >= 8 && Number.isInteger(epochs) && epochs > 0)) {
  console.error("demo:happy-house: --size must be an integer ≥ 8 and --epochs a positive integer");
  process.exit(2);
}

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const { happyModel } = await importTarget<{
  happyModel: (shape: [number, number, number]) => tf.LayersModel;
}>(root, "02-cnn-application/happy-model.ts");
const { train, test } = happyHouse({ size, mTrain: 256, mTest: 64, seed: 1 });
const model = happyModel([size, size, 3]);
reseedKernels(model, 1);
model.compile({ optimizer: tf.train.adam(0.001), loss: "binaryCrossentropy" });
const [x, xTest] = standardize(train.images, test.images);
const t0 = performance.now();
await model.fit(x, train.labels.cast("float32").reshape([-1, 1]), {
  epochs,
  batchSize: 16,
  verbose: 0,
});
calibrateBatchNorm(model, x);
const seconds = (performance.now() - t0) / 1000;
const smiling = (model.predict(xTest) as tf.Tensor).reshape([-1]).greater(0.5).cast("int32");
const accuracy = smiling.equal(test.labels).cast("float32").mean().arraySync() as number;

/** A face in a 2-pixel frame: green if predicted smiling, grey if not. */
function framed(i: number): tf.Tensor3D {
  const face = test.images.slice([i], [1]).squeeze([0]) as tf.Tensor3D;
  const colour = smiling.arraySync() as number[];
  const frame = colour[i] ? [0.1, 0.8, 0.2] : [0.55, 0.55, 0.55];
  return face
    .pad([
      [2, 2],
      [2, 2],
      [0, 0],
    ])
    .add(
      tf
        .ones([size, size, 1])
        .pad([
          [2, 2],
          [2, 2],
          [0, 0],
        ])
        .sub(1)
        .neg()
        .mul(tf.tensor1d(frame)),
    ) as tf.Tensor3D;
}
const row = (from: number) =>
  tf.concat(
    Array.from({ length: 8 }, (_, k) => framed(from + k)),
    1,
  );
const faces = tf.concat([row(0), row(8), row(16)], 0);

// the first convolution's kernel [7, 7, 3, 32]: each filter scaled to [0, 1] and enlarged to a face tile
const kernel = model.layers.find((l) => l.getClassName() === "Conv2D")!.getWeights()[0]!;
const filters = tf.unstack(kernel, 3).map((f) => {
  const scaled = f.sub(f.min()).div(f.max().sub(f.min()).add(1e-8));
  return tf.image.resizeNearestNeighbor(scaled as tf.Tensor3D, [size + 2, size + 2]).pad(
    [
      [1, 1],
      [1, 1],
      [0, 0],
    ],
    1,
  );
});
const filterGrid = tf.concat(
  [0, 1, 2, 3].map((r) => tf.concat(filters.slice(8 * r, 8 * r + 8), 1)),
  0,
);
const path = `${root}docs/happy-house.png`;
// faces above, filters below (the same width), a white gap between
writeImagesPng(path, [tf.concat([faces, tf.ones([6, faces.shape[1]!, 3]), filterGrid], 0)]);
console.log(
  `happyModel (${scriptTarget()}) at ${size}×${size}, ${epochs} epochs on 256 faces in ${seconds.toFixed(1)} s: ` +
    `${(100 * accuracy).toFixed(1)} % of 64 unseen faces right; faces (green: smiling) and first-layer filters written to ${path}`,
);
