/**
 * Assignment 03 on the flower: trains nnModel (n_h = 4, 10000 iterations, as the notebook),
 * prints the accuracy and the cost every 1000 iterations, and writes the decision boundary to
 * out/ (nnModel returns only the parameters, as the notebook's does).
 * Runs your code (exercises/) or, with --solutions, the reference.
 */

import { accuracy, useWasmBackend } from "@dlc/student-kit/check";
import { writeDecisionBoundary } from "@dlc/student-kit/plot";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import type * as tf from "@tensorflow/tfjs";
import { loadPlanarDataset } from "../src/planar-data.ts";
import type { Parameters } from "../src/types.ts";

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const dir = "03-planar-classification";
const { nnModel } = await importTarget<{
  nnModel: (X: tf.Tensor, Y: tf.Tensor, nH: number, n?: number, print?: boolean) => Parameters;
}>(root, `${dir}/nn-model.ts`);
const { predict } = await importTarget<{ predict: (p: Parameters, X: tf.Tensor) => tf.Tensor }>(
  root,
  `${dir}/predict.ts`,
);

const { X, Y } = loadPlanarDataset();
const t0 = performance.now();
const parameters = nnModel(X, Y, 4, 10000, true);
const seconds = (performance.now() - t0) / 1000;
console.log(
  `planar flower, n_h = 4 (${scriptTarget()}): accuracy ${(100 * accuracy(predict(parameters, X), Y)).toFixed(1)} %, 10000 iterations in ${seconds.toFixed(1)} s`,
);
writeDecisionBoundary(
  `${root}out/planar-decision-boundary.svg`,
  (P) => predict(parameters, P),
  X,
  Y,
  {
    title: `Planar flower, one hidden layer of 4 units: accuracy ${(100 * accuracy(predict(parameters, X), Y)).toFixed(1)} %`,
    classes: ["red", "blue"],
  },
);
console.log(`decision boundary written to ${root}out/planar-decision-boundary.svg`);
