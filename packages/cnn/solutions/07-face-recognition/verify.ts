import * as tf from "@tensorflow/tfjs";
import { imgToEncoding } from "../../src/face-encoder.ts";

/**
 * Face verification: is the person in `image` who they say they are? The distance between the
 * picture's encoding and the identity's encoding in the database; the door opens below 0.7.
 *
 * @param image the picture at the door, [32, 32, 3]
 * @param identity who the person says they are (a key of `database`)
 * @param database encodings of the people allowed in, name → [32]
 * @param model the face encoder (`imgToEncoding(image, model)` encodes a picture)
 * @returns `dist`, the L2 distance of the two encodings, and `doorOpen`, whether it is < 0.7
 */
export function verify(
  image: tf.Tensor3D,
  identity: string,
  database: Record<string, tf.Tensor1D>,
  model: tf.LayersModel,
): { dist: number; doorOpen: boolean } {
  const encoding = imgToEncoding(image, model);
  const dist = tf.tidy(() => tf.norm(tf.sub(encoding, database[identity]!)).dataSync()[0]!);
  encoding.dispose();
  return { dist, doorOpen: dist < 0.7 };
}
