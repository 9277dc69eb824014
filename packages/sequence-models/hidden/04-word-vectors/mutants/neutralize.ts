import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "divides-by-norm",
    bug: "projects with e·g / ‖g‖ instead of e·g / ‖g‖² (right only when ‖g‖ = 1)",
    edits: [["s + x * x, 0)", "s + x * x, 0) ** 0.5"]],
  },
  {
    id: "adds-projection",
    bug: "adds the bias component instead of subtracting it",
    edits: [["x - (eDotG / gDotG)", "x + (eDotG / gDotG)"]],
  },
  {
    id: "returns-projection",
    bug: "returns the bias component e_biascomponent instead of e without it",
    edits: [["x - (eDotG / gDotG) * g[i]!", "(eDotG / gDotG) * g[i]!"]],
  },
]);
