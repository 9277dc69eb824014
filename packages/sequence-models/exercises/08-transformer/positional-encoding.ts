import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: angles = getAngles(range(positions) as a column, range(d) as a row, d); sin on the even
  // columns, cos on the odd ones (tf.where on a column-parity mask); add a leading axis of 1.
  throw new NotImplemented("positionalEncoding");
}
