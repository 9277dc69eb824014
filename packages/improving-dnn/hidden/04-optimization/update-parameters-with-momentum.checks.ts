import { between, defineChecks, expectTensors } from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { updateParametersWithMomentum } from "../../solutions/04-optimization/update-parameters-with-momentum.ts";
import {
  expectFields,
  expectState,
  randomDims,
  randomGrads,
  randomParameters,
  shapesOf,
  type Tensors,
  zerosFor,
} from "./data.ts";

export default defineChecks("updateParametersWithMomentum", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description:
      "returns { parameters, v } shaped like the parameters and the velocity given, the reference's values",
    async run({ call, rng }) {
      const parameters = randomParameters(rng, [3, 4, 1]);
      const what =
        "updateParametersWithMomentum(parameters of layers [3, 4, 1], grads, v, 0.9, 0.1)";
      const grads = randomGrads(rng, parameters);
      const answer = await call(parameters, grads, zerosFor(parameters), 0.9, 0.1);
      expectFields(what, answer, ["parameters", "v"]);
      expectTensors(`${what}.parameters`, answer.parameters, shapesOf(parameters));
      expectTensors(`${what}.v`, answer.v, shapesOf(zerosFor(parameters)));
      // shapes alone are met by zeros: the values too
      const expected = updateParametersWithMomentum(
        parameters,
        grads,
        zerosFor(parameters),
        0.9,
        0.1,
      );
      expectState(`${what}.v`, answer.v, expected.v);
      expectState(`${what}.parameters`, answer.parameters, expected.parameters);
    },
  },
  {
    id: "several-steps",
    kind: "reference",
    points: 3,
    description:
      "four steps in a row, your v fed back each time: v = βv + (1 − β)dθ and θ − α·v, any depth",
    async run({ call, rng, input }) {
      for (const depth of [1, 3]) {
        const dims = randomDims(rng, depth);
        const beta = between(rng, 50, 95) / 100;
        const rate = between(rng, 5, 50) / 100;
        const start = randomParameters(rng, dims);
        let expected = { parameters: start, v: zerosFor(start) };
        let actual: { parameters: Tensors; v: Tensors } = expected;
        for (let step = 1; step <= 4; step++) {
          const grads = randomGrads(rng, expected.parameters);
          input(`grads of step ${step}`, grads);
          const what = `step ${step} of updateParametersWithMomentum(parameters of layers [${dims}], grads, v, β = ${beta}, α = ${rate})`;
          const answer = await call(actual.parameters, grads, actual.v, beta, rate);
          expected = updateParametersWithMomentum(
            expected.parameters,
            grads,
            expected.v,
            beta,
            rate,
          );
          expectFields(what, answer, ["parameters", "v"]);
          expectState(
            `${what}: v (β weighs the old velocity, 1 − β the gradient)`,
            answer.v,
            expected.v,
          );
          expectState(
            `${what}: parameters (step with the new v)`,
            answer.parameters,
            expected.parameters,
          );
          actual = answer;
        }
      }
    },
  },
  {
    id: "beta-zero-is-gd",
    kind: "property",
    points: 1,
    description: "with β = 0 the velocity is the gradient and the step is gradient descent's",
    async run({ call, rng }) {
      const dims = randomDims(rng, 2);
      const parameters = randomParameters(rng, dims);
      const v = randomGrads(rng, parameters); // an old velocity that β = 0 must forget
      const grads = randomGrads(rng, parameters);
      const what = `updateParametersWithMomentum(parameters of layers [${dims}], grads, v, β = 0, α = 0.1)`;
      const answer = await call(parameters, grads, v, 0, 0.1);
      expectFields(what, answer, ["parameters", "v"]);
      expectState(`${what}.v`, answer.v, grads);
      const gd = tf.tidy(() =>
        Object.fromEntries(
          Object.entries(parameters).map(([k, p]) => [k, p.sub(grads[`d${k}`]!.mul(0.1))]),
        ),
      );
      expectState(`${what}.parameters (θ − α·dθ)`, answer.parameters, gd);
    },
  },
]);
