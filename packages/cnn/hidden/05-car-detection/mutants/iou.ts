import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-clamp",
    bug: "does not clamp the intersection's width and height at 0: two negatives make a positive area",
    edits: [["Math.max(interWidth, 0) * Math.max(interHeight, 0)", "interWidth * interHeight"]],
  },
  {
    id: "union-keeps-intersection",
    bug: "union = area1 + area2, counting the shared part twice",
    edits: [["box1Area + box2Area - interArea", "box1Area + box2Area"]],
  },
  {
    id: "max-min-swapped",
    bug: "takes the smaller x1, y1 and the larger x2, y2: the box around both, not their overlap",
    edits: [
      ["const xi1 = Math.max(box1X1, box2X1);", "const xi1 = Math.min(box1X1, box2X1);"],
      ["const xi2 = Math.min(box1X2, box2X2);", "const xi2 = Math.max(box1X2, box2X2);"],
    ],
  },
]);
