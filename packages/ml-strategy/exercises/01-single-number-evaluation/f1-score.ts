import { NotImplemented } from "@dlc/student-kit/check";

/**
 * The F1 score: the harmonic mean of precision P and recall R, 2·P·R / (P + R). Unlike the
 * arithmetic mean it is dragged down by the worse of the two: a classifier that predicts
 * "bird" for every image (P ≈ 0, R = 1) scores ≈ 0, not ≈ 0.5.
 *
 * @param precision P in [0, 1]
 * @param recall R in [0, 1]
 * @returns F1 in [0, 1], between min(P, R) and max(P, R); 0 when P = R = 0 (the 0/0 case)
 */
export function f1Score(precision: number, recall: number): number {
  // TODO: return 2·P·R / (P + R), and 0 when P + R = 0.
  throw new NotImplemented("f1Score");
}
