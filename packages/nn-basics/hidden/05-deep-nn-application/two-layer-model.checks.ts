import { twoLayerModel } from "../../solutions/05-deep-nn-application/two-layer-model.ts";
import { trainingChecks } from "../shared/training.ts";

export default trainingChecks(
  "twoLayerModel",
  (X, Y, dims, ...rest) => twoLayerModel(X, Y, dims as [number, number, number], ...rest),
  (nX) => [nX, 4, 1],
);
