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
  const [box1X1, box1Y1, box1X2, box1Y2] = box1;
  const [box2X1, box2Y1, box2X2, box2Y2] = box2;
  const xi1 = Math.max(box1X1, box2X1);
  const yi1 = Math.max(box1Y1, box2Y1);
  const xi2 = Math.min(box1X2, box2X2);
  const yi2 = Math.min(box1Y2, box2Y2);
  const interWidth = xi2 - xi1;
  const interHeight = yi2 - yi1;
  const interArea = Math.max(interWidth, 0) * Math.max(interHeight, 0);
  const box1Area = (box1X2 - box1X1) * (box1Y2 - box1Y1);
  const box2Area = (box2X2 - box2X1) * (box2Y2 - box2Y1);
  const unionArea = box1Area + box2Area - interArea;
  return interArea / unionArea;
}
