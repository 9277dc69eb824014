/** Seeded inputs for the hidden checks of assignment 07. */

import { between, normal, uniform } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { NetworkParameters } from "../../src/transfer-network.ts";

/** Probabilities [k, m] in (0.05, 0.95) and labels 0/1 with about `missing` of them NaN (at least one). */
export function multiTaskBatch(rng: RandomState, k: number, m: number, missing = 0.3) {
  const Yhat = uniform(rng, [k, m], 0.05, 0.95);
  const values = Array.from(rng.rand(k * m), (u) =>
    u < missing ? Number.NaN : rng.rand(1)[0]! < 0.5 ? 1 : 0,
  );
  values[0] = Number.NaN;
  values[k * m - 1] = 1;
  return { Yhat, Y: tf.tensor2d(values, [k, m]) };
}

/** Logits [k, m] (normal, scale 1.5) and labels with NaNs, as multiTaskBatch. */
export function logitBatch(rng: RandomState, k: number, m: number, missing = 0.3) {
  const Z = normal(rng, [k, m], 1.5);
  const { Y } = multiTaskBatch(rng, k, m, missing);
  return { Z, Y };
}

/** A pretrained network of 2 or 3 layers with random sizes, its output layer of `outputs` units. */
export function randomBody(rng: RandomState, n0: number, outputs = 3): NetworkParameters {
  const dims = [n0, between(rng, 3, 6)];
  if (rng.rand(1)[0]! < 0.5) dims.push(between(rng, 2, 5));
  dims.push(outputs);
  const parameters: NetworkParameters = {};
  for (let l = 1; l < dims.length; l++) {
    parameters[`W${l}`] = normal(rng, [dims[l]!, dims[l - 1]!], 1 / Math.sqrt(dims[l - 1]!));
    parameters[`b${l}`] = normal(rng, [dims[l]!, 1], 0.1);
  }
  return parameters;
}

/**
 * A body that already computes the features a target task depends on: h = |U·x| =
 * relu(U·x) + relu(−U·x), as two ReLU layers, with a source head of 3 outputs on top. The
 * target label is 1 when v·h is above its median. Returns the body, the target's training
 * set (m examples) and a test set (mTest).
 */
export function featureWorld(rng: RandomState, m: number, mTest: number) {
  const [nX, q] = [5, 4];
  const U = normal(rng, [q, nX], 1 / Math.sqrt(nX));
  const v = normal(rng, [1, q]);
  const body: NetworkParameters = {
    W1: tf.concat([U, U.neg()], 0),
    b1: tf.zeros([2 * q, 1]),
    W2: tf.concat([tf.eye(q), tf.eye(q)], 1),
    b2: tf.zeros([q, 1]),
    W3: normal(rng, [3, q]),
    b3: tf.zeros([3, 1]),
  };
  const draw = (n: number) => {
    const X = normal(rng, [nX, n]);
    return { X, score: v.matMul(U.matMul(X).abs()) };
  };
  const train = draw(m);
  const test = draw(mTest);
  const threshold = tf.tidy(() => {
    const s = Array.from(test.score.dataSync()).sort((a, b) => a - b);
    return s[s.length >> 1]!;
  });
  const label = (score: tf.Tensor) => score.greater(threshold).cast("float32");
  return { body, X: train.X, Y: label(train.score), XTest: test.X, YTest: label(test.score) };
}
