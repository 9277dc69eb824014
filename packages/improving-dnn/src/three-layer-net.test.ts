import { randnSequence, relError } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import {
  backwardPropagation,
  computeLoss,
  crossEntropy,
  updateParameters,
} from "../testing/three-layer-oracle.ts";
import * as net from "./three-layer-net.ts";
import { forwardPropagation, predict, trainThreeLayerNet } from "./three-layer-net.ts";

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

  it("forwardPropagation refuses more than one output unit (it is the binary network)", () => {
    const { X, parameters } = setup(8);
    const W3 = tf.zeros([3, 3]);
    const b3 = tf.zeros([3, 1]);
    expect(() => forwardPropagation(X, { ...parameters, W3, b3 })).toThrow(/one output unit/);
  });

  it("exports no backward pass, loss or update step (cores of graded functions)", () => {
    expect(Object.keys(net).sort()).toEqual([
      "LOSS_MARGIN",
      "disposeCache",
      "forwardPropagation",
      "predict",
      "trainThreeLayerNet",
    ]);
  });

  it("trainThreeLayerNet takes the oracle's gradient-descent steps on the parameters it is given", () => {
    const { X, Y, parameters } = setup(6);
    const copy = Object.fromEntries(Object.entries(parameters).map(([k, t]) => [k, t.clone()]));
    const { parameters: trained, costs } = trainThreeLayerNet(X, Y, copy, {
      numEpochs: 3,
      learningRate: 0.1,
      recordEvery: 2,
    });
    let p: Record<string, tf.Tensor> = parameters;
    const expectedCosts: number[] = [];
    for (let i = 0; i < 3; i++) {
      const { A3, cache } = forwardPropagation(X, p);
      if (i % 2 === 0) expectedCosts.push(computeLoss(A3, Y));
      p = updateParameters(p, backwardPropagation(X, Y, cache), 0.1);
    }
    expect(costs).toHaveLength(2);
    costs.forEach((c, i) => {
      expect(c).toBeCloseTo(expectedCosts[i]!, 6);
    });
    for (const k of Object.keys(p)) expect(relError(trained[k]!, p[k]!), k).toBeLessThan(1e-5);
  });

  it("trainThreeLayerNet refuses gradient or step hooks on parameters it did not draw, and 0 epochs", () => {
    // with them, a hook would read the plain gradients of any parameters (the core of the
    // regularized backward pass) or the loop would apply any gradients (updateParametersWithGd)
    const { X, Y, parameters } = setup(7);
    const plan = { numEpochs: 1, learningRate: 0.1, recordEvery: 1 };
    expect(() => trainThreeLayerNet(X, Y, parameters, { ...plan, update: (q) => q })).toThrow(
      /SeededStart/,
    );
    expect(() => trainThreeLayerNet(X, Y, parameters, { ...plan, backward: () => ({}) })).toThrow(
      /SeededStart/,
    );
    expect(() =>
      trainThreeLayerNet(
        X,
        Y,
        { layersDims: [3, 4, 3, 1], scale: "he" },
        { ...plan, numEpochs: 0 },
      ),
    ).toThrow(/at least 1/);
  });
});
