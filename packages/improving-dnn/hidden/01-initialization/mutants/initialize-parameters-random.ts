import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "times-one",
    bug: "standard normals without the ×10",
    edits: [["layersDims[l - 1]!]).mul(10)", "layersDims[l - 1]!])"]],
  },
  {
    id: "generator-per-layer",
    bug: "a fresh RandomState(seed) for every layer",
    edits: [
      ["  const rng = new RandomState(seed);\n", ""],
      [
        "l < layersDims.length; l++) {\n",
        "l < layersDims.length; l++) {\n      const rng = new RandomState(seed);\n",
      ],
    ],
  },
  {
    id: "random-biases",
    bug: "biases drawn with randn too",
    edits: [["tf.zeros([layersDims[l]!, 1])", "randnTensor(rng, [layersDims[l]!, 1])"]],
  },
  {
    id: "seed-ignored",
    bug: "always seeds 3, whatever the argument",
    edits: [["new RandomState(seed)", "new RandomState(3)"]],
  },
  {
    id: "uniform",
    bug: "uniform numbers (np.random.rand) instead of standard normals",
    edits: [
      [
        "randnTensor(rng, [layersDims[l]!, layersDims[l - 1]!])",
        "tf.tensor(Float32Array.from(rng.rand(layersDims[l]!, layersDims[l - 1]!)), [layersDims[l]!, layersDims[l - 1]!])",
      ],
    ],
  },
]);
