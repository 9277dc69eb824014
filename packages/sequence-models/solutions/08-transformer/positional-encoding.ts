import * as tf from "@tensorflow/tfjs";
import { getAngles } from "./get-angles.ts";

/**
 * The sinusoidal positional encoding: PE(pos, 2i) = sin(angle), PE(pos, 2i + 1) = cos(angle),
 * with angle = pos / 10000^(2i / d) from `getAngles`.
 *
 * @param positions the number of positions N (0 … N − 1)
 * @param d the encoding size
 * @returns float32 [1, N, d]; position 0 is [0, 1, 0, 1, …], every value in [−1, 1]
 */
export function positionalEncoding(positions: number, d: number): tf.Tensor3D {
  return tf.tidy(() => {
    const angles = getAngles(tf.range(0, positions).expandDims(1), tf.range(0, d).expandDims(0), d);
    const even = tf.range(0, d, 1, "int32").mod(2).equal(0).expandDims(0).tile([positions, 1]);
    return tf.where(even, tf.sin(angles), tf.cos(angles)).expandDims(0) as tf.Tensor3D;
  });
}
