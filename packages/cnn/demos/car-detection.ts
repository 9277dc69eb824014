/**
 * Assignment 05: runs your yoloEval (or, with --solutions, the reference) on generated street
 * scenes. Writes out/car-detection.png (one scene with the detected boxes, class names and
 * scores) and prints precision, recall and mean IoU against the scenes' truth at the
 * notebook's thresholds and a few others.
 *
 *   pnpm demo:car-detection [-- --solutions] [-- --scenes 100 --seed 7]
 */

import { mkdirSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { useWasmBackend } from "@dlc/student-kit/check";
import { demoArgs } from "@dlc/student-kit/demo";
import { encodePng } from "@dlc/student-kit/image";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import * as tf from "@tensorflow/tfjs";
import { COCO_CLASSES } from "../src/coco-classes.ts";
import { type YoloOutputs, yoloHead } from "../src/yolo.ts";
import { drawDetections, drawScene } from "../src/yolo-pictures.ts";
import { type Detections, matchDetections, yoloScene } from "../src/yolo-scenes.ts";

type YoloEval = (
  outputs: YoloOutputs,
  imageShape?: readonly [number, number],
  maxBoxes?: number,
  scoreThreshold?: number,
  iouThreshold?: number,
) => Promise<{ scores: tf.Tensor; boxes: tf.Tensor; classes: tf.Tensor }>;

function options() {
  try {
    return parseArgs({
      args: demoArgs(),
      options: {
        scenes: { type: "string", default: "100" },
        seed: { type: "string", default: "7" },
        solutions: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`demo:car-detection: ${(error as Error).message}`);
    process.exit(2);
  }
}
const values = options();
const [scenes, seed] = [Number(values.scenes), Number(values.seed)];
if (!(Number.isInteger(scenes) && scenes > 0 && Number.isInteger(seed) && seed >= 0)) {
  console.error(
    "demo:car-detection: --scenes must be a positive integer and --seed a natural number",
  );
  process.exit(2);
}

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const { yoloEval } = await importTarget<{ yoloEval: YoloEval }>(
  root,
  "05-car-detection/yolo-eval.ts",
);

/** the detections as plain numbers */
async function detect(outputs: YoloOutputs, imageShape: [number, number], ...rest: number[]) {
  const { scores, boxes, classes } = await yoloEval(outputs, imageShape, ...rest);
  const found: Detections = {
    scores: Array.from(scores.dataSync()),
    boxes: boxes.arraySync() as number[][],
    classes: Array.from(classes.dataSync()),
  };
  tf.dispose([scores, boxes, classes]);
  return found;
}

// the picture
const scene = yoloScene(seed, 6);
const outputs = yoloHead(scene.features);
const found = await detect(outputs, scene.imageShape);
const picture = drawScene(scene, seed);
drawDetections(picture, found);
mkdirSync(`${root}out`, { recursive: true });
const path = `${root}out/car-detection.png`;
writeFileSync(path, encodePng(picture.pixels, picture.width, picture.height));
for (const [i, c] of found.classes.entries())
  console.log(
    `  ${COCO_CLASSES[c]} ${found.scores[i]!.toFixed(2)} at [${found.boxes[i]!.map(Math.round).join(", ")}]`,
  );

// the figures: N scenes of 3 to 7 objects, at the notebook's thresholds and others
const settings: [number, number, string][] = [
  [0.6, 0.5, "the notebook's"],
  [0.3, 0.5, "score threshold 0.3: unsure boxes come in"],
  [0.6, 0.95, "IoU threshold 0.95: duplicates survive"],
  [0.97, 0.5, "score threshold 0.97: sure objects only"],
];
const t0 = performance.now();
const rows: string[] = [];
let objects = 0;
for (const [scoreThreshold, iouThreshold, what] of settings) {
  let [tp, fp, missed, iouSum] = [0, 0, 0, 0];
  for (let s = 0; s < scenes; s++) {
    const sc = yoloScene(1000 + s, 3 + (s % 5));
    const head = yoloHead(sc.features);
    const m = matchDetections(
      sc.truth,
      await detect(head, sc.imageShape, 10, scoreThreshold, iouThreshold),
    );
    tf.dispose([...head, sc.features]);
    [tp, fp, missed, iouSum] = [
      tp + m.truePositives,
      fp + m.falsePositives,
      missed + m.missed,
      iouSum + m.meanIou * m.truePositives,
    ];
  }
  objects = tp + missed;
  rows.push(
    `  score ≥ ${scoreThreshold}, IoU ≤ ${iouThreshold}: precision ${((100 * tp) / Math.max(1, tp + fp)).toFixed(1)} %, ` +
      `recall ${((100 * tp) / Math.max(1, tp + missed)).toFixed(1)} %, mean IoU ${(iouSum / Math.max(tp, 1)).toFixed(3)} (${what})`,
  );
}
const ms = (performance.now() - t0) / (scenes * settings.length);

console.log(
  `yoloEval (${scriptTarget()}) on ${scenes} generated scenes (${objects} objects), ${ms.toFixed(0)} ms a scene:`,
);
for (const row of rows) console.log(row);
console.log(`scene ${seed} with its ${found.scores.length} detections written to ${path}`);
