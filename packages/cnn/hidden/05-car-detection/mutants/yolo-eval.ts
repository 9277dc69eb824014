import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "not-scaled",
    bug: "leaves the boxes as fractions of the picture instead of pixels",
    edits: [["scaleBoxes(filtered.boxes, imageShape)", "filtered.boxes.clone()"]],
  },
  {
    id: "x-y-swapped",
    bug: "takes the centres and sizes as (y, x) and (h, w): corners with x and y swapped",
    edits: [
      [
        "yoloBoxesToCorners(boxXy, boxWh)",
        "yoloBoxesToCorners(boxXy.reverse(-1), boxWh.reverse(-1))",
      ],
    ],
  },
  {
    id: "width-height-swapped",
    bug: "scales by [width, height] instead of the picture's [height, width]",
    edits: [
      [
        "scaleBoxes(filtered.boxes, imageShape)",
        "scaleBoxes(filtered.boxes, [imageShape[1], imageShape[0]])",
      ],
    ],
  },
  {
    id: "suppression-skipped",
    bug: "returns the filtered boxes without non-max suppression",
    edits: [
      [
        "maxBoxes,\n    iouThreshold,\n  );",
        "maxBoxes,\n    iouThreshold,\n  ) && { scores: filtered.scores.clone(), boxes: boxes.clone(), classes: filtered.classes.clone() };",
      ],
    ],
  },
]);
