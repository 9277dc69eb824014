import { expectClose, RandomState, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { updateParametersWithMomentum } from "./update-parameters-with-momentum.ts";

type Tensors = Record<string, tf.Tensor>;

/** Parameters of layers `dims`, `steps` gradients shaped like them, and a zero velocity. */
function network(dims: number[], seed: number, steps: number) {
  const rng = new RandomState(seed);
  const draw = (shape: number[]) => tf.tensor(Float32Array.from(rng.randn(...shape)), shape);
  const parameters: Tensors = {};
  for (let l = 1; l < dims.length; l++) {
    parameters[`W${l}`] = draw([dims[l]!, dims[l - 1]!]);
    parameters[`b${l}`] = draw([dims[l]!, 1]);
  }
  const keys = Object.keys(parameters);
  const grads = Array.from({ length: steps }, () =>
    Object.fromEntries(keys.map((k) => [`d${k}`, draw(parameters[k]!.shape)])),
  );
  const v = Object.fromEntries(keys.map((k) => [`d${k}`, tf.zerosLike(parameters[k]!)]));
  return { parameters, grads, v };
}

/** The same steps element by element in float64: v = βv + (1 − β)g, θ = θ − αv. */
function reference(parameters: Tensors, grads: Tensors[], beta: number, alpha: number) {
  const theta = Object.fromEntries(
    Object.entries(parameters).map(([k, p]) => [k, Array.from(p.dataSync())]),
  );
  const v = Object.fromEntries(Object.keys(theta).map((k) => [k, theta[k]!.map(() => 0)]));
  for (const g of grads) {
    for (const k of Object.keys(theta)) {
      const gk = g[`d${k}`]!.dataSync();
      v[k] = v[k]!.map((x, i) => beta * x + (1 - beta) * gk[i]!);
      theta[k] = theta[k]!.map((x, i) => x - alpha * v[k]![i]!);
    }
  }
  return { theta, v };
}

describe("updateParametersWithMomentum", () => {
  it("matches the notebook: β = 0.9, learning rate 0.01, from a zero velocity", () => {
    // update_parameters_with_momentum_test_case: np.random.seed(1), W1, b1, W2, b2, dW1, db1, dW2, db2
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
    const zeros = {
      dW1: tf.zeros([2, 3]),
      db1: tf.zeros([2, 1]),
      dW2: tf.zeros([3, 3]),
      db2: tf.zeros([3, 1]),
    };
    const { parameters, v } = updateParametersWithMomentum(
      { W1: W1!, b1: b1!, W2: W2!, b2: b2! },
      { dW1: dW1!, db1: db1!, dW2: dW2!, db2: db2! },
      zeros,
      0.9,
      0.01,
    );
    expectClose("W1", parameters.W1, [
      [1.62544598, -0.61290114, -0.52907334],
      [-1.07347112, 0.86450677, -2.30085497],
    ]);
    expectClose("b1", parameters.b1, [[1.74493465], [-0.76027113]]);
    expectClose("W2", parameters.W2, [
      [0.31930698, -0.24990073, 1.4627996],
      [-2.05974396, -0.32173003, -0.38320915],
      [1.13444069, -1.0998786, -0.1713109],
    ]);
    expectClose("b2", parameters.b2, [[-0.87809283], [0.04055394], [0.58207317]]);
    expectClose('v["dW1"]', v.dW1, [
      [-0.11006192, 0.11447237, 0.09015907],
      [0.05024943, 0.09008559, -0.06837279],
    ]);
    expectClose('v["db1"]', v.db1, [[-0.01228902], [-0.09357694]]);
    expectClose('v["dW2"]', v.dW2, [
      [-0.02678881, 0.05303555, -0.06916608],
      [-0.03967535, -0.06871727, -0.08452056],
      [-0.06712461, -0.00126646, -0.11173103],
    ]);
    expectClose('v["db2"]', v.db2, [[0.02344157], [0.16598022], [0.07420442]]);
  });

  const dims = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 });
  test.prop([dims, fc.nat(1000), fc.double({ min: 0, max: 0.99, noNaN: true })], { numRuns: 20 })(
    "carries the velocity from step to step: three steps in a row, any depth",
    (layers, seed, beta) => {
      const { parameters, grads, v: v0 } = network(layers, seed, 3);
      let state = { parameters, v: v0 };
      for (const g of grads)
        state = updateParametersWithMomentum(state.parameters, g, state.v, beta, 0.1);
      const expected = reference(parameters, grads, beta, 0.1);
      for (const k of Object.keys(parameters)) {
        expect(state.parameters[k]!.shape).toEqual(parameters[k]!.shape);
        expect(state.v[`d${k}`]!.shape).toEqual(parameters[k]!.shape);
        expectClose(k, state.parameters[k]!.flatten(), expected.theta[k]!);
        expectClose(`v["d${k}"]`, state.v[`d${k}`]!.flatten(), expected.v[k]!);
      }
    },
  );

  test.prop([dims, fc.nat(1000)], { numRuns: 15 })(
    "with β = 0 is gradient descent, and leaves its inputs as they were",
    (layers, seed) => {
      const { parameters, grads, v } = network(layers, seed, 1);
      const before = Object.fromEntries(
        Object.entries(parameters).map(([k, p]) => [k, Array.from(p.dataSync())]),
      );
      const result = updateParametersWithMomentum(parameters, grads[0]!, v, 0, 0.5);
      for (const [k, p] of Object.entries(parameters)) {
        expectClose(
          k,
          result.parameters[k],
          tf.tidy(() => p.sub(grads[0]![`d${k}`]!.mul(0.5))),
        );
        expectClose(`v["d${k}"]`, result.v[`d${k}`], grads[0]![`d${k}`]!);
        expectClose(`the given ${k}`, p.flatten(), before[k]!, { atol: 0, rtol: 0 });
        expect(v[`d${k}`]!.abs().max().dataSync()[0], `the given v["d${k}"]`).toBe(0);
      }
    },
  );
});
