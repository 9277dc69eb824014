/**
 * Assignment 05's training runs on the cat stand-in: the 2-layer model [12288, 7, 1] and
 * the 4-layer model [12288, 20, 7, 5, 1], each 2500 iterations at learning rate 0.0075.
 * Runs your code (exercises/) or, with --solutions, the reference. Writes the cost curves
 * to out/. `--iterations N` shortens the runs.
 */

import { accuracy, useWasmBackend } from "@dlc/student-kit/check";
import { writeCostCurve } from "@dlc/student-kit/plot";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import type * as tf from "@tensorflow/tfjs";
import { flattenImages, loadDataset } from "../src/cat-data.ts";
import type { Parameters } from "../src/types.ts";

type Model = (
  X: tf.Tensor,
  Y: tf.Tensor,
  dims: number[],
  lr?: number,
  n?: number,
  print?: boolean,
) => { parameters: Parameters; costs: number[] };

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const at = process.argv.indexOf("--iterations");
const iterations = at > 0 ? Number(process.argv[at + 1]) : 2500;
const { twoLayerModel } = await importTarget<{ twoLayerModel: Model }>(
  root,
  "05-deep-nn-application/two-layer-model.ts",
);
const { lLayerModel } = await importTarget<{ lLayerModel: Model }>(
  root,
  "05-deep-nn-application/l-layer-model.ts",
);
// predictions through your own L_model_forward (assignment 04), or the reference's with --solutions
const { lModelForward } = await importTarget<{
  lModelForward: (X: tf.Tensor, parameters: Parameters) => { AL: tf.Tensor };
}>(root, "04-deep-nn-step-by-step/l-model-forward.ts");

const data = loadDataset();
const trainX = flattenImages(data.trainX);
const testX = flattenImages(data.testX);
console.log(
  `cat stand-in: ${trainX.shape[1]} training and ${testX.shape[1]} test images, ${trainX.shape[0]} features (${scriptTarget()})`,
);

const predict = (parameters: Parameters, X: tf.Tensor) =>
  lModelForward(X, parameters).AL.greater(0.5).cast("float32");
for (const [name, model, dims] of [
  ["two-layer", twoLayerModel, [12288, 7, 1]],
  ["l-layer", lLayerModel, [12288, 20, 7, 5, 1]],
] as const) {
  const t0 = performance.now();
  const { parameters, costs } = model(trainX, data.trainY, [...dims], 0.0075, iterations, true);
  const seconds = (performance.now() - t0) / 1000;
  const train = accuracy(predict(parameters, trainX), data.trainY);
  const test = accuracy(predict(parameters, testX), data.testY);
  console.log(
    `${name} [${dims.join(", ")}]: train accuracy ${train.toFixed(3)}, test accuracy ${test.toFixed(3)}, ${iterations} iterations in ${seconds.toFixed(1)} s`,
  );
  writeCostCurve(`${root}out/${name}-cost.svg`, costs, {
    title: `${name} model [${dims.join(", ")}] on the cat stand-in, learning rate 0.0075`,
    every: 100,
    iterations,
  });
}
console.log(`cost curves written to ${root}out/`);
