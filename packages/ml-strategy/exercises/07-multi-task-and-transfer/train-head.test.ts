import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { trainHead } from "./train-head.ts";

/** np.random.seed(1): W1 (4, 3), b1 (4, 1), W2 (2, 4), b2 (2, 1) of a source network with 2 outputs, X (3, 6). */
function tinyTransfer() {
  const [W1, b1, W2, b2, X] = randnSequence(1, [
    [4, 3],
    [4, 1],
    [2, 4],
    [2, 1],
    [3, 6],
  ]);
  return {
    pretrained: { W1: W1!, b1: b1!, W2: W2!, b2: b2! },
    X: X!,
    Y: tf.tensor2d([[1, 0, 1, 1, 0, 0]]),
  };
}

describe("trainHead", () => {
  it("trains a new output layer on the frozen features like numpy (201 steps, α = 0.1, seed 2)", () => {
    const { pretrained, X, Y } = tinyTransfer();
    const { parameters, costs } = trainHead(pretrained, X, Y, 0.1, 201, 2);
    expectClose(
      "costs",
      tf.tensor1d(costs),
      [0.6983994060376285, 0.440052601062974, 0.33993392007076767],
      {
        rtol: 1e-3,
      },
    );
    expectClose("W2", parameters.W2, [[0.7340973992, -0.5876585684, 1.7132998261, 0.4365357595]], {
      rtol: 2e-3,
    });
    expectClose("b2", parameters.b2, [[-1.4933114124]], { rtol: 2e-3 });
  });

  it("keeps the body as it was and replaces the source's 2-output layer by a 1-output one", () => {
    const { pretrained, X, Y } = tinyTransfer();
    const { parameters } = trainHead(pretrained, X, Y, 0.1, 50);
    expect(Object.keys(parameters).sort()).toEqual(["W1", "W2", "b1", "b2"]);
    expectClose("W1 (frozen)", parameters.W1, pretrained.W1, { rtol: 0, atol: 0 });
    expectClose("b1 (frozen)", parameters.b1, pretrained.b1, { rtol: 0, atol: 0 });
    expect(parameters.W2!.shape).toEqual([1, 4]);
    expect(parameters.b2!.shape).toEqual([1, 1]);
  });

  test.prop([fc.integer({ min: 2, max: 6 }), fc.integer({ min: 2, max: 5 }), fc.nat(1000)], {
    numRuns: 5,
  })("the cost falls on random three-layer bodies, one cost every 100 steps", (n1, n2, seed) => {
    const [W1, b1, W2, b2, W3, b3, X] = randnSequence(seed, [
      [n1, 3],
      [n1, 1],
      [n2, n1],
      [n2, 1],
      [3, n2],
      [3, 1],
      [3, 20],
    ]);
    const Y = X!.slice([0, 0], [1, 20]).greater(0).cast("float32");
    const { parameters, costs } = trainHead(
      { W1: W1!, b1: b1!, W2: W2!, b2: b2!, W3: W3!, b3: b3! },
      X!,
      Y,
      0.1,
      301,
    );
    expect(costs).toHaveLength(4);
    expect(costs[3]!).toBeLessThan(costs[0]!);
    expect(parameters.W3!.shape).toEqual([1, n2]);
    expectClose("W2 (frozen)", parameters.W2, W2!, { rtol: 0, atol: 0 });
  });

  it("is deterministic and leaks no tensors: only the new W2 and b2 outlive the call", () => {
    const { pretrained, X, Y } = tinyTransfer();
    const first = trainHead(pretrained, X, Y, 0.1, 120, 3);
    const before = tf.memory().numTensors;
    const second = trainHead(pretrained, X, Y, 0.1, 120, 3);
    expect(tf.memory().numTensors - before).toBe(2);
    expect(second.costs).toEqual(first.costs);
  });
});
