import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "dev-only",
    bug: "corrects the dev set and leaves the test set's labels as they were",
    edits: [
      [
        "test: correct(test, scope)",
        "test: correct({ ...test, reviewedLabels: test.labels }, scope)",
      ],
    ],
  },
  {
    id: "ignores-scope",
    bug: "takes every reviewed label whatever the scope",
    edits: [
      [
        'const label = scope === "all" || wrong ? reviewedLabels[i] : labels[i];',
        "const label = reviewedLabels[i];",
      ],
    ],
  },
  {
    id: "share-of-remaining",
    bug: "divides the label errors by the error after the correction",
    edits: [["labelFaults / wrongBefore", "labelFaults / Math.max(wrongAfter, 1)"]],
  },
  {
    id: "mistakes-by-default",
    bug: "reviews only the mistakes by default",
    edits: [['scope: ReviewScope = "all"', 'scope: ReviewScope = "mistakes"']],
  },
  {
    id: "share-of-nothing",
    bug: "divides the label errors by the errors even when there are none: 0/0 = NaN",
    edits: [
      [
        "labelShare: wrongBefore === 0 ? 0 : labelFaults / wrongBefore,",
        "labelShare: labelFaults / wrongBefore,",
      ],
    ],
  },
]);
