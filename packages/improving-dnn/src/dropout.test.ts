import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { type DropoutCache, disposeDropoutCache } from "./dropout.ts";

describe("disposeDropoutCache", () => {
  it("frees the activations and the masks, and leaves the parameters to their owner", () => {
    const parameters = {
      W1: tf.ones([2, 2]),
      b1: tf.zeros([2, 1]),
      W2: tf.ones([1, 2]),
      b2: tf.zeros([1, 1]),
      W3: tf.ones([1, 1]),
      b3: tf.zeros([1, 1]),
    };
    const before = tf.memory().numTensors;
    const cache: DropoutCache = {
      ...parameters,
      Z1: tf.ones([2, 3]),
      D1: tf.ones([2, 3]),
      A1: tf.ones([2, 3]),
      Z2: tf.ones([1, 3]),
      D2: tf.ones([1, 3]),
      A2: tf.ones([1, 3]),
      Z3: tf.ones([1, 3]),
      A3: tf.ones([1, 3]),
    };
    disposeDropoutCache(cache);
    expect(tf.memory().numTensors).toBe(before);
    expect(Object.values(parameters).every((t) => !t.isDisposed)).toBe(true);
  });
});
