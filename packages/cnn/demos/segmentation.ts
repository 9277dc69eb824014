/**
 * Assignment 06: trains your unetModel (or, with --solutions, the reference) on street scenes
 * and writes out/segmentation.png: for four unseen scenes, image | true mask | predicted mask.
 *
 *   pnpm demo:segmentation [-- --solutions] [-- --filters 8 --epochs 20]
 */
import { parseArgs } from "node:util";
import { useWasmBackend } from "@dlc/student-kit/check";
import { demoArgs } from "@dlc/student-kit/demo";
import { writeImagesPng } from "@dlc/student-kit/image";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import * as tf from "@tensorflow/tfjs";
import { trainAndSegment } from "../src/segmentation.harness.ts";
import { colourMask, streetScenes } from "../src/street-scenes.ts";

function options() {
  try {
    return parseArgs({
      args: demoArgs(),
      options: {
        filters: { type: "string", default: "8" },
        epochs: { type: "string", default: "20" },
        solutions: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`demo:segmentation: ${(error as Error).message}`);
    process.exit(2);
  }
}
const values = options();
const [filters, epochs] = [Number(values.filters), Number(values.epochs)];
if (!(Number.isInteger(filters) && filters > 0 && Number.isInteger(epochs) && epochs > 0)) {
  console.error("demo:segmentation: --filters and --epochs must be positive integers");
  process.exit(2);
}

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const { unetModel } = await importTarget<{ unetModel: (...a: never[]) => tf.LayersModel }>(
  root,
  "06-image-segmentation/unet-model.ts",
);
const train = streetScenes(96, 32, 48, 1);
const test = streetScenes(16, 32, 48, 2);
const t0 = performance.now();
const predicted = await trainAndSegment(
  unetModel,
  train.images,
  train.masks,
  test.images,
  filters,
  5,
  epochs,
);
const seconds = (performance.now() - t0) / 1000;
const truth = test.masks.squeeze([3]);
const accuracy = predicted.equal(truth).cast("float32").mean().arraySync() as number;
const rows = [0, 1, 2, 3].map((i) =>
  tf.concat(
    [
      test.images.slice([i], [1]).squeeze([0]),
      tf.ones([32, 2, 3]),
      colourMask(truth.slice([i], [1]).squeeze([0])),
      tf.ones([32, 2, 3]),
      colourMask(predicted.slice([i], [1]).squeeze([0])),
    ],
    1,
  ),
);
const path = `${root}out/segmentation.png`;
writeImagesPng(path, [
  tf.concat(
    rows.flatMap((r, i) => (i ? [tf.ones([2, r.shape[1]!, 3]), r] : [r])),
    0,
  ),
]);
console.log(
  `U-Net (${scriptTarget()}), ${filters} filters, ${epochs} epochs on 96 scenes in ${seconds.toFixed(1)} s: ` +
    `${(100 * accuracy).toFixed(1)} % of the pixels of 16 unseen scenes right; image | truth | prediction written to ${path}`,
);
