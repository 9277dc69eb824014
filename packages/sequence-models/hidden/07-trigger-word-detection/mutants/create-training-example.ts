import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "randint-high",
    bug: "up to 5 activates (randint(0, 6)) instead of 0–4",
    edits: [["random.randint(0, 5)", "random.randint(0, 6)"]],
  },
  {
    id: "labels-at-start",
    bug: "the labels follow each activate's start instead of its end",
    edits: [
      [
        "y = insertOnes(y, inserted.segmentTime[1]);",
        "y = insertOnes(y, inserted.segmentTime[0]);",
      ],
    ],
  },
  {
    id: "no-quieter-background",
    bug: "the background is not lowered by 20 dB",
    edits: [["let sound = gain(background, -20);", "let sound = background;"]],
  },
]);
