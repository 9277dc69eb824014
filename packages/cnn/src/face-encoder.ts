/**
 * FaceNet-lite, the stand-in for the notebook's FaceNet (Inception, 3.7 M parameters, 96×96 →
 * 128 numbers): three conv-ReLU-pool stages, a Dense(32) and an L2 normalisation, so every
 * encoding is a unit vector of 32 numbers and the distance of two encodings is in [0, 2].
 * 32×32×3 pictures (src/faces.ts). The project trains it with the triplet loss
 * (scripts/pretrain-face-encoder.ts) and ships its weights (weights/face-encoder.bin).
 *
 * `imgToEncoding` is the notebook's `img_to_encoding`: one picture in, its encoding out.
 */
import * as tf from "@tensorflow/tfjs";
import { FACE_SIZE } from "./faces.ts";

/** Divides each row by its Euclidean norm: [m, n] → [m, n] unit rows (Keras's Lambda(l2_normalize)). */
export class L2Normalize extends tf.layers.Layer {
  static className = "L2Normalize";
  override call(inputs: tf.Tensor | tf.Tensor[]): tf.Tensor {
    return tf.tidy(() => {
      const x = Array.isArray(inputs) ? inputs[0]! : inputs;
      return x.div(x.square().sum(-1, true).add(1e-10).sqrt());
    });
  }
}
tf.serialization.registerClass(L2Normalize);

export const ENCODING_SIZE = 32;

/** The encoder's layers, seeded (`seed` draws the initial weights); [m, 32, 32, 3] → [m, 32]. */
export function faceEncoder(seed = 1): tf.Sequential {
  const init = (k: number) => tf.initializers.glorotUniform({ seed: seed * 10 + k });
  const model = tf.sequential({ name: "face_encoder" });
  model.add(tf.layers.inputLayer({ inputShape: [FACE_SIZE, FACE_SIZE, 3] }));
  for (const [k, filters] of [8, 16, 16].entries()) {
    model.add(
      tf.layers.conv2d({
        filters,
        kernelSize: 3,
        padding: "same",
        activation: "relu",
        kernelInitializer: init(k),
      }),
    );
    model.add(tf.layers.maxPooling2d({ poolSize: 2 }));
  }
  model.add(tf.layers.flatten());
  model.add(tf.layers.dense({ units: ENCODING_SIZE, kernelInitializer: init(9) }));
  model.add(new L2Normalize({}));
  return model;
}

/** The encoder with the given weights (getWeights() order). */
export function faceEncoderFromWeights(weights: tf.Tensor[]): tf.Sequential {
  const model = faceEncoder();
  model.setWeights(weights);
  return model;
}

/** The notebook's img_to_encoding: one picture [32, 32, 3] → its encoding [32]. */
export function imgToEncoding(image: tf.Tensor3D, model: tf.LayersModel): tf.Tensor1D {
  return tf.tidy(() => (model.predict(image.expandDims(0)) as tf.Tensor2D).squeeze([0]));
}
