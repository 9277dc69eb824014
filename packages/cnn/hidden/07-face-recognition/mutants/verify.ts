import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "squared-distance",
    bug: "compares the squared distance with 0.7",
    edits: [
      [
        "const dist = tf.tidy(() => tf.norm(tf.sub(encoding, database[identity]!)).dataSync()[0]!);",
        "const dist = tf.tidy(() => tf.sum(tf.square(tf.sub(encoding, database[identity]!))).dataSync()[0]!);",
      ],
    ],
  },
  {
    id: "l1-distance",
    bug: "takes the L1 distance (sum of absolute differences)",
    edits: [
      [
        "tf.norm(tf.sub(encoding, database[identity]!))",
        "tf.sum(tf.abs(tf.sub(encoding, database[identity]!)))",
      ],
    ],
  },
  {
    id: "open-above",
    bug: "opens the door when the distance is above the threshold",
    edits: [["doorOpen: dist < 0.7", "doorOpen: dist > 0.7"]],
  },
  {
    id: "threshold-half",
    bug: "uses 0.5 as the threshold",
    edits: [["doorOpen: dist < 0.7", "doorOpen: dist < 0.5"]],
  },
]);
