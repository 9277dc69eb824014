import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  { id: "dal-sign", bug: "dAL without the minus sign", edits: [["      .neg();\n", "      ;\n"]] },
  {
    id: "cache-order",
    bug: "takes the cache of the next layer",
    edits: [['caches[l]!, "relu"', 'caches[l + 1]!, "relu"']],
  },
  {
    id: "stops-early",
    bug: "the backward loop skips the first layer",
    edits: [["l >= 0; l--", "l >= 1; l--"]],
  },
]);
