/**
 * Assignment 07: builds one training example with your createTrainingExample (or, with
 * --solutions, the reference) from the generated clips and writes docs/trigger-word.png: the
 * spectrogram (low frequencies at the bottom; "activate"s are the rising chirps, other words
 * the falling chirps and paired tones) above a strip that is red where the labels y are 1.
 *
 *   pnpm demo:trigger-word [-- --solutions] [-- --seed 18 --tx 1100]
 */
import { parseArgs } from "node:util";
import { useWasmBackend } from "@dlc/student-kit/check";
import { demoArgs } from "@dlc/student-kit/demo";
import { writeImagesPng } from "@dlc/student-kit/image";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import * as tf from "@tensorflow/tfjs";
import { NOTEBOOK_N_FREQ, type Sound, triggerClips } from "../src/trigger-audio.ts";

function options() {
  try {
    return parseArgs({
      args: demoArgs(),
      options: {
        seed: { type: "string", default: "18" },
        tx: { type: "string", default: "1100" },
        solutions: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`demo:trigger-word: ${(error as Error).message}`);
    process.exit(2);
  }
}
const values = options();
const [seed, tx] = [Number(values.seed), Number(values.tx)];
if (!(Number.isInteger(seed) && seed >= 0 && Number.isInteger(tx) && tx >= 100)) {
  console.error("demo:trigger-word: --seed must be an integer ≥ 0 and --tx an integer ≥ 100");
  process.exit(2);
}

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
type Create = (
  background: Sound,
  activates: Sound[],
  negatives: Sound[],
  ty: number,
  seed: number,
) => { x: tf.Tensor2D; y: tf.Tensor2D };
const { createTrainingExample } = await importTarget<{ createTrainingExample: Create }>(
  root,
  "07-trigger-word-detection/create-training-example.ts",
);
const { backgrounds, activates, negatives } = triggerClips({ nFreq: NOTEBOOK_N_FREQ, tx });
const ty = Math.floor((tx - 15) / 4) + 1; // the model's output length for this Tx
const { x, y } = createTrainingExample(backgrounds[0]!, activates, negatives, ty, seed);
const picture = tf.tidy(() => {
  // log power, scaled to [0, 1], low frequencies at the bottom
  const db = x.add(1e-6).log();
  const [lo, hi] = [db.min(), db.max()];
  const grey = db.sub(lo).div(hi.sub(lo)).reverse(0).expandDims(2).tile([1, 1, 3]);
  // each label step spans tx / ty columns
  const labels = tf.image
    .resizeNearestNeighbor(y.reshape([1, 1, ty, 1]) as tf.Tensor4D, [1, tx])
    .reshape([1, tx, 1]);
  const red = tf.concat([tf.onesLike(labels), labels.neg().add(1), labels.neg().add(1)], 2);
  return tf.concat([grey, tf.ones([3, tx, 3]), red.tile([12, 1, 1])], 0);
});
const path = `${root}docs/trigger-word.png`;
writeImagesPng(path, [picture]);
const ones = y.sum().arraySync() as number;
console.log(
  `createTrainingExample (${scriptTarget()}), seed ${seed}: x [${x.shape}], y [${y.shape}] with ${ones} ones ` +
    `(${Math.round(ones / 50)} activate${Math.round(ones / 50) === 1 ? "" : "s"} labelled); spectrogram and labels written to ${path}`,
);
