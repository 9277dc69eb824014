import { NotImplemented } from "@dlc/student-kit/check";

/**
 * Learning-rate decay after every epoch: α = α0 / (1 + decayRate · epochNum).
 *
 * @param learningRate0 the initial learning rate α0
 * @param epochNum the epoch (0 for the first)
 * @param decayRate how fast α falls
 * @returns the learning rate for the next epoch
 */
export function updateLr(learningRate0: number, epochNum: number, decayRate: number): number {
  // TODO: α0 / (1 + decayRate · epochNum).
  throw new NotImplemented("updateLr");
}
