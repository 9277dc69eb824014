/**
 * What the RNN and LSTM functions of assignment 01 pass between them, in the notebook's
 * orientation (examples are columns; time is the last axis):
 * n_x inputs, n_a hidden units, n_y outputs, m examples, T_x time steps.
 */
import type * as tf from "@tensorflow/tfjs";

/** The basic RNN's weights. */
export interface RnnParameters {
  /** input → hidden, [n_a, n_x] */
  Wax: tf.Tensor2D;
  /** hidden → hidden, [n_a, n_a] */
  Waa: tf.Tensor2D;
  /** hidden → output, [n_y, n_a] */
  Wya: tf.Tensor2D;
  /** hidden bias, [n_a, 1] */
  ba: tf.Tensor2D;
  /** output bias, [n_y, 1] */
  by: tf.Tensor2D;
}

/** One RNN step's cache, the notebook's tuple (a_next, a_prev, xt, parameters). */
export interface RnnCache {
  aNext: tf.Tensor2D;
  aPrev: tf.Tensor2D;
  xt: tf.Tensor2D;
  parameters: RnnParameters;
}

/** A whole sequence's caches, the notebook's pair (caches, x): one cache per step, then x. */
export type RnnCaches = [caches: RnnCache[], x: tf.Tensor3D];

/** The LSTM's weights: the four gates read [a_prev; xt], so their W are [n_a, n_a + n_x]. */
export interface LstmParameters {
  /** forget gate, [n_a, n_a + n_x] and [n_a, 1] */
  Wf: tf.Tensor2D;
  bf: tf.Tensor2D;
  /** update (input) gate, [n_a, n_a + n_x] and [n_a, 1] */
  Wi: tf.Tensor2D;
  bi: tf.Tensor2D;
  /** candidate value c̃, [n_a, n_a + n_x] and [n_a, 1] */
  Wc: tf.Tensor2D;
  bc: tf.Tensor2D;
  /** output gate, [n_a, n_a + n_x] and [n_a, 1] */
  Wo: tf.Tensor2D;
  bo: tf.Tensor2D;
  /** hidden → output, [n_y, n_a] and [n_y, 1] */
  Wy: tf.Tensor2D;
  by: tf.Tensor2D;
}

/**
 * One LSTM step's cache, the notebook's 10-tuple
 * (a_next, c_next, a_prev, c_prev, ft, it, cct, ot, xt, parameters); every tensor [n_a, m]
 * except xt [n_x, m].
 */
export interface LstmCache {
  aNext: tf.Tensor2D;
  cNext: tf.Tensor2D;
  aPrev: tf.Tensor2D;
  cPrev: tf.Tensor2D;
  ft: tf.Tensor2D;
  it: tf.Tensor2D;
  cct: tf.Tensor2D;
  ot: tf.Tensor2D;
  xt: tf.Tensor2D;
  parameters: LstmParameters;
}

/** A whole sequence's LSTM caches, the notebook's pair (caches, x). */
export type LstmCaches = [caches: LstmCache[], x: tf.Tensor3D];

/** rnn_cell_backward's gradients: dxt [n_x, m], daPrev [n_a, m], and the weights'. */
export interface RnnCellGradients {
  dxt: tf.Tensor2D;
  daPrev: tf.Tensor2D;
  dWax: tf.Tensor2D;
  dWaa: tf.Tensor2D;
  dba: tf.Tensor2D;
}

/** rnn_backward's gradients: dx [n_x, m, T_x], da0 [n_a, m], and the weights'. */
export interface RnnGradients {
  dx: tf.Tensor3D;
  da0: tf.Tensor2D;
  dWax: tf.Tensor2D;
  dWaa: tf.Tensor2D;
  dba: tf.Tensor2D;
}

/** The gates' weight and bias gradients, shaped like their parameters. */
export interface LstmGateGradients {
  dWf: tf.Tensor2D;
  dbf: tf.Tensor2D;
  dWi: tf.Tensor2D;
  dbi: tf.Tensor2D;
  dWc: tf.Tensor2D;
  dbc: tf.Tensor2D;
  dWo: tf.Tensor2D;
  dbo: tf.Tensor2D;
}

/** lstm_cell_backward's gradients: dxt [n_x, m], daPrev and dcPrev [n_a, m], the gates'. */
export interface LstmCellGradients extends LstmGateGradients {
  dxt: tf.Tensor2D;
  daPrev: tf.Tensor2D;
  dcPrev: tf.Tensor2D;
}

/** lstm_backward's gradients: dx [n_x, m, T_x], da0 [n_a, m], the gates'. */
export interface LstmGradients extends LstmGateGradients {
  dx: tf.Tensor3D;
  da0: tf.Tensor2D;
}
