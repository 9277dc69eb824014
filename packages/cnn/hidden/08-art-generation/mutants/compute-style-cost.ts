import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "weights-ignored",
    bug: "adds the layers' costs without their weights",
    edits: [[".mul(weight)", ""]],
  },
  {
    id: "content-layer-included",
    bug: "keeps the content layer's output, so every style layer is paired with the next output",
    edits: [
      ["const aS = styleImageOutput.slice(0, -1);", "const aS = styleImageOutput.slice(1);"],
      [
        "const aG = generatedImageOutput.slice(0, -1);",
        "const aG = generatedImageOutput.slice(1);",
      ],
    ],
  },
]);
