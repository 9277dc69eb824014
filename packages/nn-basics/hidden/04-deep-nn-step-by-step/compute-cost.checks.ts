import { computeCost } from "../../solutions/04-deep-nn-step-by-step/compute-cost.ts";
import { crossEntropyChecks } from "../shared/cross-entropy.ts";

export default crossEntropyChecks(computeCost, "scalar tensor");
