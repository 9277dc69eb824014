import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "transposed",
    bug: "W_l drawn as (n_{l−1}, n_l)",
    edits: [["[layerDims[l]!, layerDims[l - 1]!]", "[layerDims[l - 1]!, layerDims[l]!]"]],
  },
  {
    id: "missing-last-layer",
    bug: "the loop stops one layer early",
    edits: [["l < layerDims.length", "l < layerDims.length - 1"]],
  },
  {
    id: "no-scale",
    bug: "W without the 0.01 scale",
    edits: [["layerDims[l - 1]!]).mul(0.01)", "layerDims[l - 1]!])"]],
  },
]);
