import { defineChecks } from "@dlc/grader/checks";
import { CheckError, expectClose } from "@dlc/student-kit/check";
import { initializeParametersRandom } from "../../solutions/01-initialization/initialize-parameters-random.ts";
import { forwardPropagation } from "../../src/three-layer-net.ts";
import { computeLoss } from "../../testing/three-layer-oracle.ts";
import {
  drawSeed,
  expectParameters,
  referenceCheck,
  scaleCheck,
  shapesCheck,
  smallCircles,
  streamCheck,
  zeroBiasesCheck,
} from "./shared.ts";

const name = "initializeParametersRandom";

export default defineChecks(name, [
  shapesCheck(name, true, initializeParametersRandom),
  referenceCheck(
    name,
    initializeParametersRandom,
    "Wl = randn(n_l, n_{l−1})·10 drawn layer by layer from RandomState(seed), zero biases",
  ),
  streamCheck(name),
  scaleCheck(
    name,
    () => 10,
    "10",
    "on a wide network every Wl has entries of mean ≈ 0 and standard deviation ≈ 10",
  ),
  zeroBiasesCheck(name, initializeParametersRandom),
  {
    id: "saturates",
    kind: "training",
    points: 1,
    description:
      "with these weights the notebook's network starts with a huge cost (σ saturates), far above ln 2",
    async run({ call, rng }) {
      // tuned on 300 seeded runs of the reference: the first cost is 4.6 to 11 (ln 2 = 0.69)
      const { X, Y } = smallCircles(rng, 60);
      const seed = drawSeed(rng);
      const parameters = await call([2, 10, 5, 1], seed);
      expectParameters(`${name}([2, 10, 5, 1], ${seed})`, parameters, [2, 10, 5, 1]);
      for (const [key, value] of Object.entries(initializeParametersRandom([2, 10, 5, 1], seed)))
        expectClose(`${name}([2, 10, 5, 1], ${seed}).${key}`, parameters[key], value, {
          rtol: 1e-5,
          atol: 1e-7,
        });
      const cost = computeLoss(forwardPropagation(X, parameters).A3, Y);
      if (!(cost > 2))
        throw new CheckError(
          `the notebook's network with ${name}([2, 10, 5, 1], ${seed}) starts at cost ${cost.toPrecision(4)}; ` +
            `weights of size ~10 make Z3 so large that σ(Z3) is 0 or 1, confidently wrong on many points, and the first cost is far above 2 (the notebook prints inf)`,
        );
    },
  },
]);
