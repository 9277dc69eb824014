import { expectClose, RandomState, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { updateParametersWithGd } from "./update-parameters-with-gd.ts";

/** Parameters of layers `dims` and gradients shaped like them, standard normals from `seed`. */
function network(dims: number[], seed: number) {
  const rng = new RandomState(seed);
  const draw = (shape: number[]) => tf.tensor(Float32Array.from(rng.randn(...shape)), shape);
  const parameters: Record<string, tf.Tensor> = {};
  const grads: Record<string, tf.Tensor> = {};
  for (let l = 1; l < dims.length; l++) {
    parameters[`W${l}`] = draw([dims[l]!, dims[l - 1]!]);
    parameters[`b${l}`] = draw([dims[l]!, 1]);
  }
  for (const [k, p] of Object.entries(parameters)) grads[`d${k}`] = draw(p.shape);
  return { parameters, grads };
}

describe("updateParametersWithGd", () => {
  it("matches the notebook: one step with learning rate 0.01", () => {
    // update_parameters_with_gd_test_case: np.random.seed(1), W1, b1, W2, b2, then dW1, db1, dW2, db2
    const [W1, b1, W2, b2, dW1, db1, dW2, db2] = randnSequence(1, [
      [2, 3],
      [2, 1],
      [3, 3],
      [3, 1],
      [2, 3],
      [2, 1],
      [3, 3],
      [3, 1],
    ]);
    const parameters = updateParametersWithGd(
      { W1: W1!, b1: b1!, W2: W2!, b2: b2! },
      { dW1: dW1!, db1: db1!, dW2: dW2!, db2: db2! },
      0.01,
    );
    expectClose("W1", parameters.W1, [
      [1.63535156, -0.62320365, -0.53718766],
      [-1.07799357, 0.85639907, -2.29470142],
    ]);
    expectClose("b1", parameters.b1, [[1.74604067], [-0.75184921]]);
    expectClose("W2", parameters.W2, [
      [0.32171798, -0.25467393, 1.46902454],
      [-2.05617317, -0.31554548, -0.3756023],
      [1.1404819, -1.09976462, -0.1612551],
    ]);
    expectClose("b2", parameters.b2, [[-0.88020257], [0.02561572], [0.57539477]]);
  });

  test.prop(
    [
      fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 5 }),
      fc.nat(1000),
      fc.double({ min: 0.001, max: 1, noNaN: true }),
    ],
    { numRuns: 25 },
  )(
    "steps every layer by −α·dθ, keeps the shapes and leaves its inputs as they were",
    (dims, seed, alpha) => {
      const { parameters, grads } = network(dims, seed);
      const before = Object.fromEntries(
        Object.entries(parameters).map(([k, p]) => [k, p.arraySync()]),
      );
      const tensors = tf.memory().numTensors;
      const updated = updateParametersWithGd(parameters, grads, alpha);
      expect(tf.memory().numTensors - tensors, "tensors left besides the new parameters").toBe(
        2 * (dims.length - 1),
      );
      expect(Object.keys(updated).sort()).toEqual(Object.keys(parameters).sort());
      for (const [k, p] of Object.entries(parameters)) {
        expect(updated[k]!.shape).toEqual(p.shape);
        expectClose(
          k,
          updated[k],
          tf.tidy(() => p.sub(grads[`d${k}`]!.mul(alpha))),
        );
        expectClose(`the given ${k}`, p, before[k] as number[][], { atol: 0, rtol: 0 });
      }
    },
  );
});
