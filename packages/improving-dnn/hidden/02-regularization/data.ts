/**
 * What the hidden checks of assignment 02 share: a small three-layer network with its
 * inputs and labels, the forward pass with given dropout masks, the cross-entropy written
 * on the logits (for gradient oracles), and a way to add a hint to a failure.
 */

import { between, expectGradients, labels, normal } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { DropoutCache } from "../../src/dropout.ts";
import type { Grads, Parameters, ThreeLayerCache } from "../../src/types.ts";

export const NAMES = ["W1", "b1", "W2", "b2", "W3", "b3"] as const;

/** Sizes [n0, n1, n2] of a small [n0, n1, n2, 1] network and a number of examples m. */
export function sizes(rng: RandomState) {
  const dims = [between(rng, 2, 4), between(rng, 3, 6), between(rng, 2, 4)] as const;
  return { dims, m: between(rng, 4, 8) };
}

/** X [n0, m] standard normal, Y [1, m] labels with both classes, parameters times `scale`. */
export function network(rng: RandomState, [n0, n1, n2]: readonly number[], m: number, scale = 0.8) {
  const X = normal(rng, [n0!, m]);
  const Y = labels(rng, m);
  const parameters: Parameters = {
    W1: normal(rng, [n1!, n0!], scale),
    b1: normal(rng, [n1!, 1], scale),
    W2: normal(rng, [n2!, n1!], scale),
    b2: normal(rng, [n2!, 1], scale),
    W3: normal(rng, [1, n2!], scale),
    b3: normal(rng, [1, 1], scale),
  };
  return { X, Y, parameters };
}

/** A 0/1 mask [n, m] keeping each unit with probability keepProb. */
export function mask(rng: RandomState, n: number, m: number, keepProb: number): tf.Tensor2D {
  return tf.tensor2d(
    Float32Array.from(rng.rand(n, m), (u) => (u < keepProb ? 1 : 0)),
    [n, m],
  );
}

/** The forward pass with dropout for the given masks: Al = RELU(Zl) ∗ Dl / keepProb. */
export function maskedForward(
  X: tf.Tensor,
  p: Parameters,
  D1: tf.Tensor,
  D2: tf.Tensor,
  keepProb: number,
): DropoutCache {
  const { W1, b1, W2, b2, W3, b3 } = p as Record<string, tf.Tensor>;
  const Z1 = tf.matMul(W1!, X).add(b1!);
  const A1 = tf.relu(Z1).mul(D1).div(keepProb);
  const Z2 = tf.matMul(W2!, A1).add(b2!);
  const A2 = tf.relu(Z2).mul(D2).div(keepProb);
  const Z3 = tf.matMul(W3!, A2).add(b3!);
  const A3 = tf.sigmoid(Z3);
  return { Z1, D1, A1, W1: W1!, b1: b1!, Z2, D2, A2, W2: W2!, b2: b2!, Z3, A3, W3: W3!, b3: b3! };
}

/**
 * The cross-entropy of A3 = σ(Z3), written on Z3: softplus(z) − y·z. The same cost as
 * `crossEntropy`, but its float32 gradient stays exact where σ saturates (and unclipped).
 */
export function logitCrossEntropy(Z3: tf.Tensor, Y: tf.Tensor): tf.Tensor {
  return tf.softplus(Z3).sub(Y.mul(Z3)).mean();
}

/** λ/(2m) (‖W1‖² + ‖W2‖² + ‖W3‖²) as a scalar tensor. */
export function l2Penalty(p: Parameters, lambd: number, m: number): tf.Tensor {
  return tf.addN([p.W1!, p.W2!, p.W3!].map((W) => W.square().sum())).mul(lambd / (2 * m));
}

/** Central differences step ε = 1e-2 across every ReLU: draw until each Z keeps this margin. */
export function clearOfKinks(Zs: tf.Tensor[], margin = 0.1): boolean {
  return Zs.every((Z) => (Z.abs().min().dataSync()[0] ?? 0) > margin);
}

/**
 * Whether no bias gradient dbl = (1/m) Σᵢ dZl[:, i] of `grads` cancels to almost nothing. Two
 * correct float32 computations of such a sum (the student's and tf.grad's) differ by the
 * rounding of its terms, which is then more than the autodiff tolerance of 1e-5 of the sum:
 * gradient checks draw until every sum keeps at least `ratio` of the size of its terms.
 */
export function noCancellation(grads: Grads, ratio = 0.05): boolean {
  return tf.tidy(() =>
    [1, 2, 3].every((l) => {
      const dZ = grads[`dZ${l}`]!;
      const net = dZ.sum(1).norm().dataSync()[0]!;
      const gross = dZ.abs().sum(1).norm().dataSync()[0]!;
      return gross === 0 || net > ratio * gross;
    }),
  );
}

/** The shapes a backward pass of the three-layer network returns, read from its forward cache. */
export function gradientShapes(cache: ThreeLayerCache): Record<string, readonly number[]> {
  const shapes: Record<string, readonly number[]> = {};
  for (const l of [1, 2, 3] as const) {
    shapes[`dZ${l}`] = cache[`Z${l}`].shape;
    shapes[`dW${l}`] = cache[`W${l}`].shape;
    shapes[`db${l}`] = cache[`b${l}`].shape;
  }
  shapes.dA1 = cache.A1.shape;
  shapes.dA2 = cache.A2.shape;
  return shapes;
}

/** The student's dW1 … db3 against the oracle's gradients of W1 … b3, with a hint on failure. */
export function expectNetworkGradients(
  what: string,
  grads: Grads | undefined,
  oracle: Record<string, tf.Tensor>,
  against: "autodiff" | "numeric",
  hint: string,
): Promise<void> {
  return withHint(hint, () =>
    expectGradients(
      what,
      Object.fromEntries(
        NAMES.map((k) => [`d${k}`, { actual: grads?.[`d${k}`], oracle: oracle[k]! }]),
      ),
      against,
    ),
  );
}

/** Runs `check` and appends `hint` to the message of a failure it reports. */
export async function withHint(hint: string, check: () => Promise<void> | void): Promise<void> {
  try {
    await check();
  } catch (error) {
    if (error instanceof CheckError) throw new CheckError(`${error.message}. ${hint}`);
    throw error;
  }
}

/** X [n0, m] standard normal, labelled by the sign of its first row: a task a small net learns. */
export function learnable(rng: RandomState, n0: number, m: number) {
  const X = normal(rng, [n0, m]);
  const Y = tf.tidy(() => X.slice([0, 0], [1, m]).greater(0).cast("float32")) as tf.Tensor2D;
  return { X, Y };
}
