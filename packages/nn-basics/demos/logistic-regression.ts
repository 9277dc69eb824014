/**
 * Assignment 02 on the cat stand-in: logistic regression (2000 iterations, learning rate
 * 0.005 as the notebook), train/test accuracy, cost curve in out/. Runs your code
 * (exercises/) or, with --solutions, the reference.
 */

import { useWasmBackend } from "@dlc/grader/check";
import { importTarget, scriptTarget } from "@dlc/grader/target";
import type * as tf from "@tensorflow/tfjs";
import { accuracy } from "../src/accuracy.ts";
import { flattenImages, loadDataset } from "../src/cat-data.ts";
import { writeCostCurve } from "../src/plot.ts";

interface LogisticModel {
  costs: number[];
  YPredictionTest: tf.Tensor;
  YPredictionTrain: tf.Tensor;
}

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const { model } = await importTarget<{
  model: (
    a: tf.Tensor,
    b: tf.Tensor,
    c: tf.Tensor,
    d: tf.Tensor,
    n?: number,
    lr?: number,
    p?: boolean,
  ) => LogisticModel;
}>(root, "02-logistic-regression/model.ts");
const data = loadDataset();
const trainX = flattenImages(data.trainX);
const testX = flattenImages(data.testX);
const t0 = performance.now();
const d = model(trainX, data.trainY, testX, data.testY, 2000, 0.005, true);
console.log(
  `logistic regression (${scriptTarget()}): train accuracy ${accuracy(d.YPredictionTrain, data.trainY).toFixed(3)}, test accuracy ${accuracy(d.YPredictionTest, data.testY).toFixed(3)}, ${((performance.now() - t0) / 1000).toFixed(1)} s`,
);
writeCostCurve(`${root}out/logistic-regression-cost.svg`, d.costs, {
  title: "Logistic regression, learning rate 0.005",
});
