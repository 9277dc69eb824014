import { between, defineChecks, expectTensors, normal } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { updateParametersWithAdam } from "../../solutions/04-optimization/update-parameters-with-adam.ts";
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

const FIELDS = ["parameters", "v", "s", "vCorrected", "sCorrected"];
type AdamStep = Record<"parameters" | "v" | "s" | "vCorrected" | "sCorrected", Tensors>;

/** Compares the five results of a step, in the order a student should fix them. */
function expectStep(what: string, answer: unknown, expected: AdamStep) {
  expectFields(what, answer, FIELDS);
  const a = answer as AdamStep;
  expectState(`${what}: v (β1·v + (1 − β1)·dθ)`, a.v, expected.v);
  expectState(`${what}: s (β2·s + (1 − β2)·dθ², the square element by element)`, a.s, expected.s);
  expectState(
    `${what}: vCorrected (v / (1 − β1^t), t the step number)`,
    a.vCorrected,
    expected.vCorrected,
  );
  expectState(`${what}: sCorrected (s / (1 − β2^t))`, a.sCorrected, expected.sCorrected);
  expectState(
    `${what}: parameters (θ − α·vCorrected / (√sCorrected + ε))`,
    a.parameters,
    expected.parameters,
  );
}

export default defineChecks("updateParametersWithAdam", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description:
      "returns { parameters, v, s, vCorrected, sCorrected } shaped like the inputs, the reference's at t = 1",
    async run({ call, rng }) {
      const parameters = randomParameters(rng, [3, 4, 1]);
      const what = "updateParametersWithAdam(parameters of layers [3, 4, 1], grads, v, s, 1)";
      const grads = randomGrads(rng, parameters);
      const answer = await call(parameters, grads, zerosFor(parameters), zerosFor(parameters), 1);
      expectFields(what, answer, FIELDS);
      expectTensors(`${what}.parameters`, answer.parameters, shapesOf(parameters));
      for (const field of FIELDS.slice(1))
        expectTensors(`${what}.${field}`, answer[field], shapesOf(zerosFor(parameters)));
      // shapes alone are met by zeros: the values of this first step (t = 1) too
      expectStep(
        what,
        answer,
        updateParametersWithAdam(parameters, grads, zerosFor(parameters), zerosFor(parameters), 1),
      );
    },
  },
  {
    id: "several-steps",
    kind: "reference",
    points: 3,
    description:
      "steps t = 1, 2, 3, 4 in a row, your v and s fed back each time, bias-corrected, any depth",
    async run({ call, rng, input }) {
      for (const depth of [1, 3]) {
        const dims = randomDims(rng, depth);
        const rate = between(rng, 1, 10) / 100;
        const beta1 = between(rng, 50, 95) / 100;
        const beta2 = between(rng, 800, 999) / 1000;
        const start = randomParameters(rng, dims);
        let expected: AdamStep = {
          parameters: start,
          v: zerosFor(start),
          s: zerosFor(start),
          vCorrected: zerosFor(start),
          sCorrected: zerosFor(start),
        };
        let actual = expected;
        for (let t = 1; t <= 4; t++) {
          const grads = randomGrads(rng, start);
          input(`grads of step ${t}`, grads);
          const what = `step t = ${t} of updateParametersWithAdam(parameters of layers [${dims}], grads, v, s, ${t}, α = ${rate}, β1 = ${beta1}, β2 = ${beta2}, ε = 1e-8)`;
          const answer = await call(
            actual.parameters,
            grads,
            actual.v,
            actual.s,
            t,
            rate,
            beta1,
            beta2,
            1e-8,
          );
          expected = updateParametersWithAdam(
            expected.parameters,
            grads,
            expected.v,
            expected.s,
            t,
            rate,
            beta1,
            beta2,
            1e-8,
          );
          expectStep(what, answer, expected);
          actual = answer;
        }
      }
    },
  },
  {
    id: "epsilon-outside-the-root",
    kind: "reference",
    points: 1,
    description: "with a large ε (0.1) and small gradients: ε is added to √ŝ, not under the root",
    async run({ call, rng, input }) {
      const dims = randomDims(rng, 2);
      const parameters = randomParameters(rng, dims);
      const v = randomGrads(rng, parameters, 0.05);
      const s = tf.tidy(() =>
        Object.fromEntries(
          Object.entries(randomGrads(rng, parameters, 0.1)).map(([k, g]) => [k, g.square()]),
        ),
      );
      const grads = randomGrads(rng, parameters, 0.1);
      input("grads", grads);
      const what = `updateParametersWithAdam(parameters of layers [${dims}], grads, v, s, t = 3, α = 0.05, β1 = 0.9, β2 = 0.99, ε = 0.1)`;
      expectStep(
        what,
        await call(parameters, grads, v, s, 3, 0.05, 0.9, 0.99, 0.1),
        updateParametersWithAdam(parameters, grads, v, s, 3, 0.05, 0.9, 0.99, 0.1),
      );
    },
  },
  {
    id: "first-step-moves-alpha",
    kind: "property",
    points: 1,
    description:
      "the first step from zero v and s (the notebook's defaults) moves every weight by about α = 0.01 against its gradient",
    async run({ call, rng }) {
      const dims = randomDims(rng, 3);
      const parameters = randomParameters(rng, dims);
      const grads = randomGrads(rng, parameters);
      const what = `updateParametersWithAdam(parameters of layers [${dims}], grads, zeros, zeros, 1)`;
      const answer = await call(parameters, grads, zerosFor(parameters), zerosFor(parameters), 1);
      expectFields(what, answer, FIELDS);
      expectTensors(`${what}.parameters`, answer.parameters, shapesOf(parameters));
      for (const [k, p] of Object.entries(parameters)) {
        const step = tf.tidy(() => (answer.parameters[k] as tf.Tensor).sub(p).dataSync());
        const g = grads[`d${k}`]!.dataSync();
        step.forEach((x, i) => {
          if (Math.abs(g[i]!) < 1e-3) return;
          if (!(Math.abs(x + 0.01 * Math.sign(g[i]!)) < 2e-4))
            throw new CheckError(
              `${what}: ${k} moved by ${x} where its gradient is ${g[i]}; at t = 1, v̂ = dθ and ŝ = dθ², so each weight should move by about −α·sign(dθ) = ${-0.01 * Math.sign(g[i]!)} (look at the bias correction and the default learningRate = 0.01)`,
            );
        });
      }
    },
  },
  {
    id: "defaults",
    kind: "contract",
    points: 1,
    description:
      "learningRate, beta1, beta2 and epsilon default to the notebook's 0.01, 0.9, 0.999 and 1e-8",
    async run({ call, rng }) {
      const parameters = randomParameters(rng, [2, 3, 1]);
      const v = randomGrads(rng, parameters, 0.3);
      const s = tf.tidy(() =>
        Object.fromEntries(
          Object.entries(randomGrads(rng, parameters)).map(([k, g]) => [k, g.square()]),
        ),
      );
      const grads = randomGrads(rng, parameters);
      expectStep(
        "updateParametersWithAdam(parameters, grads, v, s, 5) without the optional arguments",
        await call(parameters, grads, v, s, 5),
        updateParametersWithAdam(parameters, grads, v, s, 5),
      );
    },
  },
  {
    id: "zero-gradient-stays",
    kind: "property",
    points: 1,
    description:
      "a weight with a zero gradient and zero history does not move (and never becomes NaN)",
    async run({ call, rng }) {
      const parameters = { W1: normal(rng, [2, 3]), b1: normal(rng, [2, 1]) };
      const grads = {
        dW1: tf.tensor2d([
          [0, 0.5, 0],
          [-1, 0, 2],
        ]),
        db1: tf.zeros([2, 1]),
      };
      const what = "updateParametersWithAdam({ W1, b1 }, grads with zeros, zeros, zeros, 1)";
      const answer = await call(parameters, grads, zerosFor(parameters), zerosFor(parameters), 1);
      expectFields(what, answer, FIELDS);
      expectState(
        `${what}.parameters: where dθ = 0, v̂ = ŝ = 0 and the step is 0 / (0 + ε) = 0`,
        answer.parameters,
        updateParametersWithAdam(parameters, grads, zerosFor(parameters), zerosFor(parameters), 1)
          .parameters,
      );
    },
  },
]);
