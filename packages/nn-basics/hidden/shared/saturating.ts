/**
 * Parameters large enough that every pre-activation is beyond float32's e^z range
 * (|z| > 89), once with the output layer's sign as drawn and once flipped, so that both
 * tails of the output activation are reached.
 */
import type { RandomState } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { randomParameters } from "./data.ts";

export function saturating(rng: RandomState, dims: number[]): Record<string, tf.Tensor>[] {
  const drawn = randomParameters(rng, dims, 1);
  const L = dims.length - 1;
  const large = Object.fromEntries(
    Object.entries(drawn).map(([k, v]) => [k, v.sign().mul(100).add(v.mul(20))]),
  );
  const flipped = { ...large, [`W${L}`]: large[`W${L}`]!.neg(), [`b${L}`]: large[`b${L}`]!.neg() };
  return [large, flipped];
}
