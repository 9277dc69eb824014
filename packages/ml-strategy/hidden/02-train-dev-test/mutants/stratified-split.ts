import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "not-stratified",
    bug: "shuffles all examples together, ignoring the classes",
    edits: [["const key = label;", "const key = 0;"]],
  },
  {
    id: "rounds-to-nearest",
    bug: "rounds each class's dev share to the nearest integer",
    edits: [
      ["Math.floor(fractions.dev * members.length)", "Math.round(fractions.dev * members.length)"],
    ],
  },
  {
    id: "no-shuffle",
    bug: "deals each class's examples in index order, without shuffling",
    edits: [["rng.permutation(members.length).map((k) => members[k]!)", "members"]],
  },
  {
    id: "unseeded",
    bug: "shuffles with a fresh random seed, so a split cannot be reproduced",
    edits: [["new RandomState(seed)", "new RandomState(Math.floor(Math.random() * 2 ** 31))"]],
  },
  {
    id: "dev-leaks-into-test",
    bug: "starts the test slice one example early, inside dev",
    edits: [
      ["shuffled.slice(nDev, nDev + nTest)", "shuffled.slice(Math.max(0, nDev - 1), nDev + nTest)"],
    ],
  },
  {
    id: "classes-as-met",
    bug: "deals the classes in the order they first appear, not in increasing order of label",
    edits: [["[...byClass.keys()].sort((a, b) => a - b)", "[...byClass.keys()]"]],
  },
  {
    id: "classes-as-strings",
    bug: "sorts the labels without a comparator, as strings: 10 comes before 9",
    edits: [["[...byClass.keys()].sort((a, b) => a - b)", "[...byClass.keys()].sort()"]],
  },
]);
