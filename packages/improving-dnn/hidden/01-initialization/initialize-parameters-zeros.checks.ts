import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError, expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { initializeParametersZeros } from "../../solutions/01-initialization/initialize-parameters-zeros.ts";
import { model } from "../../src/initialization-model.ts";
import { forwardPropagation, predict } from "../../src/three-layer-net.ts";
import { computeLoss } from "../../testing/three-layer-oracle.ts";
import { expectParameters, layerDims, shapesCheck, smallCircles } from "./shared.ts";

const name = "initializeParametersZeros";

export default defineChecks(name, [
  shapesCheck(name, false, initializeParametersZeros),
  {
    id: "all-zero",
    kind: "reference",
    points: 2,
    description: "every weight and every bias is 0, for any layer sizes",
    async run({ call, rng }) {
      for (let trial = 0; trial < 2; trial++) {
        const dims = layerDims(rng, between(rng, 3, 5), 1, 6);
        const what = `${name}([${dims}])`;
        const actual = await call(dims);
        expectParameters(what, actual, dims);
        for (const [key, value] of Object.entries(actual))
          expectClose(`${what}.${key}`, value, tf.zerosLike(value), { rtol: 0, atol: 0 });
      }
    },
  },
  {
    id: "symmetric-training",
    kind: "training",
    points: 1,
    description:
      "the notebook's model started from these parameters stays at cost ln 2 and predicts 0 everywhere",
    timeoutMs: 20_000,
    async run({ call, rng }) {
      const { X, Y } = smallCircles(rng, 40);
      const parameters = await call([2, 10, 5, 1]);
      expectParameters(`${name}([2, 10, 5, 1])`, parameters, [2, 10, 5, 1]);
      for (const [key, value] of Object.entries(parameters))
        expectClose(`${name}([2, 10, 5, 1]).${key}`, value, tf.zerosLike(value), {
          rtol: 0,
          atol: 0,
        });
      const { parameters: trained } = model(X, Y, () => parameters, {
        learningRate: 0.5,
        numIterations: 50,
      });
      const cost = computeLoss(forwardPropagation(X, trained).A3, Y);
      const positives = predict(X, trained).sum().dataSync()[0]!;
      if (Math.abs(cost - Math.LN2) > 1e-5 || positives !== 0)
        throw new CheckError(
          `after 50 steps from ${name}([2, 10, 5, 1]) the cost is ${cost.toPrecision(6)} and ${positives} of 40 points are predicted 1; ` +
            `from all-zero parameters every unit computes the same thing, every gradient but db3 is 0, and the cost stays at ln 2 = 0.693147 with A3 = 0.5 everywhere`,
        );
    },
  },
]);
