import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "ticked-twice-counts-twice",
    bug: "counts a category ticked twice on one example twice",
    edits: [["for (const tag of new Set(tags))", "for (const tag of tags)"]],
  },
  {
    id: "first-tag-only",
    bug: "counts only the first category of a mistake (foggy AND occluded → foggy)",
    edits: [["for (const tag of new Set(tags))", "for (const tag of new Set(tags.slice(0, 1)))"]],
  },
  {
    id: "percent",
    bug: "returns the shares of the dev set in percent",
    edits: [["shareOfDev: count / devSize", "shareOfDev: (100 * count) / devSize"]],
  },
  {
    id: "error-over-mistakes",
    bug: "divides the dev error the wrong way round",
    edits: [["devError: mistakes.length / devSize", "devError: devSize / mistakes.length"]],
  },
  {
    id: "untagged-dropped",
    bug: "counts only the mistakes that carry a tag: an untagged mistake vanishes from the dev error",
    edits: [
      [
        "export function tallyErrors(mistakes: TaggedMistake[], devSize: number): ErrorTally {",
        "export function tallyErrors(all: TaggedMistake[], devSize: number): ErrorTally {\n  const mistakes = all.filter((tags) => tags.length > 0);",
      ],
    ],
  },
]);
