import { initializeParameters } from "../../solutions/04-deep-nn-step-by-step/initialize-parameters.ts";
import { twoLayerInitChecks } from "../shared/two-layer-init.ts";

export default twoLayerInitChecks(initializeParameters);
