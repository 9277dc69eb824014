/**
 * Given code for assignment 03: the layers the jazz models share, and the two Keras operations
 * tfjs has no layer for.
 *
 * Where tfjs differs from Keras: the notebook slices `X[:, t, :]` inside a functional model and
 * calls `tf.math.argmax` and `tf.one_hot` on symbolic tensors (Keras wraps them in
 * `TFOpLambda` layers); tfjs-layers has no `Lambda`, so {@link TimeStep} and
 * {@link OneHotArgmax} are those operations as layers. An LSTM with `returnState` takes its
 * initial states after the input in one array, `lstmCell.apply([x, a, c])`, and returns
 * `[output, a, c]`.
 */
import * as tf from "@tensorflow/tfjs";
import "./rnn-fixes.ts";

/** The notebook's 90 musical values (here 18 pitches × 5 durations, see `noteOf`). */
export const N_VALUES = 90;

/** `X[:, t, :]`: step t of a [m, Tx, n] tensor, as [m, n]. */
export class TimeStep extends tf.layers.Layer {
  static className = "TimeStep";
  readonly t: number;

  constructor(config: { t: number; name?: string }) {
    super(config);
    this.t = config.t;
  }

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      const [m, , n] = x.shape as number[];
      return x.slice([0, this.t, 0], [m!, 1, n!]).reshape([m!, n!]);
    });
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape {
    const shape = (Array.isArray(inputShape[0]) ? inputShape[0] : inputShape) as tf.Shape;
    return [shape[0]!, shape[2]!];
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), t: this.t };
  }
}
tf.serialization.registerClass(TimeStep);

/**
 * The notebook's `tf.one_hot(tf.math.argmax(out, axis=-1), depth=n)`: each row of [m, n]
 * becomes the one-hot (float32) of its largest entry.
 */
export class OneHotArgmax extends tf.layers.Layer {
  static className = "OneHotArgmax";

  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      // int32 one-hot then a cast: wasm's float32 oneHot writes wrong values
      return tf.oneHot(tf.argMax(x, -1), x.shape[x.shape.length - 1]!).cast("float32");
    });
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape | tf.Shape[] {
    return inputShape;
  }
}
tf.serialization.registerClass(OneHotArgmax);

/** The layers both jazz models share (the notebook's globals). */
export interface JazzLayers {
  /** LSTM(n_a, returnState): [m, 1, n_values] with states a, c [m, n_a] → [output, a, c] */
  lstmCell: tf.layers.Layer;
  /** Dense(n_values, softmax): a [m, n_a] → the next value's probabilities [m, n_values] */
  densor: tf.layers.Layer;
  /** Reshape([1, n_values]): [m, n_values] → [m, 1, n_values], one step for the LSTM */
  reshaper: tf.layers.Layer;
}

/** Fresh shared layers: `LSTM(nA, return_state=True)`, `Dense(nValues, softmax)`, `Reshape((1, nValues))`. */
export function jazzLayers(nA = 64, nValues = N_VALUES): JazzLayers {
  return {
    lstmCell: tf.layers.lstm({ units: nA, returnState: true }),
    densor: tf.layers.dense({ units: nValues, activation: "softmax" }),
    reshaper: tf.layers.reshape({ targetShape: [1, nValues] }),
  };
}
