import { NotImplemented } from "@dlc/student-kit/check";
/** A box by its corners: (x1, y1) upper left, (x2, y2) lower right. */
export type Corners = readonly [number, number, number, number];

/**
 * Intersection over union of two boxes: the area they share divided by the area they cover
 * together. 0 when they do not overlap (touching at an edge or a corner included).
 *
 * @param box1 [x1, y1, x2, y2]
 * @param box2 [x1, y1, x2, y2]
 * @returns a number in [0, 1]
 */
export function iou(box1: Corners, box2: Corners): number {
  // TODO: the intersection's corners, its area (0 when the boxes do not overlap), the union, their ratio.
  throw new NotImplemented("iou");
}
