import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "farthest",
    bug: "keeps the largest distance instead of the smallest",
    edits: [
      ["let minDist = 100;", "let minDist = -1;"],
      ["if (dist < minDist) {", "if (dist > minDist) {"],
    ],
  },
  {
    id: "squared-distance",
    bug: "compares squared distances (the identity is right, minDist is not)",
    edits: [
      [
        "const dist = tf.tidy(() => tf.norm(tf.sub(encoding, dbEnc)).dataSync()[0]!);",
        "const dist = tf.tidy(() => tf.sum(tf.square(tf.sub(encoding, dbEnc))).dataSync()[0]!);",
      ],
    ],
  },
  {
    id: "always-in-database",
    bug: "says the nearest person is in the database however far",
    edits: [["inDatabase: minDist <= 0.7", "inDatabase: true"]],
  },
  {
    id: "first-not-nearest",
    bug: "stops at the first encoding below 0.7 instead of the nearest",
    edits: [["    if (dist < minDist) {", "    if (dist < minDist && minDist > 0.7) {"]],
  },
]);
