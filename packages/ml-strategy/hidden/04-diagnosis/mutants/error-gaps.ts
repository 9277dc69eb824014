import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "variance-against-dev",
    bug: "computes variance as dev − train even with a train-dev set",
    edits: [
      ["variance: (trainDev ?? rates.dev) - rates.train", "variance: rates.dev - rates.train"],
    ],
  },
  {
    id: "mismatch-against-train",
    bug: "computes data mismatch as dev − train",
    edits: [["rates.dev - trainDev", "rates.dev - rates.train"]],
  },
  {
    id: "dev-overfitting-sign",
    bug: "computes dev overfitting as dev − test",
    edits: [["test - rates.dev", "rates.dev - test"]],
  },
  {
    id: "zero-instead-of-null",
    bug: "reports an unmeasured data mismatch as 0 instead of null",
    edits: [["trainDev === null ? null :", "trainDev === null ? 0 :"]],
  },
  {
    id: "bias-against-dev",
    bug: "computes avoidable bias as dev − human",
    edits: [["avoidableBias: rates.train - rates.human", "avoidableBias: rates.dev - rates.human"]],
  },
]);
