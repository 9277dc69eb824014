import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "rejects-other-data-in-train",
    bug: "also requires train to be on target (the quiz's wrong answer about the citizens' data)",
    edits: [["if (offTarget(split.dev))", "if (offTarget(split.dev) || offTarget(split.train))"]],
  },
  {
    id: "ignores-train-dev",
    bug: "forgets the train-dev set when looking for leaks",
    edits: [["split.trainDev ?? []", "[]"]],
  },
  {
    id: "no-leak-check",
    bug: "never looks for an example in two sets",
    edits: [["if (seen.has(i)) leak = true;", ""]],
  },
  {
    id: "dev-subset-of-test",
    bug: "only checks that dev's sources appear in test, not the reverse",
    edits: [["devSources.size === testSources.size && ", ""]],
  },
  {
    id: "ignores-test",
    bug: "checks the dev set's sources but not the test set's",
    edits: [['if (offTarget(split.test)) problems.push("test-off-target");', ""]],
  },
  {
    id: "duplicates-within-a-set",
    bug: "looks for an index shared between sets but not one listed twice in the same set",
    edits: [["    for (const i of set) {", "    for (const i of new Set(set)) {"]],
  },
]);
