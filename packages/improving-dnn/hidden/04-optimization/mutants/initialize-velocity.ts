import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "ones",
    bug: "starts the velocity at ones instead of zeros",
    edits: [
      [
        "v[`dW${l}`] = tf.zerosLike(parameters[`W${l}`]!);",
        "v[`dW${l}`] = tf.onesLike(parameters[`W${l}`]!);",
      ],
    ],
  },
  {
    id: "db-shaped-like-w",
    bug: "db zeros shaped like W instead of b",
    edits: [
      [
        "v[`db${l}`] = tf.zerosLike(parameters[`b${l}`]!);",
        "v[`db${l}`] = tf.zerosLike(parameters[`W${l}`]!);",
      ],
    ],
  },
  {
    id: "keys-without-d",
    bug: "keys named like the parameters (W1, b1) instead of the gradients (dW1, db1)",
    edits: [
      ["v[`dW${l}`] = tf.zerosLike", "v[`W${l}`] = tf.zerosLike"],
      ["v[`db${l}`] = tf.zerosLike", "v[`b${l}`] = tf.zerosLike"],
    ],
  },
  {
    id: "last-layer-missing",
    bug: "loops l < L: no velocity for the output layer",
    edits: [["for (let l = 1; l <= L; l++)", "for (let l = 1; l < L; l++)"]],
  },
]);
