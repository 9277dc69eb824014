import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "off-by-one",
    bug: "freezes one layer too many (up to and including fineTuneAt)",
    edits: [["(_, i) => i >= fineTuneAt", "(_, i) => i > fineTuneAt"]],
  },
  {
    id: "reversed",
    bug: "trains the layers before fineTuneAt and freezes the rest",
    edits: [["(_, i) => i >= fineTuneAt", "(_, i) => i < fineTuneAt"]],
  },
  {
    id: "lr-not-divided",
    bug: "keeps the base learning rate instead of a tenth of it",
    edits: [["tf.train.adam(0.1 * baseLearningRate)", "tf.train.adam(baseLearningRate)"]],
  },
  {
    id: "loss-on-probabilities",
    bug: "compiles with tfjs's binaryCrossentropy, which expects probabilities, on logits",
    edits: [["loss: binaryCrossentropyFromLogits,", 'loss: "binaryCrossentropy",']],
  },
]);
