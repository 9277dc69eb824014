/**
 * Assignment 02 on the cat stand-in: logistic regression (2000 iterations, learning rate
 * 0.005 as the notebook), train/test accuracy, cost curve in out/. Runs your code
 * (exercises/) or, with --solutions, the reference:
 *
 *   pnpm demo:logistic                  # your model
 *   pnpm demo:logistic -- --solutions   # the reference
 */

import { accuracy, useWasmBackend } from "@dlc/student-kit/check";
import { writeCostCurve } from "@dlc/student-kit/plot";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import { flattenImages, loadDataset } from "../src/cat-data.ts";

type ModelModule = typeof import("../exercises/02-logistic-regression/model.ts");

const NUM_ITERATIONS = 2000;
const LEARNING_RATE = 0.005;

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const target = scriptTarget();
const { model } = await importTarget<ModelModule>(root, "02-logistic-regression/model.ts");

const data = loadDataset();
const trainX = flattenImages(data.trainX);
const testX = flattenImages(data.testX);
const [nX, mTrain] = trainX.shape;
const catsTest = data.testY.sum().dataSync()[0]!;
console.log(
  `cat stand-in: ${mTrain} training and ${testX.shape[1]} test images of ${nX} values; ` +
    `${catsTest} of ${testX.shape[1]} test images are cats`,
);

const t0 = performance.now();
const d = model(trainX, data.trainY, testX, data.testY, NUM_ITERATIONS, LEARNING_RATE, true);
const seconds = (performance.now() - t0) / 1000;

const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
console.log(
  `logistic regression (${target}): train accuracy ${percent(accuracy(d.YPredictionTrain, data.trainY))}, ` +
    `test accuracy ${percent(accuracy(d.YPredictionTest, data.testY))} ` +
    `(always answering "non-cat" scores ${percent(1 - catsTest / testX.shape[1]!)}), ` +
    `${NUM_ITERATIONS} iterations in ${seconds.toFixed(1)} s`,
);
const file = `${root}out/logistic-regression-cost.svg`;
writeCostCurve(file, d.costs, {
  title: `Logistic regression on the cat stand-in, learning rate ${LEARNING_RATE}`,
  every: 100,
  iterations: NUM_ITERATIONS,
});
console.log(`cost curve written to ${file}`);
