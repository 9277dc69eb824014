import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "average-human",
    bug: "averages the humans (the quiz's 0.66 % distractor)",
    edits: [
      [
        "humanErrors.reduce((best, error) => Math.min(best, error))",
        "humanErrors.reduce((sum, error) => sum + error) / humanErrors.length",
      ],
    ],
  },
  {
    id: "worst-human",
    bug: "takes the worst human",
    edits: [["Math.min(best, error)", "Math.max(best, error)"]],
  },
  {
    id: "string-sort",
    bug: "sorts without a comparator, which compares the errors as strings",
    edits: [
      ["humanErrors.reduce((best, error) => Math.min(best, error))", "[...humanErrors].sort()[0]!"],
    ],
  },
  {
    id: "empty-not-null",
    bug: "forgets the case without humans (reduce of an empty array throws)",
    edits: [["if (humanErrors.length === 0) return null;", ""]],
  },
  {
    id: "starts-at-one",
    bug: "starts the minimum at 1 (100 % in fractions), so errors in percent above 1 are never taken",
    edits: [
      [
        "humanErrors.reduce((best, error) => Math.min(best, error))",
        "humanErrors.reduce((best, error) => Math.min(best, error), 1)",
      ],
    ],
  },
  {
    id: "zero-is-unknown",
    bug: "returns null for a perfect human: `|| null` takes the proxy 0 for a missing one",
    edits: [
      [
        "humanErrors.reduce((best, error) => Math.min(best, error));",
        "humanErrors.reduce((best, error) => Math.min(best, error)) || null;",
      ],
    ],
  },
]);
