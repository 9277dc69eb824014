import * as tf from "@tensorflow/tfjs";
import { imgToEncoding } from "../../src/face-encoder.ts";

/**
 * Face recognition: who, of the database, is the person in `image`? The nearest encoding.
 * Like the notebook, the nearest name comes back even when it is too far to be that person:
 * `inDatabase` says whether the distance is at most 0.7 (the notebook prints "Not in the
 * database." when it is above).
 *
 * @param image the picture at the door, [32, 32, 3]
 * @param database encodings of the people allowed in, name → [32]
 * @param model the face encoder
 * @returns `minDist`, the smallest L2 distance; `identity`, whose encoding it is;
 *   `inDatabase`, whether minDist ≤ 0.7
 */
export function whoIsIt(
  image: tf.Tensor3D,
  database: Record<string, tf.Tensor1D>,
  model: tf.LayersModel,
): { minDist: number; identity: string; inDatabase: boolean } {
  const encoding = imgToEncoding(image, model);
  let minDist = 100;
  let identity = "";
  for (const [name, dbEnc] of Object.entries(database)) {
    const dist = tf.tidy(() => tf.norm(tf.sub(encoding, dbEnc)).dataSync()[0]!);
    if (dist < minDist) {
      minDist = dist;
      identity = name;
    }
  }
  encoding.dispose();
  return { minDist, identity, inDatabase: minDist <= 0.7 };
}
