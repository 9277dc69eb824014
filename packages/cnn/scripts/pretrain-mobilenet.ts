/**
 * Pretrains TinyMobileNet on the source task (src/shape-textures.ts) from a seed and writes
 * weights/tiny-mobilenet.bin (float32: the base's weights in getWeights() order, then the top's Dense
 * kernel and bias) and weights/tiny-mobilenet.json
 * (sha256, seed, held-out source accuracy, shapes). Deterministic on single-thread wasm:
 * rerun it and the sha256 comes out the same.
 *
 *   pnpm pretrain-mobilenet
 *   OUT_DIR=/tmp/x TRAIN=300 EPOCHS=1 pnpm pretrain-mobilenet   # elsewhere, smaller (to compare hashes)
 */
import { createHash } from "node:crypto";
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { useWasmBackend } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { MANIFEST_URL, WEIGHTS_URL } from "../src/pretrained.ts";
import { shapeTextures } from "../src/shape-textures.ts";
import { tinyMobileNet, withTop } from "../src/tiny-mobilenet.ts";

const SEED = 2026;
const SIZE = 32;
const TRAIN = Number(process.env.TRAIN ?? 3000);
const EPOCHS = Number(process.env.EPOCHS ?? 10);
const OUT = process.env.OUT_DIR;
const weightsFile = OUT ? join(OUT, "tiny-mobilenet.bin") : fileURLToPath(WEIGHTS_URL);
const manifestFile = OUT ? join(OUT, "tiny-mobilenet.json") : fileURLToPath(MANIFEST_URL);

await useWasmBackend();
const start = Date.now();
const base = tinyMobileNet([SIZE, SIZE, 3]);
const model = withTop(base, 10);
// every weight (the base's and the top's) from SEED: He normal kernels, zero biases
model.setWeights(
  model.getWeights().map((w, i) => {
    if (w.shape.length === 1) return tf.zerosLike(w);
    const depthwise = w.shape.length === 4 && w.shape[3] === 1;
    const fanIn = depthwise ? 9 : w.shape.slice(0, -1).reduce((a, b) => a * b, 1);
    return tf.randomNormal(w.shape, 0, Math.sqrt(2 / fanIn), "float32", SEED + i);
  }),
);
const preprocess = (x: tf.Tensor) => tf.tidy(() => x.div(127.5).sub(1));
const train = shapeTextures(TRAIN, SIZE, SEED);
const test = shapeTextures(500, SIZE, SEED + 1);
const xTrain = preprocess(train.images);
const yTrain = tf.oneHot(train.labels, 10).cast("float32");
model.compile({
  optimizer: tf.train.adam(0.003),
  loss: "categoricalCrossentropy",
  metrics: ["accuracy"],
});
for (let epoch = 0; epoch < EPOCHS; epoch++) {
  const h = await model.fit(xTrain, yTrain, {
    epochs: 1,
    batchSize: 32,
    shuffle: false,
    verbose: 0,
  });
  console.log(
    `epoch ${epoch + 1}: loss ${(h.history.loss![0] as number).toFixed(3)} (${((Date.now() - start) / 1000).toFixed(0)} s)`,
  );
}
const predicted = tf.tidy(() => (model.predict(preprocess(test.images)) as tf.Tensor).argMax(1));
const accuracy = predicted.equal(test.labels).cast("float32").mean().dataSync()[0]!;
const weights = base.getWeights();
const top = model.layers.at(-1)!.getWeights();
const values = new Float32Array([...weights, ...top].reduce((n, w) => n + w.size, 0));
let offset = 0;
for (const w of [...weights, ...top]) {
  values.set(w.dataSync(), offset);
  offset += w.size;
}
const bytes = Buffer.from(values.buffer);
mkdirSync(dirname(weightsFile), { recursive: true });
writeFileSync(weightsFile, bytes);
const manifest = {
  sha256: createHash("sha256").update(bytes).digest("hex"),
  seed: SEED,
  sourceAccuracy: Math.round(accuracy * 1000) / 1000,
  sourceImageSize: SIZE,
  trainImages: TRAIN,
  epochs: EPOCHS,
  shapes: weights.map((w) => w.shape),
  topShapes: top.map((w) => w.shape),
};
writeFileSync(manifestFile, `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `${values.length} values, ${bytes.length} bytes, source accuracy ${accuracy.toFixed(3)}, ${((Date.now() - start) / 1000).toFixed(0)} s`,
);
