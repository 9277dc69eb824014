import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "first-output",
    bug: "takes the first output of each list, not the last (the content layer's)",
    edits: [
      ["const aC = contentOutput[contentOutput.length - 1]!;", "const aC = contentOutput[0]!;"],
      [
        "const aG = generatedOutput[generatedOutput.length - 1]!;",
        "const aG = generatedOutput[0]!;",
      ],
    ],
  },
  {
    id: "no-channels-in-norm",
    bug: "divides by 4 · n_H · n_W, forgetting n_C",
    edits: [[".div(4 * nH * nW * nC)", ".div(4 * nH * nW)"]],
  },
]);
