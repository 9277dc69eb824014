import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "share-of-dev",
    bug: "takes the tally's share of the dev set and ignores the measured dev error",
    edits: [
      [
        "([category, { shareOfMistakes }]) => {\n      const ceiling = shareOfMistakes * devError;",
        "([category, { shareOfDev }]) => {\n      const ceiling = shareOfDev;",
      ],
    ],
  },
  {
    id: "share-as-ceiling",
    bug: "takes the share of the mistakes itself as the ceiling (8.2/15.3 ≈ 54 % instead of 8.2 %)",
    edits: [["const ceiling = shareOfMistakes * devError;", "const ceiling = shareOfMistakes;"]],
  },
  {
    id: "ascending",
    bug: "sorts the smallest ceiling first",
    edits: [["b.ceiling - a.ceiling ||", "a.ceiling - b.ceiling ||"]],
  },
  {
    id: "best-is-ceiling",
    bug: "returns the ceiling as the best dev error",
    edits: [["bestDevError: devError - ceiling", "bestDevError: ceiling"]],
  },
  {
    id: "ties-unordered",
    bug: "sorts by ceiling only, so equal ceilings stay in the tally's order instead of by name",
    edits: [
      [
        ".sort((a, b) => b.ceiling - a.ceiling || a.category.localeCompare(b.category));",
        ".sort((a, b) => b.ceiling - a.ceiling);",
      ],
    ],
  },
]);
