import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-relu",
    bug: "runs the body without its ReLUs",
    edits: [
      [
        "A = tf.relu(pretrained[`W${l}`]!.matMul(A).add(pretrained[`b${l}`]!));",
        "A = pretrained[`W${l}`]!.matMul(A).add(pretrained[`b${l}`]!);",
      ],
    ],
  },
  {
    id: "keeps-source-output",
    bug: "keeps the source's output layer in the body and puts the new layer on top of it",
    edits: [
      [
        "for (let l = 1; l < L; l++)\n      A = tf.relu(",
        "for (let l = 1; l <= L; l++)\n      A = tf.relu(",
      ],
    ],
  },
  {
    id: "no-one-over-m",
    bug: "dW without 1/m",
    edits: [
      ["const dW = dZ.matMul(F, false, true).div(m);", "const dW = dZ.matMul(F, false, true);"],
    ],
  },
  {
    id: "ascent",
    bug: "steps up the gradient: W += α·dW",
    edits: [["W.sub(dW.mul(learningRate))", "W.add(dW.mul(learningRate))"]],
  },
]);
