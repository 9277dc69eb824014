import { NotImplemented } from "@dlc/student-kit/check";

/**
 * Learning-rate decay by steps (fixed interval scheduling): α stays α0 for the first
 * `timeInterval` epochs, then α = α0 / (1 + decayRate · ⌊epochNum / timeInterval⌋).
 *
 * @param learningRate0 the initial learning rate α0
 * @param epochNum the epoch (0 for the first)
 * @param decayRate how much α falls at each step
 * @param timeInterval epochs between two decreases
 * @returns the learning rate for the next epoch
 */
export function scheduleLrDecay(
  learningRate0: number,
  epochNum: number,
  decayRate: number,
  timeInterval = 1000,
): number {
  // TODO: α0 / (1 + decayRate · ⌊epochNum / timeInterval⌋).
  throw new NotImplemented("scheduleLrDecay");
}
