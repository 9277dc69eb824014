/**
 * Given code for assignment 06: the notebook's shared attention layers, created once and passed
 * to `oneStepAttention` (the notebook keeps them as globals), and the softmax over time that
 * tfjs lacks.
 *
 * Where tfjs differs from Keras: there is no `Lambda` layer; the `softmax` layer's default axis
 * is not Keras's; and softmax over a non-last axis is not implemented on wasm. So the activator
 * is {@link SoftmaxOverTime}: it moves time to the last axis, takes the softmax there and moves
 * it back.
 */
import * as tf from "@tensorflow/tfjs";
import "./rnn-fixes.ts";

/** Softmax over axis 1 (time) of a [m, Tx, k] tensor: each [:, :, j] sums to 1 over t. */
export class SoftmaxOverTime extends tf.layers.Layer {
  static className = "SoftmaxOverTime";

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      return tf.transpose(tf.softmax(tf.transpose(x, [0, 2, 1])), [0, 2, 1]);
    });
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape | tf.Shape[] {
    return inputShape;
  }
}
tf.serialization.registerClass(SoftmaxOverTime);

/**
 * The layers one attention step uses, shared by every step (the notebook's globals):
 * a = the pre-attention Bi-LSTM's states [m, Tx, 2·n_a], s_prev = the post-attention LSTM's
 * previous state [m, n_s].
 */
export interface AttentionLayers {
  /** RepeatVector(Tx): s_prev [m, n_s] → [m, Tx, n_s] */
  repeator: tf.layers.Layer;
  /** Concatenate(axis=-1): [a, s_prev repeated] → [m, Tx, 2·n_a + n_s] */
  concatenator: tf.layers.Layer;
  /** Dense(10, tanh): → intermediate energies [m, Tx, 10] */
  densor1: tf.layers.Layer;
  /** Dense(1, relu): → energies [m, Tx, 1] */
  densor2: tf.layers.Layer;
  /** softmax over time (axis 1): → attention weights alphas [m, Tx, 1] */
  activator: tf.layers.Layer;
  /** Dot(axes=1): [alphas, a] → context [m, 1, 2·n_a] */
  dotor: tf.layers.Layer;
}

/** The notebook's shared attention layers for inputs of `Tx` steps. */
export function attentionLayers(Tx: number): AttentionLayers {
  return {
    repeator: tf.layers.repeatVector({ n: Tx }),
    concatenator: tf.layers.concatenate({ axis: -1 }),
    densor1: tf.layers.dense({ units: 10, activation: "tanh" }),
    densor2: tf.layers.dense({ units: 1, activation: "relu" }),
    activator: new SoftmaxOverTime({}),
    dotor: tf.layers.dot({ axes: 1 }),
  };
}
