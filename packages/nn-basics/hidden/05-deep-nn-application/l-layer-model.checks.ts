import { lLayerModel } from "../../solutions/05-deep-nn-application/l-layer-model.ts";
import { trainingChecks } from "../shared/training.ts";

export default trainingChecks("lLayerModel", lLayerModel, (nX) => [nX, 5, 3, 1]);
