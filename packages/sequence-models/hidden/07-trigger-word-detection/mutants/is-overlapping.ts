import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "strict-comparisons",
    bug: "segments that share an endpoint are not counted as overlapping (< and > instead of <= and >=)",
    edits: [
      [
        "segmentStart <= previousEnd && segmentEnd >= previousStart",
        "segmentStart < previousEnd && segmentEnd > previousStart",
      ],
    ],
  },
  {
    id: "only-the-last",
    bug: "only the last previous segment is compared",
    edits: [
      [
        "    if (segmentStart <= previousEnd",
        "    if (previousSegments.at(-1)?.[0] === previousStart && segmentStart <= previousEnd",
      ],
    ],
  },
]);
