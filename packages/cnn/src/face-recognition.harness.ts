/**
 * Given code for face verification and recognition: builds, inside the grader's sandbox, what a
 * student's verify and whoIsIt take (the face encoder from weights sent as tensors, since the
 * sandbox reads no package files; the database from names and their encodings), calls the
 * student's function and answers with what it returned. The grader decides what is right from
 * encodings it computes itself.
 */
import type * as tf from "@tensorflow/tfjs";
import { faceEncoderFromWeights } from "./face-encoder.ts";

type Fn = (...args: never[]) => unknown;

/** name → encoding [32], from names and their encodings [k, 32]. */
export function databaseOf(names: string[], encodings: tf.Tensor2D): Record<string, tf.Tensor1D> {
  const rows = encodings.unstack() as tf.Tensor1D[];
  return Object.fromEntries(names.map((name, i) => [name, rows[i]!]));
}

/** verify(image, identity, database, encoder) with the encoder and database built here. */
export function verifyWith(
  verify: Fn,
  weights: tf.Tensor[],
  image: tf.Tensor3D,
  identity: string,
  names: string[],
  encodings: tf.Tensor2D,
): unknown {
  const model = faceEncoderFromWeights(weights);
  return (verify as (...a: unknown[]) => unknown)(
    image,
    identity,
    databaseOf(names, encodings),
    model,
  );
}

/** whoIsIt(image, database, encoder) with the encoder and database built here. */
export function whoIsItWith(
  whoIsIt: Fn,
  weights: tf.Tensor[],
  image: tf.Tensor3D,
  names: string[],
  encodings: tf.Tensor2D,
): unknown {
  const model = faceEncoderFromWeights(weights);
  return (whoIsIt as (...a: unknown[]) => unknown)(image, databaseOf(names, encodings), model);
}
