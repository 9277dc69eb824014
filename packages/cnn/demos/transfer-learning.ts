/**
 * Assignment 04: writes out/transfer-learning.png (four alpaca pictures, then three rows of what
 * your dataAugmenter makes of them while training), then trains your alpacaModel's head on the
 * frozen TinyMobileNet, fine-tunes it with your fineTune, and prints both accuracies on unseen
 * pictures (with --solutions, the reference's).
 *
 *   pnpm demo:transfer-learning [-- --solutions] [-- --epochs 8 --size 32]
 */
import { parseArgs } from "node:util";
import { useWasmBackend } from "@dlc/student-kit/check";
import { demoArgs } from "@dlc/student-kit/demo";
import { writeImagesPng } from "@dlc/student-kit/image";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import * as tf from "@tensorflow/tfjs";
import { alpacas } from "../src/alpacas.ts";
import { applyFineTune, type FineTuneSetup } from "../src/fine-tuning.ts";
import { binaryCrossentropyFromLogits } from "../src/logit-loss.ts";
import { loadTinyMobileNet } from "../src/pretrained.ts";

function options() {
  try {
    return parseArgs({
      args: demoArgs(),
      options: {
        epochs: { type: "string", default: "8" },
        size: { type: "string", default: "32" },
        solutions: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`demo:transfer-learning: ${(error as Error).message}`);
    process.exit(2);
  }
}
const values = options();
const [epochs, size] = [Number(values.epochs), Number(values.size)];
if (
  !(Number.isInteger(epochs) && epochs > 0 && Number.isInteger(size) && size >= 8 && size % 8 === 0)
) {
  console.error(
    "demo:transfer-learning: --epochs must be a positive integer, --size a multiple of 8",
  );
  process.exit(2);
}

type Shape = [number, number, number];
await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const load = <T>(module: string) => importTarget<T>(root, `04-transfer-learning/${module}`);
const { dataAugmenter } = await load<{ dataAugmenter: (s?: Shape) => tf.Sequential }>(
  "data-augmenter.ts",
);
const { alpacaModel } = await load<{
  alpacaModel: (s: Shape, a: tf.LayersModel, b: tf.LayersModel) => tf.LayersModel;
}>("alpaca-model.ts");
const { fineTune } = await load<{
  fineTune: (m: tf.LayersModel, at?: number, lr?: number) => FineTuneSetup;
}>("fine-tune.ts");

// the picture grid, at 64×64
const pictures = alpacas(4, 64, 7);
const augmenter = dataAugmenter([64, 64, 3]);
const rows = [
  pictures.images,
  ...[1, 2, 3].map(() => augmenter.apply(pictures.images, { training: true }) as tf.Tensor),
];
const grid = tf.tidy(() =>
  tf.concat(
    rows.map((r) =>
      tf.concat(
        tf.unstack(r.div(255)).flatMap((im, i) => (i ? [tf.ones([64, 2, 3]), im] : [im])),
        1,
      ),
    ),
    0,
  ),
);
const path = `${root}out/transfer-learning.png`;
writeImagesPng(path, [grid]);

const shape: Shape = [size, size, 3];
const train = alpacas(256, size, 1);
const test = alpacas(128, size, 2);
const accuracy = (model: tf.LayersModel) =>
  tf.tidy(
    () =>
      (model.predict(test.images) as tf.Tensor)
        .greater(0)
        .cast("float32")
        .equal(test.labels)
        .mean()
        .dataSync()[0]!,
  );
const baseLearningRate = 0.01;
const model = alpacaModel(shape, dataAugmenter(shape), loadTinyMobileNet(shape));
model.compile({ optimizer: tf.train.adam(baseLearningRate), loss: binaryCrossentropyFromLogits });
let t0 = performance.now();
await model.fit(train.images, train.labels, { epochs, batchSize: 32, verbose: 0 });
const headSeconds = (performance.now() - t0) / 1000;
const headAccuracy = accuracy(model);
applyFineTune(model, fineTune(model, 12, baseLearningRate));
t0 = performance.now();
await model.fit(train.images, train.labels, { epochs, batchSize: 32, verbose: 0 });
const fineSeconds = (performance.now() - t0) / 1000;
console.log(
  `alpacaModel (${scriptTarget()}) at ${size}×${size}, 256 training pictures, 128 unseen:\n` +
    `  head on the frozen base, ${epochs} epochs: ${(100 * headAccuracy).toFixed(1)} % (${headSeconds.toFixed(1)} s)\n` +
    `  fine-tuned from layer 12, ${epochs} more epochs: ${(100 * accuracy(model)).toFixed(1)} % (${fineSeconds.toFixed(1)} s)\n` +
    `augmented pictures written to ${path}`,
);
