import { anyTensorData, expectClose, shape, toTensor } from "@dlc/student-kit/check";
import { test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { sigmoidDerivative } from "./sigmoid-derivative.ts";

describe("sigmoidDerivative", () => {
  it("matches the notebook: sigmoid_derivative([1, 2, 3])", () => {
    expectClose(
      "sigmoidDerivative([1, 2, 3])",
      sigmoidDerivative(tf.tensor1d([1, 2, 3])),
      [0.19661193, 0.10499359, 0.04517666],
    );
  });

  it("peaks at 1/4 at 0", () => {
    expectClose("sigmoidDerivative([0])", sigmoidDerivative(tf.tensor1d([0])), [0.25]);
  });

  test.prop([anyTensorData(shape(2), { min: -6, max: 6 })])(
    "agrees with tf.grad of tf.sigmoid",
    (data) => {
      const x = toTensor(data);
      const expected = tf.grad((t: tf.Tensor) => tf.sigmoid(t))(x);
      const actual = sigmoidDerivative(x);
      expect(actual.shape).toEqual(data.shape);
      expectClose("sigmoidDerivative(x)", actual, expected, { atol: 1e-6 });
    },
  );
});
