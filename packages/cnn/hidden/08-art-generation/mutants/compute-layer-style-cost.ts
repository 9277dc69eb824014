import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "direct-reshape",
    bug: "unrolls with reshape([n_C, n_H·n_W]) directly, mixing channels and positions",
    edits: [
      ["tf.transpose(tf.reshape(aS, [nH * nW, nC]))", "tf.reshape(aS, [nC, nH * nW])"],
      ["tf.transpose(tf.reshape(aG, [nH * nW, nC]))", "tf.reshape(aG, [nC, nH * nW])"],
    ],
  },
  {
    id: "positions-not-squared",
    bug: "divides by 4 · n_C² · (n_H·n_W) instead of (n_H·n_W)²",
    edits: [["(nH * nW) ** 2", "(nH * nW)"]],
  },
]);
