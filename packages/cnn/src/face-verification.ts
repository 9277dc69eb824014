/**
 * How well an encoder verifies faces: over every pair of `perIdentity` pictures of the given
 * identities, the share it gets right with the notebook's rule (the same person when the
 * distance of the encodings is below 0.7). Same-person and different-person pairs are
 * weighted equally (there are many more of the second).
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { facePictures } from "./faces.ts";

export const THRESHOLD = 0.7;

export function verificationAccuracy(
  model: tf.LayersModel,
  identities: number[],
  perIdentity: number,
  seed: number,
): number {
  const { images, labels } = facePictures(
    identities,
    perIdentity,
    new RandomState(seed).randint(0, 2 ** 31),
  );
  const encodings = tf.tidy(() => model.predict(images) as tf.Tensor2D);
  const e = encodings.arraySync();
  tf.dispose([images, encodings]);
  let same = 0;
  let sameRight = 0;
  let other = 0;
  let otherRight = 0;
  for (let i = 0; i < e.length; i++)
    for (let j = i + 1; j < e.length; j++) {
      const d = Math.hypot(...e[i]!.map((v, k) => v - e[j]![k]!));
      if (labels[i] === labels[j]) {
        same++;
        if (d < THRESHOLD) sameRight++;
      } else {
        other++;
        if (d >= THRESHOLD) otherRight++;
      }
    }
  return (sameRight / same + otherRight / other) / 2;
}
