import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "s-ones",
    bug: "starts s at ones instead of zeros",
    edits: [
      [
        "s[`d${name}`] = tf.zerosLike(parameters[name]!);",
        "s[`d${name}`] = tf.onesLike(parameters[name]!);",
      ],
    ],
  },
  {
    id: "weights-only",
    bug: "v and s for the weights only, none for the biases",
    edits: [["for (const name of [`W${l}`, `b${l}`])", "for (const name of [`W${l}`])"]],
  },
  {
    id: "first-layer-only",
    bug: "the loop starts and stops at layer 1",
    edits: [["for (let l = 1; l <= L; l++)", "for (let l = 1; l <= 1; l++)"]],
  },
]);
