/**
 * What the gradient-checking notebook provides, in float64 (plain numbers, see matrix64.ts):
 * the three-layer network LINEAR → RELU → LINEAR → RELU → LINEAR → SIGMOID with its cost
 * (`forward_propagation_n`), its backward pass AS THE NOTEBOOK SHIPS IT, with two deliberate
 * bugs for you to find with your `gradientCheckN` (`backward_propagation_n`), and the inputs
 * of the notebook's test (`gradient_check_n_test_case`).
 *
 * At the end of the file, `backwardPropagationNFixed` is the answer to the bug hunt: read it
 * after you have found the two bugs yourself.
 */
import { RandomState } from "@dlc/student-kit/check";
import {
  add,
  dot,
  fromValues,
  type Matrix,
  map,
  mul,
  scale,
  shapeOf,
  sub,
  sum,
  sumRows,
  transpose,
} from "./matrix64.ts";

/** The network's parameters, keyed like the notebook: W1 [n1, n0], b1 [n1, 1], W2, b2, W3, b3. */
export type NetParameters = Record<string, Matrix>;

/** Gradients keyed like the notebook: dW1, db1, …, and the dZl, dAl the backward pass also returns. */
export type NetGradients = Record<string, Matrix>;

/**
 * What `forwardPropagationN` remembers (the notebook's tuple
 * `(Z1, A1, W1, b1, Z2, A2, W2, b2, Z3, A3, W3, b3)`): Zl and Al [n_l, m], Wl, bl.
 */
export interface GradientCheckCache {
  Z1: Matrix;
  A1: Matrix;
  W1: Matrix;
  b1: Matrix;
  Z2: Matrix;
  A2: Matrix;
  W2: Matrix;
  b2: Matrix;
  Z3: Matrix;
  A3: Matrix;
  W3: Matrix;
  b3: Matrix;
}

const relu = (z: number) => Math.max(0, z);
const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/**
 * The forward pass and the mean cross-entropy cost (the notebook's `forward_propagation_n`).
 *
 * @param X inputs, [n0, m]
 * @param Y labels 0/1, [1, m]
 * @param parameters W1 [n1, n0], b1 [n1, 1], W2 [n2, n1], b2 [n2, 1], W3 [1, n2], b3 [1, 1]
 * @returns cost = −(1/m) Σ [y log a3 + (1 − y) log(1 − a3)] and the cache for the backward pass
 */
export function forwardPropagationN(
  X: Matrix,
  Y: Matrix,
  parameters: NetParameters,
): { cost: number; cache: GradientCheckCache } {
  const m = shapeOf(X)[1];
  const { W1, b1, W2, b2, W3, b3 } = parameters as Record<string, Matrix>;
  const Z1 = add(dot(W1!, X), b1!);
  const A1 = map(Z1, relu);
  const Z2 = add(dot(W2!, A1), b2!);
  const A2 = map(Z2, relu);
  const Z3 = add(dot(W3!, A2), b3!);
  const A3 = map(Z3, sigmoid);
  const logProbs = add(
    mul(
      map(A3, (a) => -Math.log(a)),
      Y,
    ),
    mul(
      map(A3, (a) => -Math.log(1 - a)),
      map(Y, (y) => 1 - y),
    ),
  );
  const cost = (1 / m) * sum(logProbs);
  return {
    cost,
    cache: { Z1, A1, W1: W1!, b1: b1!, Z2, A2, W2: W2!, b2: b2!, Z3, A3, W3: W3!, b3: b3! },
  };
}

const step = (a: number) => (a > 0 ? 1 : 0);

/**
 * The backward pass AS THE NOTEBOOK PROVIDES IT (`backward_propagation_n`): it has two
 * deliberate bugs. Do not trust it: check it with your `gradientCheckN`.
 *
 * @param X inputs, [n0, m]
 * @param Y labels, [1, m]
 * @param cache from `forwardPropagationN`
 * @returns dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1, each shaped like its variable
 */
export function backwardPropagationN(
  X: Matrix,
  Y: Matrix,
  cache: GradientCheckCache,
): NetGradients {
  const m = shapeOf(X)[1];
  const { A1, W2, A2, W3, A3 } = cache;
  const dZ3 = sub(A3, Y);
  const dW3 = scale(dot(dZ3, transpose(A2)), 1 / m);
  const db3 = scale(sumRows(dZ3), 1 / m);
  const dA2 = dot(transpose(W3), dZ3);
  const dZ2 = mul(dA2, map(A2, step));
  const dW2 = scale(scale(dot(dZ2, transpose(A1)), 1 / m), 2);
  const db2 = scale(sumRows(dZ2), 1 / m);
  const dA1 = dot(transpose(W2), dZ2);
  const dZ1 = mul(dA1, map(A1, step));
  const dW1 = scale(dot(dZ1, transpose(X)), 1 / m);
  const db1 = scale(sumRows(dZ1), 4 / m);
  return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
}

/**
 * The inputs of the notebook's `gradient_check_n_test_case()`, drawn as it draws them:
 * `np.random.seed(1)`, then X = randn(4, 3), Y = [1, 1, 0], W1 = randn(5, 4), b1 = randn(5, 1),
 * W2 = randn(3, 5), b2 = randn(3, 1), W3 = randn(1, 3), b3 = randn(1, 1).
 *
 * @returns X [4, 3], Y [1, 3] (the notebook's `np.array([1, 1, 0])` as a row) and the parameters
 */
export function gradientCheckNTestCase(): { X: Matrix; Y: Matrix; parameters: NetParameters } {
  const rng = new RandomState(1);
  const randn = (rows: number, cols: number) => fromValues(rows, cols, rng.randn(rows, cols));
  const X = randn(4, 3);
  const Y = [[1, 1, 0]];
  const W1 = randn(5, 4);
  const b1 = randn(5, 1);
  const W2 = randn(3, 5);
  const b2 = randn(3, 1);
  const W3 = randn(1, 3);
  const b3 = randn(1, 1);
  return { X, Y, parameters: { W1, b1, W2, b2, W3, b3 } };
}

/**
 * The layer sizes [n0, n1, n2, n3] of a three-layer network, read from the shapes of W1
 * [n1, n0], W2 [n2, n1] and W3 [n3, n2]: what `vectorToDictionary` needs to rebuild
 * parameters of another size than the notebook's [4, 5, 3, 1].
 */
export function layerDimsOf(parameters: NetParameters): number[] {
  const [n1, n0] = shapeOf(parameters.W1!);
  const n2 = shapeOf(parameters.W2!)[0];
  const n3 = shapeOf(parameters.W3!)[0];
  return [n0, n1, n2, n3];
}

/**
 * SPOILER, the answer to the bug hunt: `backwardPropagationN` with its two bugs fixed.
 * The notebook's `dW2 = 1./m * np.dot(dZ2, A1.T) * 2` loses its `* 2`, and
 * `db1 = 4./m * np.sum(dZ1, axis=1, keepdims=True)` becomes `1./m * …`. Everything else is
 * as provided. Your `gradientCheckN` should give about 1e-7 with it (below the 2e-7 threshold)
 * and 0.285 with the provided one on the notebook's test case.
 */
export function backwardPropagationNFixed(
  X: Matrix,
  Y: Matrix,
  cache: GradientCheckCache,
): NetGradients {
  const m = shapeOf(X)[1];
  const { A1, W2, A2, W3, A3 } = cache;
  const dZ3 = sub(A3, Y);
  const dW3 = scale(dot(dZ3, transpose(A2)), 1 / m);
  const db3 = scale(sumRows(dZ3), 1 / m);
  const dA2 = dot(transpose(W3), dZ3);
  const dZ2 = mul(dA2, map(A2, step));
  const dW2 = scale(dot(dZ2, transpose(A1)), 1 / m);
  const db2 = scale(sumRows(dZ2), 1 / m);
  const dA1 = dot(transpose(W2), dZ2);
  const dZ1 = mul(dA1, map(A1, step));
  const dW1 = scale(dot(dZ1, transpose(X)), 1 / m);
  const db1 = scale(sumRows(dZ1), 1 / m);
  return { dZ3, dW3, db3, dA2, dZ2, dW2, db2, dA1, dZ1, dW1, db1 };
}
