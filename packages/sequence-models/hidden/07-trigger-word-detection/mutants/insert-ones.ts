import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "starts-at-the-end",
    bug: "the ones start at segment_end_y itself instead of the step after it",
    edits: [
      [
        "for (let i = segmentEndY + 1; i < segmentEndY + 51; i++)",
        "for (let i = segmentEndY; i < segmentEndY + 50; i++)",
      ],
    ],
  },
  {
    id: "rounds-the-end",
    bug: "segment_end_y rounded instead of truncated",
    edits: [
      ["Math.floor((segmentEndMs * ty) / 10000.0)", "Math.round((segmentEndMs * ty) / 10000.0)"],
    ],
  },
  {
    id: "forty-nine-ones",
    bug: "49 ones instead of 50",
    edits: [["i < segmentEndY + 51", "i < segmentEndY + 50"]],
  },
]);
