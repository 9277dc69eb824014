/**
 * What the step-by-step checks compare with: tfjs's own convolution and pooling (the
 * wasm kernels of @dlc/grader, swept against the cpu backend), and seeded NHWC inputs.
 */

import { between, normal } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

/** Z = conv(APrev padded by `pad`, W, stride) + b: the notebook's conv_forward. */
export function convOracle(
  APrev: tf.Tensor,
  W: tf.Tensor,
  b: tf.Tensor,
  stride: number,
  pad: number,
): tf.Tensor4D {
  return tf.tidy(() =>
    tf
      .conv2d(APrev as tf.Tensor4D, W as tf.Tensor4D, stride, [
        [0, 0],
        [pad, pad],
        [pad, pad],
        [0, 0],
      ])
      .add(b),
  );
}

/** The notebook's pool_forward: 'valid' windows. */
export function poolOracle(
  x: tf.Tensor,
  f: number,
  stride: number,
  mode: "max" | "average",
): tf.Tensor4D {
  return mode === "max"
    ? tf.maxPool(x as tf.Tensor4D, f, stride, "valid")
    : tf.avgPool(x as tf.Tensor4D, f, stride, "valid");
}

export interface ConvCase {
  APrev: tf.Tensor4D;
  W: tf.Tensor4D;
  b: tf.Tensor4D;
  hparameters: { stride: number; pad: number };
}

/**
 * A convolution of varied sizes: non-square images, stride 1 to 3 (a stride that leaves rows
 * unused included), padding 0 to 2, filters 1×1 to 3×3, several channels in and out.
 */
export function convCase(rng: RandomState): ConvCase {
  const [m, h, w, cPrev, c] = [
    between(rng, 1, 2),
    between(rng, 3, 6),
    between(rng, 3, 7),
    between(rng, 1, 3),
    between(rng, 1, 4),
  ];
  const f = between(rng, 1, 3);
  const stride = between(rng, 1, 3);
  const pad = between(rng, 0, 2);
  return {
    APrev: normal(rng, [m, h, w, cPrev]) as tf.Tensor4D,
    W: normal(rng, [f, f, cPrev, c]) as tf.Tensor4D,
    b: normal(rng, [1, 1, 1, c]) as tf.Tensor4D,
    hparameters: { stride, pad },
  };
}

export interface PoolCase {
  APrev: tf.Tensor4D;
  hparameters: { f: number; stride: number };
}

/** A pooling of varied sizes; `overlap` forces stride < f (windows that share entries). */
export function poolCase(rng: RandomState, overlap = false): PoolCase {
  const f = between(rng, 2, 3);
  const stride = overlap ? between(rng, 1, f - 1) : between(rng, 1, 3);
  const [m, h, w, c] = [
    between(rng, 1, 2),
    between(rng, f, 7),
    between(rng, f, 7),
    between(rng, 1, 3),
  ];
  return { APrev: normal(rng, [m, h, w, c]) as tf.Tensor4D, hparameters: { f, stride } };
}
