import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "pads-every-axis",
    bug: "pads the batch and channel axes too",
    edits: [
      [
        "    [0, 0],\n    [pad, pad],\n    [pad, pad],\n    [0, 0],",
        "    [pad, pad],\n    [pad, pad],\n    [pad, pad],\n    [pad, pad],",
      ],
    ],
  },
  {
    id: "pads-one-side",
    bug: "pads only before each image's rows and columns (pad, 0)",
    edits: [["    [pad, pad],\n    [pad, pad],", "    [pad, 0],\n    [pad, 0],"]],
  },
]);
