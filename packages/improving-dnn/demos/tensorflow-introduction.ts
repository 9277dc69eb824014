/**
 * Assignment 06 on the SIGNS stand-in (src/signs-data.ts): builds the one-hot labels with
 * oneHotMatrix, as the notebook maps one_hot_matrix over the labels, trains model (Adam,
 * mini-batches of 32) and prints the cost and both accuracies every 10 epochs, then the
 * final accuracies and the time. Writes the cost curve to out/tensorflow-cost.svg.
 *
 * The notebook trains on 64×64 pictures (12288 inputs) for 1500 epochs at α = 0.0001.
 * That takes far too long in TensorFlow.js on a CPU, so the defaults are 16×16 pictures
 * (768 inputs), 150 epochs and α = 0.003: about a minute and a half on two busy cores.
 * `--size S`, `--epochs N` and `--lr α` change them (`--size 64 --epochs 1500 --lr 0.0001`
 * is the notebook's run).
 * Runs your code (exercises/) or, with --solutions, the reference.
 */

import { useWasmBackend } from "@dlc/student-kit/check";
import { writeCostCurve } from "@dlc/student-kit/plot";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import * as tf from "@tensorflow/tfjs";
import { loadSignsDataset } from "../src/signs-data.ts";
import type { ModelResult } from "../src/tfjs-types.ts";

type Model = (
  XTrain: tf.Tensor,
  YTrain: tf.Tensor,
  XTest: tf.Tensor,
  YTest: tf.Tensor,
  learningRate?: number,
  numEpochs?: number,
  minibatchSize?: number,
  printCost?: boolean,
  seed?: number,
) => ModelResult;
type OneHot = (label: tf.Tensor | number | number[], C?: number) => tf.Tensor;

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const dir = "06-tensorflow-introduction";
const option = (name: string, fallback: number) => {
  const at = process.argv.indexOf(`--${name}`);
  return at > 0 ? Number(process.argv[at + 1]) : fallback;
};
const size = option("size", 16);
const numEpochs = option("epochs", 150);
const learningRate = option("lr", 0.003);

const { model } = await importTarget<{ model: Model }>(root, `${dir}/model.ts`);
const { oneHotMatrix } = await importTarget<{ oneHotMatrix: OneHot }>(
  root,
  `${dir}/one-hot-matrix.ts`,
);

const data = loadSignsDataset({ size });
// the notebook's y_train.map(one_hot_matrix): one column per label
const oneHot = (labels: number[]) =>
  tf.tidy(() =>
    tf.stack(
      labels.map((label) => oneHotMatrix(tf.scalar(label, "int32"), 6)),
      1,
    ),
  );
const YTrain = oneHot(data.labelsTrain);
const YTest = oneHot(data.labelsTest);
console.log(
  `SIGNS stand-in: ${data.labelsTrain.length} training and ${data.labelsTest.length} test pictures of ${size}×${size}×3 = ${data.XTrain.shape[0]} features (${scriptTarget()}); ${numEpochs} epochs, α = ${learningRate}, mini-batches of 32`,
);

const t0 = performance.now();
const { costs, trainAcc, testAcc } = model(
  data.XTrain,
  YTrain,
  data.XTest,
  YTest,
  learningRate,
  numEpochs,
  32,
  true,
);
const seconds = (performance.now() - t0) / 1000;
console.log(
  `${numEpochs} epochs in ${seconds.toFixed(1)} s; at epoch ${10 * (costs.length - 1)}: train accuracy ${trainAcc.at(-1)?.toFixed(3)}, test accuracy ${testAcc.at(-1)?.toFixed(3)} (chance 0.167)`,
);
writeCostCurve(`${root}out/tensorflow-cost.svg`, costs, {
  title: `SIGNS stand-in ${size}×${size}, Adam α = ${learningRate}`,
  every: 10,
  iterations: numEpochs,
  xLabel: "epoch",
});
console.log(`cost curve written to ${root}out/tensorflow-cost.svg`);
