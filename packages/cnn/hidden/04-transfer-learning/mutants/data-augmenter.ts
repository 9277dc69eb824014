import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "small-rotation",
    bug: "rotates by up to 0.02 of a turn instead of 0.2",
    edits: [["randomRotation({ factor: 0.2 })", "randomRotation({ factor: 0.02 })"]],
  },
  {
    id: "no-flip",
    bug: "forgets the flip: only the rotation",
    edits: [
      [
        'dataAugmentation.add(randomFlip({ mode: "horizontal", inputShape: imageShape }));\n  dataAugmentation.add(randomRotation({ factor: 0.2 }));',
        "dataAugmentation.add(randomRotation({ factor: 0.2, inputShape: imageShape }));",
      ],
    ],
  },
]);
