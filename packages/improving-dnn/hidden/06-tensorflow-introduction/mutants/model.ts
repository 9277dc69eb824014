import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-shuffle",
    bug: "takes the mini-batches in the same order every epoch",
    edits: [
      ["const permutation = rng.permutation(m);", "const permutation = [...Array(m).keys()];"],
    ],
  },
  {
    id: "cost-not-over-m",
    bug: "records the epoch's total loss without dividing by m",
    edits: [["epochTotalLoss /= m;", ""]],
  },
  {
    id: "cost-over-batches",
    bug: "divides the epoch's total loss by the number of mini-batches",
    edits: [["epochTotalLoss /= m;", "epochTotalLoss /= Math.ceil(m / minibatchSize);"]],
  },
  {
    id: "sgd",
    bug: "plain gradient descent instead of Adam",
    edits: [["tf.train.adam(learningRate)", "tf.train.sgd(learningRate)"]],
  },
  {
    id: "last-batch-cost",
    bug: "keeps only the last mini-batch's loss as the epoch's",
    edits: [["epochTotalLoss += minibatchTotalLoss", "epochTotalLoss = minibatchTotalLoss"]],
  },
  {
    id: "drops-last-batch",
    bug: "skips the last, smaller mini-batch",
    edits: [["start < m;", "start + minibatchSize <= m;"]],
  },
]);
