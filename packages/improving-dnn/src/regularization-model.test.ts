import { expectClose, RandomState, randnSequence } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it, vi } from "vitest";
import {
  backwardPropagation,
  computeLoss,
  updateParameters,
} from "../testing/three-layer-oracle.ts";
import type { DropoutCache } from "./dropout.ts";
import { model, modelStart, type RegularizationFunctions } from "./regularization-model.ts";
import { forwardPropagation, trainThreeLayerNet } from "./three-layer-net.ts";
import type { Parameters } from "./types.ts";

/** Small data: X [2, 8], Y [1, 8]. */
function data() {
  const [X] = randnSequence(0, [[2, 8]]);
  const Y = tf.tensor2d([[1, 0, 1, 1, 0, 0, 1, 0]]);
  return { X: X!, Y };
}

/** Straightforward versions of the four graded functions (leak-free), for the model to call. */
const functions: RegularizationFunctions = {
  computeCostWithRegularization: (A3, Y, p, lambd) =>
    computeLoss(A3, Y) +
    tf.tidy(() => {
      const squares = tf.addN(["W1", "W2", "W3"].map((k) => p[k]!.square().sum()));
      return (lambd / (2 * Y.shape[1]!)) * squares.dataSync()[0]!;
    }),
  backwardPropagationWithRegularization: (X, Y, cache, lambd) =>
    tf.tidy(() => {
      const grads = backwardPropagation(X, Y, cache);
      for (const l of [1, 2, 3]) {
        const W = cache[`W${l}` as "W1" | "W2" | "W3"];
        grads[`dW${l}`] = grads[`dW${l}`]!.add(W.mul(lambd / X.shape[1]!));
      }
      return grads;
    }),
  forwardPropagationWithDropout: (X, p, keepProb = 0.5, seed = 1) => {
    const rng = new RandomState(seed);
    const m = X.shape[1]!;
    const mask = (n: number) =>
      tf.tensor2d(
        Float32Array.from(rng.rand(n, m), (u) => (u < keepProb ? 1 : 0)),
        [n, m],
      );
    return tf.tidy(() => {
      const [W1, b1, W2, b2, W3, b3] = ["W1", "b1", "W2", "b2", "W3", "b3"].map((k) => p[k]!) as [
        tf.Tensor,
        tf.Tensor,
        tf.Tensor,
        tf.Tensor,
        tf.Tensor,
        tf.Tensor,
      ];
      const Z1 = tf.matMul(W1, X).add(b1);
      const D1 = mask(Z1.shape[0]!);
      const A1 = tf.relu(Z1).mul(D1).div(keepProb);
      const Z2 = tf.matMul(W2, A1).add(b2);
      const D2 = mask(Z2.shape[0]!);
      const A2 = tf.relu(Z2).mul(D2).div(keepProb);
      const Z3 = tf.matMul(W3, A2).add(b3);
      const A3 = tf.sigmoid(Z3);
      return { A3, cache: { Z1, D1, A1, W1, b1, Z2, D2, A2, W2, b2, Z3, A3, W3, b3 } };
    });
  },
  backwardPropagationWithDropout: (X, Y, cache: DropoutCache, keepProb) =>
    tf.tidy(() => {
      const m = X.shape[1]!;
      const { D1, A1, W2, D2, A2, W3, A3 } = cache;
      const dZ3 = A3.sub(Y);
      const dZ2 = tf.matMul(W3, dZ3, true).mul(D2).div(keepProb).mul(A2.greater(0).cast("float32"));
      const dZ1 = tf.matMul(W2, dZ2, true).mul(D1).div(keepProb).mul(A1.greater(0).cast("float32"));
      return {
        dW3: tf.matMul(dZ3, A2, false, true).div(m),
        db3: dZ3.sum(1, true).div(m),
        dW2: tf.matMul(dZ2, A1, false, true).div(m),
        db2: dZ2.sum(1, true).div(m),
        dW1: tf.matMul(dZ1, X, false, true).div(m),
        db1: dZ1.sum(1, true).div(m),
      };
    }),
};

/** The parameters the model starts from: those the first step of its loop is handed. */
function initializeParameters(nX: number): Parameters {
  let first: Parameters | undefined;
  const X = tf.zeros([nX, 1]);
  trainThreeLayerNet(X, tf.zeros([1, 1]), modelStart(nX), {
    numEpochs: 1,
    learningRate: 0,
    recordEvery: 1,
    update: (p) => {
      first ??= Object.fromEntries(Object.entries(p).map(([k, t]) => [k, t.clone()]));
      return p;
    },
  });
  return first!;
}

/** Gradient descent by hand with the plain forward and backward passes. */
function plainTraining(X: tf.Tensor, Y: tf.Tensor, iterations: number): Parameters {
  let parameters = initializeParameters(X.shape[0]!);
  for (let i = 0; i < iterations; i++) {
    const { cache } = forwardPropagation(X, parameters);
    parameters = updateParameters(parameters, backwardPropagation(X, Y, cache), 0.3);
  }
  return parameters;
}

describe("modelStart", () => {
  it("matches reg_utils: np.random.seed(3), Wl = randn(n_l, n_{l−1}) / √n_{l−1}, bl = 0", () => {
    const p = initializeParameters(2);
    expect(p.W1!.shape).toEqual([20, 2]);
    expectClose("W1[:2]", p.W1!.slice([0, 0], [2, 2]), [
      [1.2647513225859208, 0.30865907535175385],
      [0.06823401404104966, -1.3176883272406827],
    ]);
    expectClose("W2[0, :3]", p.W2!.slice([0, 0], [1, 3]), [
      [-0.36297766037736656, 0.14460102706565256, -0.07966456365183969],
    ]);
    expectClose("W3", p.W3!, [[0.5047690972978304, -0.7468237226466841, -0.04603845212687313]]);
    expectClose("b2", p.b2!, [[0], [0], [0]]);
  });
});

describe("model", () => {
  it("without regularization is plain gradient descent, with a cost every 1000 iterations", () => {
    const { X, Y } = data();
    const { parameters, costs } = model(X, Y, {}, 0.3, 4, false);
    expect(costs).toHaveLength(1);
    expectClose(
      "costs[0]",
      costs[0]!,
      computeLoss(forwardPropagation(X, initializeParameters(2)).A3, Y),
    );
    const expected = plainTraining(X, Y, 4);
    for (const k of Object.keys(expected)) expectClose(k, parameters[k], expected[k]!);
  });

  it("with lambd > 0 uses the regularized cost and backward pass with that λ", () => {
    const { X, Y } = data();
    const cost = vi.fn(functions.computeCostWithRegularization);
    const backward = vi.fn(functions.backwardPropagationWithRegularization);
    const result = model(
      X,
      Y,
      { computeCostWithRegularization: cost, backwardPropagationWithRegularization: backward },
      0.3,
      3,
      false,
      0.7,
    );
    expect(cost).toHaveBeenCalledTimes(1);
    expect(backward).toHaveBeenCalledTimes(3);
    expect(backward.mock.calls.every((call) => call[3] === 0.7)).toBe(true);
    expect(result.costs[0]).toBeCloseTo(cost.mock.results[0]!.value as number, 6);
  });

  it("with keepProb < 1 draws fresh masks every iteration (seeds 1, 2, 3, …) and backpropagates through them", () => {
    const { X, Y } = data();
    const forward = vi.fn(functions.forwardPropagationWithDropout);
    const backward = vi.fn(functions.backwardPropagationWithDropout);
    model(
      X,
      Y,
      { forwardPropagationWithDropout: forward, backwardPropagationWithDropout: backward },
      0.3,
      3,
      false,
      0,
      0.86,
    );
    expect(forward.mock.calls.map((call) => [call[2], call[3]])).toEqual([
      [0.86, 1],
      [0.86, 2],
      [0.86, 3],
    ]);
    expect(backward.mock.calls.map((call) => call[3])).toEqual([0.86, 0.86, 0.86]);
  });

  it("refuses L2 and dropout at once, and names a graded function it needs but did not get", () => {
    const { X, Y } = data();
    expect(() => model(X, Y, functions, 0.3, 1, false, 0.7, 0.8)).toThrow(/not both/);
    expect(() => model(X, Y, {}, 0.3, 1, false, 0, 0.8)).toThrow(/forwardPropagationWithDropout/);
  });

  it("leaks no tensors: only the returned parameters remain", () => {
    const { X, Y } = data();
    for (const [lambd, keepProb] of [
      [0, 1],
      [0.7, 1],
      [0, 0.8],
    ] as const) {
      const before = tf.memory().numTensors;
      const { parameters } = model(X, Y, functions, 0.3, 3, false, lambd, keepProb);
      expect(tf.memory().numTensors - before, `lambd ${lambd}, keepProb ${keepProb}`).toBe(6);
      tf.dispose(Object.values(parameters));
    }
  });
});
