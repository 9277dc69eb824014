import { initializeParameters } from "../../solutions/03-planar-classification/initialize-parameters.ts";
import { twoLayerInitChecks } from "../shared/two-layer-init.ts";

export default twoLayerInitChecks(initializeParameters);
