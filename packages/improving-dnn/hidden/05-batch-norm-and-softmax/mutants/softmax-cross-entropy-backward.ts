import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-one-over-m",
    bug: "dZ = softmax(ZL) − Y without 1/m",
    edits: [["softmax(ZL).sub(Y).div(m)", "softmax(ZL).sub(Y)"]],
  },
  {
    id: "y-minus-a",
    bug: "dZ = (Y − softmax(ZL)) / m: the sign flipped",
    edits: [["softmax(ZL).sub(Y).div(m)", "Y.sub(softmax(ZL)).div(m)"]],
  },
  {
    id: "divides-by-classes",
    bug: "divides by C, the number of classes, instead of m",
    edits: [["softmax(ZL).sub(Y).div(m)", "softmax(ZL).sub(Y).div(ZL.shape[0]!)"]],
  },
]);
