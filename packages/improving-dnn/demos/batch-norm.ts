/**
 * Assignment 05 at work: a deep ReLU network (ten hidden layers of 20 units, softmax over
 * 3 classes) on a seeded 3-arm spiral, trained twice by full-batch gradient descent from the
 * same small weights (randn · 0.1), once plain and once with batch norm in every hidden
 * layer. The inputs are normalized with the training set's statistics (normalizeInputs);
 * the test accuracy of the batch-norm net is measured in inference mode, with the running
 * averages. Prints both runs' costs and accuracies with their times and writes the two
 * cost curves to out/batch-norm-costs.svg. With weights this small the plain network's
 * signal shrinks about 3× per layer and gradient descent cannot start (He initialization,
 * assignment 01, is the other cure); batch norm re-scales every layer and the net learns.
 * Runs your code (exercises/) or, with --solutions, the reference.
 * `--iterations N` changes the number of steps (default 600).
 */

import { accuracy, RandomState, useWasmBackend } from "@dlc/student-kit/check";
import { writeCostCurves } from "@dlc/student-kit/plot";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import * as tf from "@tensorflow/tfjs";
import type { BatchnormCache, BatchnormState } from "../src/batchnorm-cache.ts";

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const dir = "05-batch-norm-and-softmax";
const at = process.argv.indexOf("--iterations");
const iterations = at > 0 ? Number(process.argv[at + 1]) : 600;
const learningRate = 0.5;
const layerDims = [2, ...Array(10).fill(20), 3];

type Tensors = { [key: string]: tf.Tensor };
const { normalizeInputs } = await importTarget<{
  normalizeInputs: (a: tf.Tensor, b: tf.Tensor) => { XTrain: tf.Tensor; XTest: tf.Tensor };
}>(root, `${dir}/normalize-inputs.ts`);
const { batchnormForward } = await importTarget<{
  batchnormForward: (
    Z: tf.Tensor,
    g: tf.Tensor,
    b: tf.Tensor,
    s: BatchnormState,
  ) => { out: tf.Tensor; cache: BatchnormCache; runningMean: tf.Tensor; runningVar: tf.Tensor };
}>(root, `${dir}/batchnorm-forward.ts`);
const { batchnormBackward } = await importTarget<{
  batchnormBackward: (dOut: tf.Tensor, cache: BatchnormCache) => Tensors;
}>(root, `${dir}/batchnorm-backward.ts`);
const { softmaxCrossEntropy } = await importTarget<{
  softmaxCrossEntropy: (ZL: tf.Tensor, Y: tf.Tensor) => number;
}>(root, `${dir}/softmax-cross-entropy.ts`);
const { softmaxCrossEntropyBackward } = await importTarget<{
  softmaxCrossEntropyBackward: (ZL: tf.Tensor, Y: tf.Tensor) => tf.Tensor;
}>(root, `${dir}/softmax-cross-entropy-backward.ts`);

/** A 3-arm spiral: X [2, 3·perClass] (the second coordinate in other units), labels [1, m] and one-hot Y [3, m]. */
function spiral(seed: number, perClass: number) {
  const rng = new RandomState(seed);
  const xs: number[][] = [[], []];
  const classes: number[] = [];
  for (let k = 0; k < 3; k++) {
    const noise = rng.randn(perClass);
    for (let i = 0; i < perClass; i++) {
      const r = i / perClass;
      const t = k * 4 + r * 4 + noise[i]! * 0.2;
      xs[0]!.push(r * Math.sin(t) * 3 + 10);
      xs[1]!.push(r * Math.cos(t) * 300 - 50);
      classes.push(k);
    }
  }
  const labels = tf.tensor1d(classes, "int32");
  return {
    X: tf.tensor2d(xs),
    labels: labels.reshape([1, -1]).toFloat(),
    Y: tf.oneHot(labels, 3).transpose().toFloat(),
  };
}

function initialize(seed: number, batchNorm: boolean): Tensors {
  const rng = new RandomState(seed);
  const p: Tensors = {};
  for (let l = 1; l < layerDims.length; l++) {
    const [n, nPrev] = [layerDims[l]!, layerDims[l - 1]!];
    p[`W${l}`] = tf.tensor2d(
      Float32Array.from(rng.randn(n, nPrev), (v) => v * 0.1),
      [n, nPrev],
    );
    if (batchNorm && l < layerDims.length - 1) {
      p[`gamma${l}`] = tf.ones([n, 1]);
      p[`beta${l}`] = tf.zeros([n, 1]); // β replaces b: the mean subtraction cancels any bias
    } else p[`b${l}`] = tf.zeros([n, 1]);
  }
  return p;
}

/** Forward pass; with batch norm, `running` holds each layer's statistics and is updated in train mode. */
function forward(p: Tensors, X: tf.Tensor, running: Tensors | null, mode: "train" | "inference") {
  const L = layerDims.length - 1;
  const caches: { A: tf.Tensor; out?: tf.Tensor; bn?: BatchnormCache }[] = [];
  let A = X;
  for (let l = 1; l < L; l++) {
    const Z = tf.matMul(p[`W${l}`]!, A);
    if (running) {
      const bn = batchnormForward(Z, p[`gamma${l}`]!, p[`beta${l}`]!, {
        mode,
        runningMean: running[`mean${l}`]!,
        runningVar: running[`var${l}`]!,
      });
      if (mode === "train") {
        tf.dispose([running[`mean${l}`]!, running[`var${l}`]!]); // kept by the previous step
        running[`mean${l}`] = bn.runningMean;
        running[`var${l}`] = bn.runningVar;
      }
      caches.push({ A, out: bn.out, bn: bn.cache });
      A = tf.relu(bn.out);
    } else {
      const out = Z.add(p[`b${l}`]!);
      caches.push({ A, out });
      A = tf.relu(out);
    }
  }
  caches.push({ A });
  return { ZL: tf.matMul(p[`W${L}`]!, A).add(p[`b${L}`]!), caches };
}

function train(batchNorm: boolean, X: tf.Tensor, Y: tf.Tensor) {
  const p = initialize(3, batchNorm);
  const running: Tensors | null = batchNorm ? {} : null;
  const L = layerDims.length - 1;
  for (let l = 1; running && l < L; l++) {
    running[`mean${l}`] = tf.zeros([layerDims[l]!, 1]);
    running[`var${l}`] = tf.ones([layerDims[l]!, 1]);
  }
  const costs: number[] = [];
  for (let i = 0; i <= iterations; i++) {
    tf.tidy(() => {
      const { ZL, caches } = forward(p, X, running, "train");
      if (i % 20 === 0) costs.push(softmaxCrossEntropy(ZL, Y));
      let dZ = softmaxCrossEntropyBackward(ZL, Y); // carries the 1/m
      const grads: Tensors = {};
      for (let l = L; l >= 1; l--) {
        const { A, out, bn } = caches[l - 1]!;
        if (l < L) dZ = dZ.mul(tf.step(out!)); // ReLU
        if (bn) {
          const g = batchnormBackward(dZ, bn);
          grads[`gamma${l}`] = g.dgamma!;
          grads[`beta${l}`] = g.dbeta!;
          dZ = g.dZ!;
        } else grads[`b${l}`] = dZ.sum(1, true);
        grads[`W${l}`] = tf.matMul(dZ, A, false, true);
        dZ = tf.matMul(p[`W${l}`]!, dZ, true, false);
      }
      for (const key of Object.keys(grads)) {
        const next = p[key]!.sub(grads[key]!.mul(learningRate));
        tf.dispose(p[key]!);
        p[key] = tf.keep(next);
      }
      for (const key of Object.keys(running ?? {})) tf.keep(running![key]!);
    });
  }
  return { p, running, costs };
}

const trainSet = spiral(1, 100);
const testSet = spiral(2, 100);
const { XTrain, XTest } = normalizeInputs(trainSet.X, testSet.X);
console.log(
  `3-arm spiral: 300 training and 300 test points; network ${JSON.stringify(layerDims)}, weights randn·0.1, learning rate ${learningRate}, ${iterations} full-batch steps (${scriptTarget()})`,
);

const predict = (p: Tensors, X: tf.Tensor, running: Tensors | null) =>
  tf.tidy(() => forward(p, X, running, "inference").ZL.argMax(0).reshape([1, -1]).toFloat());
const series: { label: string; costs: number[] }[] = [];
for (const batchNorm of [false, true]) {
  const t0 = performance.now();
  const { p, running, costs } = train(batchNorm, XTrain, trainSet.Y);
  const seconds = (performance.now() - t0) / 1000;
  const name = batchNorm ? "with batch norm" : "without batch norm";
  const trainAcc = accuracy(predict(p, XTrain, running), trainSet.labels);
  const testAcc = accuracy(predict(p, XTest, running), testSet.labels);
  console.log(
    `${name.padEnd(19)} cost ${costs[0]!.toFixed(4)} → ${costs.at(-1)!.toFixed(4)}, train accuracy ${(100 * trainAcc).toFixed(1)} %, test accuracy ${(100 * testAcc).toFixed(1)} %${batchNorm ? " (inference mode, running averages)" : ""}, ${seconds.toFixed(1)} s`,
  );
  series.push({ label: name, costs });
}
writeCostCurves(`${root}out/batch-norm-costs.svg`, series, {
  title: "Deep ReLU net on a spiral, same small initial weights",
  every: 20,
  iterations,
});
console.log(`cost curves written to ${root}out/batch-norm-costs.svg`);
