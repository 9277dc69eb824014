import { RandomState, randnTensor, relError } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import {
  backwardPropagation,
  computeLoss,
  updateParameters,
} from "../testing/three-layer-oracle.ts";
import { makeCircles } from "./circles-data.ts";
import { type Initializer, model, modelLayers } from "./initialization-model.ts";
import { forwardPropagation, predict } from "./three-layer-net.ts";
import type { Parameters } from "./types.ts";

/** randn · scale(n_{l−1}) from one RandomState(3), zero biases (the notebook's initializations). */
const scaled =
  (scale: (nPrev: number) => number): Initializer =>
  (dims) => {
    const rng = new RandomState(3);
    const p: Parameters = {};
    for (let l = 1; l < dims.length; l++) {
      p[`W${l}`] = tf.tidy(() =>
        randnTensor(rng, [dims[l]!, dims[l - 1]!]).mul(scale(dims[l - 1]!)),
      );
      p[`b${l}`] = tf.zeros([dims[l]!, 1]);
    }
    return p;
  };
const he = scaled((n) => Math.sqrt(2 / n));
const zeros = scaled(() => 0);

const circles = (m: number) => makeCircles(m, 0.05, new RandomState(1));

describe("the Initialization notebook's model", () => {
  it("trains [n_x, 10, 5, 1] and records the cost every 1000 iterations", () => {
    const { X, Y } = circles(40);
    expect(modelLayers(2)).toEqual([2, 10, 5, 1]);
    const { parameters, costs } = model(X, Y, he, { learningRate: 0.3, numIterations: 1001 });
    expect(costs).toHaveLength(2);
    expect(costs[1]!).toBeLessThan(costs[0]!);
    expect(parameters.W1!.shape).toEqual([10, 2]);
    expect(parameters.b2!.shape).toEqual([5, 1]);
    expect(parameters.W3!.shape).toEqual([1, 5]);
  });

  it("takes the same steps as forward, backward and update by hand", () => {
    const { X, Y } = circles(20);
    const { parameters } = model(X, Y, he, { learningRate: 0.05, numIterations: 5 });
    let p = he([2, 10, 5, 1]);
    for (let i = 0; i < 5; i++) {
      const { cache } = forwardPropagation(X, p);
      p = updateParameters(p, backwardPropagation(X, Y, cache), 0.05);
    }
    for (const key of Object.keys(p))
      expect(relError(parameters[key]!, p[key]!)).toBeLessThan(1e-6);
  });

  it("with zero weights stays at ln 2 and predicts 0 everywhere (balanced labels)", () => {
    const { X, Y } = circles(40);
    const { parameters, costs } = model(X, Y, zeros, { learningRate: 0.5, numIterations: 200 });
    expect(costs).toHaveLength(1);
    expect(costs[0]!).toBeCloseTo(Math.log(2), 6);
    expect(computeLoss(forwardPropagation(X, parameters).A3, Y)).toBeCloseTo(Math.log(2), 6);
    expect(predict(X, parameters).sum().dataSync()[0]).toBe(0);
  });

  it("leaks no tensor: only the six trained parameters remain", () => {
    const { X, Y } = circles(20);
    const before = tf.memory().numTensors;
    const { parameters } = model(X, Y, he, { numIterations: 30 });
    expect(tf.memory().numTensors).toBe(before + 6);
    tf.dispose(Object.values(parameters));
  });
});
