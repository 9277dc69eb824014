import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "off-by-one",
    bug: "freezes one layer too many (up to and including fineTuneAt)",
    edits: [["slice(0, fineTuneAt)", "slice(0, fineTuneAt + 1)"]],
  },
  {
    id: "lr-not-divided",
    bug: "keeps the base learning rate instead of a tenth of it",
    edits: [["tf.train.adam(0.1 * baseLearningRate)", "tf.train.adam(baseLearningRate)"]],
  },
  {
    id: "base-left-frozen",
    bug: "unfreezes only the top layers, leaving the base model itself frozen",
    edits: [["  baseModel.trainable = true;\n", ""]],
  },
  {
    id: "loss-on-probabilities",
    bug: "compiles with tfjs's binaryCrossentropy, which expects probabilities, on logits",
    edits: [["loss: binaryCrossentropyFromLogits,", 'loss: "binaryCrossentropy",']],
  },
]);
