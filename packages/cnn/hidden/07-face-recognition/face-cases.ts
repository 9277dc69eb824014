/**
 * What the verify and whoIsIt checks share: the shipped encoder (its weights are sent to the
 * sandbox), pictures of the notebook's people and of strangers, and their encodings computed
 * here, by the grader.
 */
import type { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { imgToEncoding } from "../../src/face-encoder.ts";
import { faceEncoderWeights, loadFaceEncoder } from "../../src/face-weights.ts";
import { facePictures, IDENTITIES } from "../../src/faces.ts";

let cached: { weights: tf.Tensor[]; model: tf.LayersModel } | undefined;

/** The shipped encoder and its weights, loaded once per grading. */
export function encoder(): { weights: tf.Tensor[]; model: tf.LayersModel } {
  cached ??= { weights: faceEncoderWeights(), model: loadFaceEncoder() };
  return cached;
}

/** Two pictures of each of the 12 people (seeded by `rng`): the database's, and another. */
export function people(rng: RandomState) {
  const { model } = encoder();
  const { images } = facePictures(
    IDENTITIES.map((_, i) => i),
    2,
    rng.randint(0, 2 ** 30),
  );
  const pictures = images.unstack() as tf.Tensor3D[];
  const names = [...IDENTITIES];
  const encodings = tf.stack(
    names.map((_, i) => imgToEncoding(pictures[2 * i]!, model)),
  ) as tf.Tensor2D;
  const database = Object.fromEntries(
    names.map((name, i) => [name, encodings.slice([i, 0], [1, -1]).squeeze([0]) as tf.Tensor1D]),
  );
  /** the other picture of person i */
  const atTheDoor = (i: number) => pictures[2 * i + 1]!;
  return { names, encodings, database, atTheDoor };
}

/** A picture of someone not among the 12. */
export function stranger(rng: RandomState): tf.Tensor3D {
  return facePictures([5000 + rng.randint(0, 1000)], 1, rng.randint(0, 2 ** 30)).images.squeeze([
    0,
  ]);
}

/** A unit vector of `n` random numbers. */
export function direction(rng: RandomState, n: number): tf.Tensor1D {
  const v = Array.from({ length: n }, () => rng.nextGaussian());
  const norm = Math.hypot(...v);
  return tf.tensor1d(v.map((x) => x / norm));
}
