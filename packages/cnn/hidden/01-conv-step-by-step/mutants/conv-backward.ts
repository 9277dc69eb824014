import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "db-overwritten",
    bug: "db[c] = dZ[i, h, w, c] instead of +=",
    edits: [["db.set(db.get(0, 0, 0, c) + g, 0, 0, 0, c);", "db.set(g, 0, 0, 0, c);"]],
  },
  {
    id: "dw-overwritten",
    bug: "dW[..., c] = a_slice · dZ instead of +=",
    edits: [
      [
        "dW.set(dW.get(r, s, k, c) + aPrevPad.get(...at) * g, r, s, k, c);",
        "dW.set(aPrevPad.get(...at) * g, r, s, k, c);",
      ],
    ],
  },
  {
    id: "da-over-m",
    bug: "divides dA_prev by m, as Course 1's dW",
    edits: [
      [
        "const dAPrev = padded.slice([0, pad, pad, 0], [m, nHPrev, nWPrev, nCPrev]);",
        "const dAPrev = padded.slice([0, pad, pad, 0], [m, nHPrev, nWPrev, nCPrev]).div(m) as tf.Tensor4D;",
      ],
    ],
  },
]);
