import type { CharRnnGradients } from "../../src/char-rnn.ts";

/**
 * Clips every gradient to [−maxValue, maxValue], element by element (numpy's
 * `np.clip(g, -maxValue, maxValue, out=g)` on each), so that one long name cannot blow up a
 * step. The gradients given are left as they were.
 *
 * @param gradients dWax [n_a, n_x], dWaa [n_a, n_a], dWya [n_y, n_a], db [n_a, 1], dby [n_y, 1]
 * @param maxValue the bound, > 0
 * @returns the five clipped gradients, same shapes
 */
export function clip(gradients: CharRnnGradients, maxValue: number): CharRnnGradients {
  const clipMatrix = (g: number[][]) =>
    g.map((row) => row.map((v) => Math.min(Math.max(v, -maxValue), maxValue)));
  return {
    dWaa: clipMatrix(gradients.dWaa),
    dWax: clipMatrix(gradients.dWax),
    dWya: clipMatrix(gradients.dWya),
    db: clipMatrix(gradients.db),
    dby: clipMatrix(gradients.dby),
  };
}
