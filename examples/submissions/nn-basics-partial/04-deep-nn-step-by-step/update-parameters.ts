import type { Grads, Parameters } from "../../src/types.ts";

export function updateParameters(
  parameters: Parameters,
  grads: Grads,
  learningRate: number,
): Parameters {
  const updated: Parameters = {};
  const L = Object.keys(parameters).length / 2;
  for (let l = 1; l <= L; l++) {
    updated[`W${l}`] = parameters[`W${l}`]!.sub(grads[`dW${l}`]!.mul(learningRate));
    updated[`b${l}`] = parameters[`b${l}`]!.sub(grads[`db${l}`]!.mul(learningRate));
  }
  return updated;
}
