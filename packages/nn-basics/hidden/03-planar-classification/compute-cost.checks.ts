import { computeCost } from "../../solutions/03-planar-classification/compute-cost.ts";
import { crossEntropyChecks } from "../shared/cross-entropy.ts";

export default crossEntropyChecks(computeCost, "number");
