/**
 * Assignment 08's decision, measured: on the X-ray task of src/end-to-end-data.ts, the
 * pipeline (the given ruler, then trainPipeline's classifier of the two lengths, predicted
 * with predictPipeline) against the end-to-end model (trainEndToEnd, one logistic unit on the
 * 40 pixels). For each training size (20, 100 and 1000 images, or the sizes given on the
 * command line) it prints the accuracy on 2000 held-out images for the world of seed 1, and
 * the mean (min–max) over the worlds of seeds 1 to 10: the table of the assignment's README.
 * Both learners use their defaults (α = 0.1, 500 steps).
 * Runs your functions (exercises/) or, with --solutions, the reference.
 */
import { accuracy, useWasmBackend } from "@dlc/student-kit/check";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import * as tf from "@tensorflow/tfjs";
import {
  type BoneRuler,
  type LogisticModel,
  type Pipeline,
  xrayTasks,
} from "../src/end-to-end-data.ts";

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const { trainEndToEnd } = await importTarget<{
  trainEndToEnd: (
    X: tf.Tensor,
    Y: tf.Tensor,
    learningRate?: number,
    numIterations?: number,
  ) => { model: LogisticModel; costs: number[] };
}>(root, "08-end-to-end/train-end-to-end.ts");
const { trainPipeline } = await importTarget<{
  trainPipeline: (
    X: tf.Tensor,
    Y: tf.Tensor,
    ruler: BoneRuler,
    learningRate?: number,
    numIterations?: number,
  ) => { pipeline: Pipeline; costs: number[] };
}>(root, "08-end-to-end/train-pipeline.ts");
const { predictPipeline } = await importTarget<{
  predictPipeline: (pipeline: Pipeline, X: tf.Tensor) => tf.Tensor;
}>(root, "08-end-to-end/predict-pipeline.ts");

const sizes = process.argv
  .slice(2)
  .filter((a) => /^\d+$/.test(a))
  .map(Number);
const trainSizes = sizes.length ? sizes : [20, 100, 1000];
const SEEDS = Array.from({ length: 10 }, (_, i) => i + 1);
const M_TEST = 2000;
const seconds = (t0: number) => ((performance.now() - t0) / 1000).toFixed(1);
const pct = (x: number) => (100 * x).toFixed(1);

// fail fast, before drawing any world, while a function is still a stub (the demo runner names it)
{
  const X = tf.tensor2d([
    [1, -1],
    [0.5, 2],
  ]);
  const Y = tf.tensor2d([[1, 0]]);
  const ruler = { W: tf.eye(2), b: tf.zeros([2, 1]) };
  trainEndToEnd(X, Y, 0.1, 1);
  const { pipeline } = trainPipeline(X, Y, ruler, 0.1, 1);
  predictPipeline(pipeline, X);
}

/** Held-out accuracy of both models trained on mTrain images of the world of that seed. */
function measure(mTrain: number, seed: number): { pipeline: number; endToEnd: number } {
  const { ruler, train, test } = xrayTasks({ mTrain, mTest: M_TEST, seed });
  const { pipeline } = trainPipeline(train.X, train.Y, ruler);
  const pipelinePredictions = predictPipeline(pipeline, test.X);
  const pipelineAccuracy = accuracy(pipelinePredictions, test.Y);
  const { model } = trainEndToEnd(train.X, train.Y);
  const endToEndPredictions = tf.tidy(() =>
    tf.sigmoid(model.W.matMul(test.X).add(model.b)).greater(0.5).cast("float32"),
  );
  const endToEndAccuracy = accuracy(endToEndPredictions, test.Y);
  tf.dispose([
    ruler.W,
    ruler.b,
    train.X,
    train.Y,
    test.X,
    test.Y,
    pipeline.classifier.W,
    pipeline.classifier.b,
    pipelinePredictions,
    model.W,
    model.b,
    endToEndPredictions,
  ]);
  return { pipeline: pipelineAccuracy, endToEnd: endToEndAccuracy };
}

/** "84.9 % (mean 83.6 %, 79.9–85.5)": the seed-1 world, then the mean and range over SEEDS. */
function cell(bySeed: number[]): string {
  const mean = bySeed.reduce((s, x) => s + x, 0) / bySeed.length;
  const [min, max] = [Math.min(...bySeed), Math.max(...bySeed)];
  return `${pct(bySeed[0]!)} % (mean ${pct(mean)} %, ${pct(min)}–${pct(max)})`;
}

const start = performance.now();
const rows: string[][] = [];
for (const mTrain of trainSizes) {
  const t0 = performance.now();
  const results = SEEDS.map((seed) => measure(mTrain, seed));
  rows.push([
    `${mTrain}`,
    cell(results.map((r) => r.pipeline)),
    cell(results.map((r) => r.endToEnd)),
  ]);
  console.log(`${mTrain} training images, ${SEEDS.length} worlds: ${seconds(t0)} s`);
}

const header = ["training images", "pipeline (ruler + classifier)", "end-to-end (40 pixels → age)"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
const line = (r: string[]) => `| ${r.map((c, i) => c.padStart(widths[i]!)).join(" | ")} |`;
console.log(
  `\naccuracy on ${M_TEST} held-out images, the world of seed 1 (mean over seeds ` +
    `${SEEDS[0]}–${SEEDS.at(-1)}, min–max), α = 0.1, 500 steps (${scriptTarget()}):`,
);
console.log(line(header));
console.log(`| ${widths.map((w) => `${"-".repeat(w - 1)}:`).join(" | ")} |`);
for (const r of rows) console.log(line(r));
console.log(`\n${seconds(start)} s in all`);
