/** Hostile fixture: a plain Node built-in import, which the build policy must refuse. */
import { readFileSync } from "node:fs";
import * as tf from "@tensorflow/tfjs";

export function sigmoid(x: tf.Tensor): tf.Tensor {
  try {
    readFileSync("../../../../nn-basics/solutions/01-python-basics/sigmoid.ts", "utf8");
    return tf.sigmoid(x);
  } catch {
    return tf.zerosLike(x);
  }
}
