/**
 * Seeded inputs for assignment 01's checks, of varied sizes (n_x, n_a, n_y, m, T_x), and the
 * scalar objectives whose gradients the backward passes must return.
 */

import { between, normal, type ScalarOf } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { lstmCellForward } from "../../solutions/01-rnn-step-by-step/lstm-cell-forward.ts";
import { lstmForward } from "../../solutions/01-rnn-step-by-step/lstm-forward.ts";
import { rnnCellForward } from "../../solutions/01-rnn-step-by-step/rnn-cell-forward.ts";
import { rnnForward } from "../../solutions/01-rnn-step-by-step/rnn-forward.ts";
import type { LstmParameters, RnnParameters } from "../../src/types.ts";

export interface Sizes {
  nX: number;
  nA: number;
  nY: number;
  m: number;
  Tx: number;
}

/** Sizes from 1 (a single unit, example or step) to small several. */
export function sizes(rng: RandomState, fixed: Partial<Sizes> = {}): Sizes {
  return {
    nX: between(rng, 1, 4),
    nA: between(rng, 1, 5),
    nY: between(rng, 2, 4),
    m: between(rng, 1, 5),
    Tx: between(rng, 2, 5),
    ...fixed,
  };
}

/** The basic RNN's weights, N(0, scale²). */
export function rnnParameters(rng: RandomState, { nX, nA, nY }: Sizes, scale = 1): RnnParameters {
  return {
    Wax: normal(rng, [nA, nX], scale) as tf.Tensor2D,
    Waa: normal(rng, [nA, nA], scale) as tf.Tensor2D,
    Wya: normal(rng, [nY, nA], scale) as tf.Tensor2D,
    ba: normal(rng, [nA, 1], scale) as tf.Tensor2D,
    by: normal(rng, [nY, 1], scale) as tf.Tensor2D,
  };
}

/** The LSTM's weights, N(0, scale²). */
export function lstmParameters(rng: RandomState, { nX, nA, nY }: Sizes, scale = 1): LstmParameters {
  const gate = () => normal(rng, [nA, nA + nX], scale) as tf.Tensor2D;
  const bias = () => normal(rng, [nA, 1], scale) as tf.Tensor2D;
  return {
    Wf: gate(),
    bf: bias(),
    Wi: gate(),
    bi: bias(),
    Wc: gate(),
    bc: bias(),
    Wo: gate(),
    bo: bias(),
    Wy: normal(rng, [nY, nA], scale) as tf.Tensor2D,
    by: normal(rng, [nY, 1], scale) as tf.Tensor2D,
  };
}

/** One step's inputs: xt [n_x, m], aPrev and cPrev [n_a, m]. */
export function stepInputs(rng: RandomState, { nX, nA, m }: Sizes) {
  return {
    xt: normal(rng, [nX, m]) as tf.Tensor2D,
    aPrev: normal(rng, [nA, m]) as tf.Tensor2D,
    cPrev: normal(rng, [nA, m]) as tf.Tensor2D,
  };
}

/** A sequence's inputs: x [n_x, m, T_x], a0 [n_a, m]. */
export function sequenceInputs(rng: RandomState, { nX, nA, m, Tx }: Sizes) {
  return {
    x: normal(rng, [nX, m, Tx]) as tf.Tensor3D,
    a0: normal(rng, [nA, m]) as tf.Tensor2D,
  };
}

/** The gradient names each backward pass returns, keyed by the variable they belong to. */
export const RNN_WEIGHTS = ["Wax", "Waa", "ba"] as const;
export const LSTM_WEIGHTS = ["Wf", "bf", "Wi", "bi", "Wc", "bc", "Wo", "bo"] as const;

/** J = Σ daNext ⊙ a_next of the reference RNN cell: its gradients are rnn_cell_backward's. */
export const rnnCellObjective =
  (daNext: tf.Tensor, parameters: RnnParameters): ScalarOf =>
  (v) =>
    rnnCellForward(v.xt as tf.Tensor2D, v.aPrev as tf.Tensor2D, { ...parameters, ...v })
      .aNext.mul(daNext)
      .sum();

/** J = Σ da ⊙ a over every step of the reference RNN: its gradients are rnn_backward's. */
export const rnnObjective =
  (da: tf.Tensor, parameters: RnnParameters): ScalarOf =>
  (v) =>
    rnnForward(v.x as tf.Tensor3D, v.a0 as tf.Tensor2D, { ...parameters, ...v })
      .a.mul(da)
      .sum();

/** J = Σ daNext ⊙ a_next + dcNext ⊙ c_next of the reference LSTM cell. */
export const lstmCellObjective =
  (daNext: tf.Tensor, dcNext: tf.Tensor, parameters: LstmParameters): ScalarOf =>
  (v) => {
    const out = lstmCellForward(
      v.xt as tf.Tensor2D,
      v.aPrev as tf.Tensor2D,
      v.cPrev as tf.Tensor2D,
      { ...parameters, ...v },
    );
    return out.aNext.mul(daNext).sum().add(out.cNext.mul(dcNext).sum());
  };

/** J = Σ da ⊙ a over every step of the reference LSTM. */
export const lstmObjective =
  (da: tf.Tensor, parameters: LstmParameters): ScalarOf =>
  (v) =>
    lstmForward(v.x as tf.Tensor3D, v.a0 as tf.Tensor2D, { ...parameters, ...v })
      .a.mul(da)
      .sum();

/** x[:, :, t] of a [n, m, T] tensor, [n, m]. */
export function stepOf(x: tf.Tensor, t: number): tf.Tensor2D {
  const [n, m] = x.shape as [number, number, number];
  return x.slice([0, 0, t], [n, m, 1]).reshape([n, m]);
}

/**
 * Saturating inputs for the edge checks: the first half of the columns (examples) multiplied
 * by `factor`, so their pre-activations sit deep in tanh's and sigmoid's flat tails, the rest
 * left as drawn (at least one column of each when m ≥ 2).
 */
export function saturateColumns(t: tf.Tensor2D, factor: number): tf.Tensor2D {
  const m = t.shape[1];
  const k = Math.max(1, Math.floor(m / 2));
  const scale = tf.concat([tf.fill([1, k], factor), tf.ones([1, m - k])], 1);
  return t.mul(scale);
}
