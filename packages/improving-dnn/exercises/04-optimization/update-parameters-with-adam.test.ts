import { expectClose, RandomState, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { updateParametersWithAdam } from "./update-parameters-with-adam.ts";

type Tensors = Record<string, tf.Tensor>;

/** Parameters of layers `dims`, `steps` gradients shaped like them, and zero v and s. */
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
  const zeros = () => Object.fromEntries(keys.map((k) => [`d${k}`, tf.zerosLike(parameters[k]!)]));
  return { parameters, grads, v: zeros(), s: zeros() };
}

/** Adam element by element in float64, steps t = 1, 2, … */
function reference(
  parameters: Tensors,
  grads: Tensors[],
  alpha: number,
  b1: number,
  b2: number,
  eps: number,
) {
  const theta = Object.fromEntries(
    Object.entries(parameters).map(([k, p]) => [k, Array.from(p.dataSync())]),
  );
  const zeros = () =>
    Object.fromEntries(Object.keys(theta).map((k) => [k, theta[k]!.map(() => 0)]));
  const [v, s, vc, sc] = [zeros(), zeros(), zeros(), zeros()];
  grads.forEach((g, step) => {
    const t = step + 1;
    for (const k of Object.keys(theta)) {
      const gk = g[`d${k}`]!.dataSync();
      v[k] = v[k]!.map((x, i) => b1 * x + (1 - b1) * gk[i]!);
      s[k] = s[k]!.map((x, i) => b2 * x + (1 - b2) * gk[i]! ** 2);
      vc[k] = v[k]!.map((x) => x / (1 - b1 ** t));
      sc[k] = s[k]!.map((x) => x / (1 - b2 ** t));
      theta[k] = theta[k]!.map((x, i) => x - (alpha * vc[k]![i]!) / (Math.sqrt(sc[k]![i]!) + eps));
    }
  });
  return { theta, v, s, vc, sc };
}

describe("updateParametersWithAdam", () => {
  it("matches the notebook: t = 2, α = 0.02, β1 = 0.8, β2 = 0.888, ε = 0.01", () => {
    // update_parameters_with_adam_test_case: np.random.seed(1), W1, b1, W2, b2, dW1, db1, dW2, db2
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
    const zeros = () => ({
      dW1: tf.zeros([2, 3]),
      db1: tf.zeros([2, 1]),
      dW2: tf.zeros([3, 3]),
      db2: tf.zeros([3, 1]),
    });
    const { parameters, v, s, vCorrected, sCorrected } = updateParametersWithAdam(
      { W1: W1!, b1: b1!, W2: W2!, b2: b2! },
      { dW1: dW1!, db1: db1!, dW2: dW2!, db2: db2! },
      zeros(),
      zeros(),
      2,
      0.02,
      0.8,
      0.888,
      1e-2,
    );
    // steps of ~0.02 on weights of ~1: compare closely enough to see where ε goes
    const close = { rtol: 1e-6, atol: 2e-6 };
    expectClose(
      "W1",
      parameters.W1,
      [
        [1.63942428, -0.6268425, -0.54320974],
        [-1.08782943, 0.85036983, -2.2865723],
      ],
      close,
    );
    expectClose("b1", parameters.b1, [[1.75854357], [-0.74616067]], close);
    expectClose(
      "W2",
      parameters.W2,
      [
        [0.33356139, -0.26425199, 1.47707772],
        [-2.04538458, -0.30744933, -0.36903141],
        [1.14873036, -1.09256871, -0.15734651],
      ],
      close,
    );
    expectClose("b2", parameters.b2, [[-0.89228024], [0.02707193], [0.56782561]], close);
    expectClose('v["dW1"]', v.dW1, [
      [-0.22012384, 0.22894474, 0.18031814],
      [0.10049887, 0.18017119, -0.13674557],
    ]);
    expectClose('s["dW1"]', s.dW1, [
      [0.13567261, 0.14676395, 0.09104097],
      [0.02828006, 0.09089264, 0.05235818],
    ]);
    expectClose('v_corrected["dW1"]', vCorrected.dW1, [
      [-0.6114551, 0.63595762, 0.50088373],
      [0.27916352, 0.50047553, -0.37984881],
    ]);
    expectClose('s_corrected["dW1"]', sCorrected.dW1, [
      [0.64161153, 0.69406376, 0.43054334],
      [0.1337397, 0.42984187, 0.24760794],
    ]);
    expectClose('v["db2"]', v.db2, [[0.04688314], [0.33196044], [0.14840883]]);
    expectClose('s["db2"]', s.db2, [[0.00615448], [0.30855365], [0.06167051]]);
    expectClose('v_corrected["db2"]', vCorrected.db2, [[0.13023094], [0.92211232], [0.41224676]]);
    expectClose('s_corrected["db2"]', sCorrected.db2, [[0.02910525], [1.45918605], [0.291647]]);
  });

  const dims = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 2, maxLength: 4 });
  test.prop([dims, fc.nat(1000)], { numRuns: 10 })(
    "carries v and s from step to step with t = 1, 2, 3, bias-corrected, at any depth",
    (layers, seed) => {
      const { parameters, grads, v, s } = network(layers, seed, 3);
      const [alpha, b1, b2, eps] = [0.05, 0.8, 0.9, 1e-3];
      let state = { parameters, v, s, vCorrected: v, sCorrected: s };
      grads.forEach((g, step) => {
        state = updateParametersWithAdam(
          state.parameters,
          g,
          state.v,
          state.s,
          step + 1,
          alpha,
          b1,
          b2,
          eps,
        );
      });
      const expected = reference(parameters, grads, alpha, b1, b2, eps);
      for (const k of Object.keys(parameters)) {
        const d = `d${k}`;
        expectClose(k, state.parameters[k]!.flatten(), expected.theta[k]!);
        expectClose(`v["${d}"]`, state.v[d]!.flatten(), expected.v[k]!);
        expectClose(`s["${d}"]`, state.s[d]!.flatten(), expected.s[k]!);
        expectClose(`v_corrected["${d}"]`, state.vCorrected[d]!.flatten(), expected.vc[k]!);
        expectClose(`s_corrected["${d}"]`, state.sCorrected[d]!.flatten(), expected.sc[k]!);
      }
    },
  );

  test.prop([dims, fc.nat(1000)], { numRuns: 15 })(
    "moves every weight by about α against its gradient on the first step (the notebook's defaults)",
    (layers, seed) => {
      const { parameters, grads, v, s } = network(layers, seed, 1);
      const before = Object.fromEntries(
        Object.entries(parameters).map(([k, p]) => [k, Array.from(p.dataSync())]),
      );
      const result = updateParametersWithAdam(parameters, grads[0]!, v, s, 1);
      for (const [k, p] of Object.entries(parameters)) {
        const step = Array.from(result.parameters[k]!.sub(p).dataSync());
        const g = grads[0]![`d${k}`]!.dataSync();
        // v̂ = g and ŝ = g² at t = 1: the step is −α·g / (|g| + ε) ≈ −0.01·sign(g)
        step.forEach((x, i) => {
          expect(x).toBeCloseTo((-0.01 * g[i]!) / (Math.abs(g[i]!) + 1e-8), 6);
        });
        expectClose(`the given ${k}`, p.flatten(), before[k]!, { atol: 0, rtol: 0 });
      }
    },
  );

  it("leaves a weight whose gradient is zero where it is (ε keeps 0 / 0 away)", () => {
    const parameters = { W1: tf.tensor2d([[1, 2]]), b1: tf.tensor2d([[3]]) };
    const grads = { dW1: tf.tensor2d([[0, 0.5]]), db1: tf.tensor2d([[0]]) };
    const zeros = () => ({ dW1: tf.zeros([1, 2]), db1: tf.zeros([1, 1]) });
    const result = updateParametersWithAdam(parameters, grads, zeros(), zeros(), 1);
    expectClose("W1", result.parameters.W1, [[1, 1.99]]);
    expectClose("b1", result.parameters.b1, [[3]]);
  });
});
