import { expectClose, randnSequence } from "@dlc/student-kit/check";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { forwardPropagation } from "./forward-propagation.ts";

/** X [n0, m] and W1, b1, W2, b2, W3, b3 drawn in that order from np.random.seed(seed). */
function draw(seed: number, [n0, n1, n2, n3]: number[], m: number) {
  const [X, W1, b1, W2, b2, W3, b3] = randnSequence(seed, [
    [n0!, m],
    [n1!, n0!],
    [n1!, 1],
    [n2!, n1!],
    [n2!, 1],
    [n3!, n2!],
    [n3!, 1],
  ]);
  return { X: X!, parameters: { W1: W1!, b1: b1!, W2: W2!, b2: b2!, W3: W3!, b3: b3! } };
}

describe("forwardPropagation", () => {
  it("gives the logits numpy gives for the seed-1 network [4, 5, 3, 2] on 3 examples", () => {
    // np.random.seed(1); X = randn(4, 3); W1 = randn(5, 4); b1 = randn(5, 1); … ; W3·A2 + b3
    const { X, parameters } = draw(1, [4, 5, 3, 2], 3);
    expectClose("forwardPropagation(X, parameters)", forwardPropagation(X, parameters), [
      [4.516886634, 1.656676908, 7.754605783],
      [-2.131644678, 0.185755714, -4.754910922],
    ]);
  });

  it("lets tf.variableGrads reach all six variables (the notebook's GradientTape check)", () => {
    const { X, parameters } = draw(2, [6, 4, 3, 3], 5);
    const variables = Object.fromEntries(
      Object.entries(parameters).map(([k, v]) => [k, tf.variable(v)]),
    );
    const { grads } = tf.variableGrads(() =>
      forwardPropagation(X, variables)
        .sub(tf.ones([3, 5]))
        .mean()
        .asScalar(),
    );
    for (const v of Object.values(variables)) {
      expect(grads[v.name]?.shape).toEqual(v.shape);
    }
    tf.dispose([...Object.values(variables), ...Object.values(grads)]);
  });

  test.prop([
    fc.array(fc.integer({ min: 1, max: 6 }), { minLength: 4, maxLength: 4 }),
    fc.integer({ min: 1, max: 5 }),
    fc.nat(1000),
  ])("equals W3·relu(W2·relu(W1·X + b1) + b2) + b3, shaped [n_y, m]", (dims, m, seed) => {
    const { X, parameters: p } = draw(seed, dims, m);
    const A1 = tf.relu(tf.matMul(p.W1, X).add(p.b1));
    const A2 = tf.relu(tf.matMul(p.W2, A1).add(p.b2));
    const Z3 = tf.matMul(p.W3, A2).add(p.b3);
    const actual = forwardPropagation(X, p);
    expect(actual.shape).toEqual([dims[3], m]);
    expectClose("forwardPropagation(X, parameters)", actual, Z3);
  });
});
