import * as tf from "@tensorflow/tfjs";
import { sigmoid } from "./sigmoid.ts";

export function sigmoidDerivative(x: tf.Tensor): tf.Tensor {
  const s = sigmoid(x);
  return tf.mul(s, tf.sub(1, s));
}
