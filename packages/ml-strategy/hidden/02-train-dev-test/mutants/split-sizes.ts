import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-cap",
    bug: "keeps 60 / 20 / 20 at any size (2,000,000 dev images out of 10,000,000)",
    edits: [["Math.min(share, maxEvalSize)", "share"]],
  },
  {
    id: "rounds-up",
    bug: "rounds the dev share up",
    edits: [["Math.floor(m / 5)", "Math.ceil(m / 5)"]],
  },
  {
    id: "twenty-without-test",
    bug: "gives dev 20 % also when there is no test set",
    edits: [["Math.floor((3 * m) / 10)", "Math.floor(m / 5)"]],
  },
  {
    id: "test-uncapped",
    bug: "caps dev but not test",
    edits: [["const test = withTest ? dev : 0;", "const test = withTest ? share : 0;"]],
  },
  {
    id: "at-least-one-dev",
    bug: "gives dev (and test) at least one example, so 0 examples split into −2 / 1 / 1",
    edits: [
      [
        "const dev = Math.min(share, maxEvalSize);",
        "const dev = Math.max(1, Math.min(share, maxEvalSize));",
      ],
    ],
  },
]);
