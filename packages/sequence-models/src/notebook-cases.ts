/**
 * The notebook's test inputs: `np.random.seed(1)` then `np.random.randn(...)` for each tensor in
 * the order its cells draw them, reproduced bit for bit by `RandomState`.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { LstmCache, LstmParameters } from "./types.ts";

/** Draws `spec`'s tensors one after another from `np.random.seed(seed)`, by name. */
export function drawNamed<K extends string>(
  seed: number,
  spec: readonly (readonly [K, readonly number[]])[],
): Record<K, tf.Tensor2D> {
  const rng = new RandomState(seed);
  return Object.fromEntries(
    spec.map(([name, s]) => [name, tf.tensor(Float32Array.from(rng.randn(...s)), [...s])]),
  ) as Record<K, tf.Tensor2D>;
}

/** The LSTM's parameters in the notebook's drawing order (Wf, bf, Wi, bi, Wo, bo, Wc, bc, Wy, by). */
export function lstmParameterShapes(nA: number, nX: number, nY: number) {
  const gate = [nA, nA + nX];
  const bias = [nA, 1];
  return [
    ["Wf", gate],
    ["bf", bias],
    ["Wi", gate],
    ["bi", bias],
    ["Wo", gate],
    ["bo", bias],
    ["Wc", gate],
    ["bc", bias],
    ["Wy", [nY, nA]],
    ["by", [nY, 1]],
  ] as const;
}

/**
 * An LSTM step's cache of the right shapes that no forward pass made (gates in (0, 1), the
 * candidate in (−1, 1), a_next = Γo ⊙ tanh(c_next)), drawn from `seed`: a backward pass only
 * reads its cache, so a test of the backward pass alone can start from this.
 */
export function randomLstmCache(
  seed: number,
  nX: number,
  nA: number,
  m: number,
  parameters: LstmParameters,
): LstmCache {
  const { xt, aPrev, cPrev, cNext, zf, zi, zc, zo } = drawNamed(seed, [
    ["xt", [nX, m]],
    ["aPrev", [nA, m]],
    ["cPrev", [nA, m]],
    ["cNext", [nA, m]],
    ["zf", [nA, m]],
    ["zi", [nA, m]],
    ["zc", [nA, m]],
    ["zo", [nA, m]],
  ]);
  const [ft, it, cct, ot] = [tf.sigmoid(zf), tf.sigmoid(zi), tf.tanh(zc), tf.sigmoid(zo)];
  return {
    aNext: ot.mul(tf.tanh(cNext)) as tf.Tensor2D,
    cNext,
    aPrev,
    cPrev,
    ft,
    it,
    cct,
    ot,
    xt,
    parameters,
  };
}
