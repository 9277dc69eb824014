import { randnSequence, relError } from "@dlc/grader/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import {
  backwardPropagation,
  computeLoss,
  crossEntropy,
  forwardPropagation,
  predict,
  updateParameters,
} from "./three-layer-net.ts";

const dims = [3, 4, 3, 1];
function setup(seed: number) {
  const [X, W1, b1, W2, b2, W3, b3] = randnSequence(seed, [
    [dims[0]!, 7],
    [4, 3],
    [4, 1],
    [3, 4],
    [3, 1],
    [1, 3],
    [1, 1],
  ]);
  const Y = tf.tensor2d([[1, 0, 1, 1, 0, 0, 1]]);
  return { X: X!, Y, parameters: { W1: W1!, b1: b1!, W2: W2!, b2: b2!, W3: W3!, b3: b3! } };
}

describe("the given three-layer network", () => {
  it("computes A3 = σ(W3 relu(W2 relu(W1 X + b1) + b2) + b3), [1, m]", () => {
    const { X, parameters: p } = setup(1);
    const { A3 } = forwardPropagation(X, p);
    const expected = tf.sigmoid(
      tf
        .matMul(p.W3, tf.relu(tf.matMul(p.W2, tf.relu(tf.matMul(p.W1, X).add(p.b1))).add(p.b2)))
        .add(p.b3),
    );
    expect(A3.shape).toEqual([1, 7]);
    expect(relError(A3, expected)).toBeLessThan(1e-6);
  });

  it("backwardPropagation's dWl and dbl equal tf.grad of the loss", () => {
    for (const seed of [1, 2, 3]) {
      const { X, Y, parameters } = setup(seed);
      const { cache } = forwardPropagation(X, parameters);
      const grads = backwardPropagation(X, Y, cache);
      const names = Object.keys(parameters);
      const loss = (...values: tf.Tensor[]) => {
        const p = Object.fromEntries(names.map((n, i) => [n, values[i]!]));
        return crossEntropy(forwardPropagation(X, p).A3, Y);
      };
      const oracle = tf.grads(loss)(names.map((n) => parameters[n as keyof typeof parameters]));
      names.forEach((n, i) => {
        expect(grads[`d${n}`]!.shape).toEqual(parameters[n as keyof typeof parameters].shape);
        expect(relError(grads[`d${n}`]!, oracle[i]!), `d${n}, seed ${seed}`).toBeLessThan(1e-5);
      });
    }
  });

  it("computeLoss is ln 2 when A3 = 0.5 and stays finite at A3 = 0 or 1", () => {
    const Y = tf.tensor2d([[1, 0, 1, 0]]);
    expect(computeLoss(tf.fill([1, 4], 0.5), Y)).toBeCloseTo(Math.log(2), 6);
    expect(Number.isFinite(computeLoss(tf.tensor2d([[0, 1, 1, 0]]), Y))).toBe(true);
  });

  it("updateParameters moves against the gradient and leaves its input alone", () => {
    const { X, Y, parameters } = setup(4);
    const before = parameters.W1.arraySync();
    const grads = backwardPropagation(X, Y, forwardPropagation(X, parameters).cache);
    const next = updateParameters(parameters, grads, 0.1);
    expect(parameters.W1.arraySync()).toEqual(before);
    expect(relError(next.W2!, parameters.W2.sub(grads.dW2!.mul(0.1)))).toBeLessThan(1e-6);
    expect(Object.keys(next).sort()).toEqual(Object.keys(parameters).sort());
  });

  it("predict thresholds A3 at 0.5", () => {
    const { X, parameters } = setup(5);
    const expected = forwardPropagation(X, parameters).A3.greater(0.5).cast("float32");
    expect(predict(X, parameters).arraySync()).toEqual(expected.arraySync());
  });
});
