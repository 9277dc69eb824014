import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "not-appended",
    bug: "the new segment is not appended to previousSegments",
    edits: [["previousSegments: [...previousSegments, segmentTime],", "previousSegments,"]],
  },
  {
    id: "five-retries",
    bug: "retries while retry > 0: one try fewer than the notebook",
    edits: [["&& retry >= 0)", "&& retry > 0)"]],
  },
  {
    id: "no-overlap-test-after-retries",
    bug: "inserts the last draw even when it still overlaps",
    edits: [["if (!isOverlapping(segmentTime, previousSegments)) {", "{"]],
  },
]);
