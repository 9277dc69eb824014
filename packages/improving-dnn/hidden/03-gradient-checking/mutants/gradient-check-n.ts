import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "forward-difference",
    bug: "a one-sided difference (J(θ⁺) − J(θ)) / ε instead of the centered one",
    edits: [
      [
        "forwardPropagationN(X, Y, vectorToDictionary(thetaMinus, layerDims)).cost",
        "forwardPropagationN(X, Y, vectorToDictionary(parametersValues, layerDims)).cost",
      ],
      ["(JPlus - JMinus) / (2 * epsilon)", "(JPlus - JMinus) / epsilon"],
    ],
  },
  {
    id: "one-epsilon",
    bug: "divides by ε instead of 2ε",
    edits: [["(JPlus - JMinus) / (2 * epsilon)", "(JPlus - JMinus) / epsilon"]],
  },
  {
    id: "no-denominator",
    bug: "returns ‖grad − gradapprox‖ without dividing by ‖grad‖ + ‖gradapprox‖",
    edits: [["const difference = numerator / denominator;", "const difference = numerator;"]],
  },
  {
    id: "max-denominator",
    bug: "divides by max(‖grad‖, ‖gradapprox‖) instead of the sum",
    edits: [["norm(grad) + norm(gradapprox)", "Math.max(norm(grad), norm(gradapprox))"]],
  },
  {
    id: "all-at-once",
    bug: "adds ε to every parameter at once instead of to entry i only",
    edits: [
      [
        "thetaPlus[i] = thetaPlus[i]! + epsilon;",
        "for (let j = 0; j < numParameters; j++) thetaPlus[j] = thetaPlus[j]! + epsilon;",
      ],
      [
        "thetaMinus[i] = thetaMinus[i]! - epsilon;",
        "for (let j = 0; j < numParameters; j++) thetaMinus[j] = thetaMinus[j]! - epsilon;",
      ],
    ],
  },
  {
    id: "not-reset",
    bug: "θ⁺ and θ⁻ copied once before the loop: the perturbations accumulate",
    edits: [
      ["    const thetaPlus = [...parametersValues];\n", ""],
      ["    const thetaMinus = [...parametersValues];\n", ""],
      [
        "const gradapprox: number[] = [];",
        "const gradapprox: number[] = [];\n  const thetaPlus = [...parametersValues];\n  const thetaMinus = [...parametersValues];",
      ],
    ],
  },
  {
    id: "notebook-shapes-only",
    bug: "rebuilds θ± with the notebook's fixed [4, 5, 3, 1] shapes, whatever the network",
    edits: [
      ["vectorToDictionary(thetaPlus, layerDims)", "vectorToDictionary(thetaPlus)"],
      ["vectorToDictionary(thetaMinus, layerDims)", "vectorToDictionary(thetaMinus)"],
    ],
  },
  {
    id: "fixed-epsilon",
    bug: "ignores its epsilon argument and always shifts by 1e-7",
    edits: [
      [
        "  const numParameters = parametersValues.length;",
        "  const numParameters = parametersValues.length;\n  epsilon = 1e-7;",
      ],
    ],
  },
]);
