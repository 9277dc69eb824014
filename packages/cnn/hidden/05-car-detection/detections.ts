/**
 * What the car-detection checks share: comparing a student's { scores, boxes, classes } with
 * the reference's, and seeded head outputs and box sets to run them on.
 */

import { normal, uniform } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import { CheckError, expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

export interface Kept {
  scores: tf.Tensor;
  boxes: tf.Tensor;
  classes: tf.Tensor;
}

/**
 * Asserts the student's answer holds scores [N], boxes [N, 4] and int32 classes [N] equal to
 * the reference's (same boxes, same order), naming the first difference.
 */
export function expectKept(what: string, actual: unknown, expected: Kept): void {
  if (expected.scores.size === 0) {
    expectEmpty(what, actual);
    return;
  }
  if (typeof actual !== "object" || actual === null)
    throw new CheckError(`${what} should be { scores, boxes, classes }, got ${String(actual)}`);
  const a = actual as Record<string, unknown>;
  expectClose(`${what}.classes`, a.classes, expected.classes, { dtype: "int32" });
  expectClose(`${what}.scores`, a.scores, expected.scores);
  expectClose(`${what}.boxes`, a.boxes, expected.boxes, { rtol: 1e-4, atol: 1e-3 });
}

/**
 * Asserts an answer with no box at all: every tensor empty, boxes ending in 4 (tfjs 4.22's
 * `tf.gather` with no index gives [1, 1, 0, 4] on wasm, so only the size is required).
 */
export function expectEmpty(what: string, actual: unknown): void {
  const a = (actual ?? {}) as Record<string, unknown>;
  for (const key of ["scores", "boxes", "classes"]) {
    const t = a[key];
    if (!(t instanceof tf.Tensor))
      throw new CheckError(`${what}.${key} should be a tf.Tensor, got ${String(t)}`);
    if (t.size !== 0)
      throw new CheckError(`${what}.${key} has shape [${t.shape}], expected no box at all`);
  }
  const boxes = a.boxes as tf.Tensor;
  if (boxes.shape[boxes.rank - 1] !== 4)
    throw new CheckError(`${what}.boxes has shape [${boxes.shape}], expected [0, 4]`);
}

/**
 * Class probabilities that look like a network's: softmax of normals scaled by `sharpness`, so
 * the best class often stands out and scores spread over (0, 1).
 */
export function classProbs(rng: RandomState, shape: number[], sharpness = 3): tf.Tensor {
  return tf.tidy(() => tf.softmax(normal(rng, shape).mul(sharpness)));
}

/**
 * N boxes [y1, x1, y2, x2] in clusters (several boxes around the same object, as a detector
 * gives), with scores in (0, 1) and classes mixed within a cluster.
 */
export function clusteredBoxes(
  rng: RandomState,
  n: number,
  numClasses = 5,
): { scores: tf.Tensor1D; boxes: tf.Tensor2D; classes: tf.Tensor1D } {
  const centres = Array.from({ length: Math.max(1, Math.ceil(n / 4)) }, () => [
    rng.nextDouble() * 600,
    rng.nextDouble() * 1000,
    40 + rng.nextDouble() * 200,
    40 + rng.nextDouble() * 300,
  ]);
  const boxes: number[][] = [];
  for (let i = 0; i < n; i++) {
    const [cy, cx, h, w] = centres[i % centres.length]!;
    const j = () => Math.max(0.3, 1 + 0.25 * rng.nextGaussian());
    const [hh, ww] = [(h! * j()) / 2, (w! * j()) / 2];
    const [y, x] = [cy! + 0.15 * h! * rng.nextGaussian(), cx! + 0.15 * w! * rng.nextGaussian()];
    boxes.push([y - hh, x - ww, y + hh, x + ww]);
  }
  return {
    scores: uniform(rng, [n], 0.01, 1) as tf.Tensor1D,
    boxes: tf.tensor2d(boxes, [n, 4]),
    classes: tf.tensor1d(
      Array.from({ length: n }, () => rng.randint(0, numClasses)),
      "int32",
    ),
  };
}

/** IoU of two [y1, x1, y2, x2] boxes (the grader's own, to verify what non-max suppression kept) */
export function overlap(a: readonly number[], b: readonly number[]): number {
  const h = Math.max(0, Math.min(a[2]!, b[2]!) - Math.max(a[0]!, b[0]!));
  const w = Math.max(0, Math.min(a[3]!, b[3]!) - Math.max(a[1]!, b[1]!));
  const area = (c: readonly number[]) => Math.max(0, c[2]! - c[0]!) * Math.max(0, c[3]! - c[1]!);
  const union = area(a) + area(b) - h * w;
  return union > 0 ? (h * w) / union : 0;
}
