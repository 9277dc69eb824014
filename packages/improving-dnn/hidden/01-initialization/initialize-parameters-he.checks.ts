import { agreement, between, defineChecks } from "@dlc/grader/checks";
import { CheckError, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { initializeParametersHe } from "../../solutions/01-initialization/initialize-parameters-he.ts";
import { makeCircles } from "../../src/circles-data.ts";
import { model } from "../../src/initialization-model.ts";
import { forwardPropagation, predict } from "../../src/three-layer-net.ts";
import { computeLoss } from "../../testing/three-layer-oracle.ts";
import {
  drawSeed,
  expectParameters,
  referenceCheck,
  scaleCheck,
  shapesCheck,
  streamCheck,
  zeroBiasesCheck,
} from "./shared.ts";

const name = "initializeParametersHe";

export default defineChecks(name, [
  shapesCheck(name, true, initializeParametersHe),
  referenceCheck(
    name,
    initializeParametersHe,
    "Wl = randn(n_l, n_{l−1})·√(2/n_{l−1}) drawn layer by layer from RandomState(seed), zero biases",
  ),
  streamCheck(name),
  scaleCheck(
    name,
    (nPrev) => Math.sqrt(2 / nPrev),
    "√(2 / n_{l−1})",
    "on a wide network every Wl has entries of mean ≈ 0 and standard deviation ≈ √(2 / n_{l−1})",
  ),
  zeroBiasesCheck(name, initializeParametersHe),
  {
    id: "keeps-activations",
    kind: "property",
    points: 1,
    description:
      "through 6 to 8 ReLU layers the activations keep their size: mean a_L² stays within a factor 10 of mean x²",
    async run({ call, rng, input }) {
      // tuned on 2000 draws of the reference: the ratio lies in [0.16, 4.9]; with
      // Xavier's 1/n_{l−1} it is below 0.04, with 10·randn astronomically large
      const depth = between(rng, 6, 8);
      const dims = [between(rng, 300, 500)];
      for (let l = 1; l < depth; l++) dims.push(between(rng, 60, 140));
      dims.push(between(rng, 30, 50));
      const seed = drawSeed(rng);
      input("layersDims", dims);
      const what = `${name}([${dims}], ${seed})`;
      const parameters = await call(dims, seed);
      expectParameters(what, parameters, dims);
      const ratio = tf.tidy(() => {
        const X = tf.randomNormal([dims[0]!, 64], 0, 1, "float32", between(rng, 0, 99999));
        let A = X;
        for (let l = 1; l < dims.length; l++) A = tf.relu(tf.matMul(parameters[`W${l}`]!, A));
        return A.square().mean().div(X.square().mean()).dataSync()[0]!;
      });
      if (!(ratio > 0.1 && ratio < 10))
        throw new CheckError(
          `${what}: after ${dims.length - 1} ReLU layers mean(a_L²) / mean(x²) = ${ratio.toPrecision(3)}. ` +
            `Each ReLU layer multiplies the mean square by n_{l−1}·Var(W)/2, which is 1 exactly when Var(W) = 2 / n_{l−1}: ` +
            `scale the standard normals by √(2 / n_{l−1}) (the square root, and the size of the layer before)`,
        );
    },
  },
  {
    id: "learns",
    kind: "training",
    points: 1,
    description:
      "the notebook's model started from your parameters (default seed) learns small circles: cost falls, ≥ 90 % accuracy",
    timeoutMs: 20_000,
    async run({ call }) {
      // fixed so the outcome is known: from the reference, 400 or 500 iterations at any
      // learning rate in [0.2, 0.4] reach 100 % on these 30 points (cost 0.88 → below 0.15)
      const { X, Y } = makeCircles(30, 0.05, new RandomState(1));
      const parameters = await call([2, 10, 5, 1]);
      expectParameters(`${name}([2, 10, 5, 1])`, parameters, [2, 10, 5, 1]);
      const { parameters: trained, costs } = model(X, Y, () => parameters, {
        learningRate: 0.3,
        numIterations: 400,
      });
      const first = costs[0]!;
      const last = computeLoss(forwardPropagation(X, trained).A3, Y);
      const accuracy = agreement(predict(X, trained), Y);
      if (!(last < first / 2) || accuracy < 0.9)
        throw new CheckError(
          `400 steps (learning rate 0.3) from ${name}([2, 10, 5, 1]) take the cost from ${first.toPrecision(4)} to ${last.toPrecision(4)} ` +
            `and reach ${(100 * accuracy).toFixed(1)} % on 30 circle points; from He's weights (seed 3 by default) the network reaches at least 90 %`,
        );
    },
  },
]);
