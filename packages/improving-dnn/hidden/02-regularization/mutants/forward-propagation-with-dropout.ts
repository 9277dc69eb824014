import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-inverted-scaling",
    bug: "A1 masked but not divided by keepProb",
    edits: [["tf.relu(Z1).mul(D1).div(keepProb)", "tf.relu(Z1).mul(D1)"]],
  },
  {
    id: "mask-greater-equal",
    bug: "D = rand ≥ keepProb: keeps units with probability 1 − keepProb",
    edits: [["(u < keepProb ? 1 : 0)", "(u >= keepProb ? 1 : 0)"]],
  },
  {
    id: "dropout-on-output",
    bug: "dropout applied to A3 too",
    edits: [
      ["const A3 = tf.sigmoid(Z3);", "const A3 = tf.sigmoid(Z3).mul(mask(1)).div(keepProb);"],
    ],
  },
  {
    id: "random-state-per-layer",
    bug: "a new RandomState(seed) for each layer, so D2 repeats D1's random numbers",
    edits: [["rng.rand(n, m)", "new RandomState(seed).rand(n, m)"]],
  },
  {
    id: "times-keep-prob",
    bug: "A2 multiplied by keepProb instead of divided",
    edits: [["tf.relu(Z2).mul(D2).div(keepProb)", "tf.relu(Z2).mul(D2).mul(keepProb)"]],
  },
  {
    id: "mask-less-equal",
    bug: "D = rand ≤ keepProb: a draw equal to keepProb keeps its unit",
    edits: [["(u < keepProb ? 1 : 0)", "(u <= keepProb ? 1 : 0)"]],
  },
]);
