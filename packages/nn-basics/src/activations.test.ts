import { anyTensorData, expectClose, shape, toTensor } from "@dlc/student-kit/check";
import { test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe } from "vitest";
import { relu, reluBackward, sigmoid, sigmoidBackward } from "./activations.ts";

describe("activations", () => {
  test.prop([anyTensorData(shape(2), { min: -5, max: 5 })])(
    "backward functions agree with tf.grad of their forward",
    (data) => {
      const Z = toTensor(data);
      const dA = Z.mul(0.3).add(1);
      expectClose(
        "sigmoidBackward",
        sigmoidBackward(dA, sigmoid(Z).cache),
        tf.grad((z: tf.Tensor) => tf.sigmoid(z).mul(dA).sum())(Z),
      );
      expectClose(
        "reluBackward",
        reluBackward(dA, relu(Z).cache),
        tf.grad((z: tf.Tensor) => tf.relu(z).mul(dA).sum())(Z),
      );
    },
  );
});
