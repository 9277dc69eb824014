import type * as tf from "@tensorflow/tfjs";
import type { LinearActivationCache, Parameters } from "../../src/types.ts";
import { linearActivationForward } from "./linear-activation-forward.ts";

export function lModelForward(
  X: tf.Tensor,
  parameters: Parameters,
): { AL: tf.Tensor; caches: LinearActivationCache[] } {
  const caches: LinearActivationCache[] = [];
  const L = Math.floor(Object.keys(parameters).length / 2);
  let A = X;
  for (let l = 1; l < L; l++) {
    const out = linearActivationForward(A, parameters[`W${l}`]!, parameters[`b${l}`]!, "relu");
    A = out.A;
    caches.push(out.cache);
  }
  const out = linearActivationForward(A, parameters[`W${L}`]!, parameters[`b${L}`]!, "sigmoid");
  caches.push(out.cache);
  return { AL: out.A, caches };
}
