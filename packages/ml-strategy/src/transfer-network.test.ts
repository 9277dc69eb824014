import { expectClose, randnSequence } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import {
  initializeNetwork,
  layerCount,
  networkForward,
  networkLogits,
  predictNetwork,
  trainNetwork,
} from "./transfer-network.ts";

/** (1/m) Σ −[y log a + (1 − y) log(1 − a)], as written (fine away from a = 0 or 1). */
function naiveLoss(A: tf.Tensor, Y: tf.Tensor): number {
  return tf.tidy(
    () =>
      Y.mul(A.log())
        .add(tf.scalar(1).sub(Y).mul(tf.scalar(1).sub(A).log()))
        .sum()
        .neg()
        .div(A.shape[1]!)
        .dataSync()[0]!,
  );
}

describe("transfer-network", () => {
  it("initializes He-scaled weights and zero biases, the same for the same seed", () => {
    const p = initializeNetwork([5, 4, 3, 2], 7);
    expect(layerCount(p)).toBe(3);
    expect(p.W1!.shape).toEqual([4, 5]);
    expect(p.b3!.shape).toEqual([2, 1]);
    expect(p.b2!.abs().sum().dataSync()[0]).toBe(0);
    // np.random.seed(7); np.random.randn(4, 5)[0, 0] * sqrt(2 / 5)
    expectClose("W1[0, 0]", p.W1!.slice([0, 0], [1, 1]), [[1.6905257 * Math.sqrt(2 / 5)]]);
    expectClose("same seed", initializeNetwork([5, 4, 3, 2], 7).W2!, p.W2!, { rtol: 0, atol: 0 });
  });

  it("runs ReLU hidden layers and a sigmoid output", () => {
    const [W1, W2, X] = randnSequence(3, [
      [3, 2],
      [1, 3],
      [2, 4],
    ]);
    const p = { W1: W1!, b1: tf.zeros([3, 1]), W2: W2!, b2: tf.zeros([1, 1]) };
    const expected = tf.sigmoid(W2!.matMul(tf.relu(W1!.matMul(X!))));
    expectClose("networkForward", networkForward(p, X!), expected);
    expectClose("predictNetwork", predictNetwork(p, X!), expected.greater(0.5).cast("float32"));
  });

  it("computes the summed binary cross-entropy over labels, averaged over examples, from logits", () => {
    const Z = tf.tensor2d([
      [2, -1, 0.5],
      [-3, 0, 1],
    ]);
    const Y = tf.tensor2d([
      [1, 0, 0],
      [0, 1, 1],
    ]);
    // one layer on the identity, so that the logits are Z: trainNetwork's cost before its first step
    const init = { W1: Z, b1: tf.zeros([2, 1]) };
    const { costs } = trainNetwork(tf.eye(3), Y, [3, 2], { numIterations: 1, init });
    expect(costs[0]).toBeCloseTo(naiveLoss(tf.sigmoid(Z), Y), 5);
  });

  it("trains: the cost falls on a small separable problem, and fine-tuning keeps the given start", () => {
    const [X] = randnSequence(0, [[2, 40]]);
    const Y = X!
      .slice([0, 0], [1, 40])
      .add(X!.slice([1, 0], [1, 40]))
      .greater(0)
      .cast("float32");
    const { parameters, costs } = trainNetwork(X!, Y, [2, 4, 1], {
      numIterations: 101,
      learningRate: 0.1,
    });
    expect(costs).toHaveLength(2);
    expect(costs[1]!).toBeLessThan(costs[0]! * 0.7);
    const again = trainNetwork(X!, Y, [2, 4, 1], { numIterations: 1, init: parameters });
    // from the logits, stably: the trained network's σ(z) is exactly 1 on some examples
    const Z = networkLogits(parameters, X!);
    const stable = tf.tidy(
      () =>
        tf
          .relu(Z)
          .sub(Z.mul(Y))
          .add(tf.log1p(tf.exp(Z.abs().neg())))
          .sum()
          .div(40)
          .dataSync()[0]!,
    );
    expect(again.costs[0]).toBeCloseTo(stable, 5);
  });

  it("trains without leaking tensors, from scratch or fine-tuning (only the returned parameters stay)", () => {
    const [X] = randnSequence(5, [[3, 12]]);
    const Y = X!.slice([0, 0], [1, 12]).greater(0).cast("float32");
    const before = tf.memory().numTensors;
    const scratch = trainNetwork(X!, Y, [3, 4, 1], { numIterations: 120 });
    expect(tf.memory().numTensors - before).toBe(4);
    const middle = tf.memory().numTensors;
    trainNetwork(X!, Y, [3, 4, 1], { numIterations: 120, init: scratch.parameters });
    expect(tf.memory().numTensors - middle).toBe(4);
  });
});
