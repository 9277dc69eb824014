/**
 * The checks the two model functions of assignment 05 share: on small seeded data,
 * compare with the reference run (costs every 100 iterations, final parameters), and
 * require that the cost of the parameters it returns falls and that they classify unseen examples.
 */

import {
  agreement,
  defineChecks,
  expectAllClose,
  expectNumbers,
  expectTensors,
} from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { computeCost } from "../../solutions/04-deep-nn-step-by-step/compute-cost.ts";
import { lModelForward } from "../../solutions/04-deep-nn-step-by-step/l-model-forward.ts";
import { separableData, separableTask } from "./data.ts";

type Model = (
  X: tf.Tensor,
  Y: tf.Tensor,
  dims: number[],
  learningRate?: number,
  numIterations?: number,
) => { parameters: Record<string, tf.Tensor>; costs: number[] };

/** The shapes of W1, b1, … for layers [n_0, …, n_L]. */
function shapesOf(layers: number[]): Record<string, number[]> {
  const shapes: Record<string, number[]> = {};
  for (let l = 1; l < layers.length; l++) {
    shapes[`W${l}`] = [layers[l]!, layers[l - 1]!];
    shapes[`b${l}`] = [layers[l]!, 1];
  }
  return shapes;
}

export function trainingChecks(name: string, reference: Model, dims: (nX: number) => number[]) {
  return defineChecks(name, [
    {
      id: "structure",
      kind: "contract",
      points: 1,
      description: "returns { parameters, costs } with a cost every 100 iterations",
      timeoutMs: 20_000,
      async run({ call, rng }) {
        const { X, Y } = separableData(rng, 3, 10);
        const layers = dims(3);
        const result = await call(X, Y, layers, 0.05, 201);
        expectTensors(`${name}(…).parameters`, result?.parameters, shapesOf(layers));
        if (!Array.isArray(result.costs) || result.costs.length !== 3)
          throw new CheckError(
            `${name}(…, 201 iterations).costs should hold 3 costs (iterations 0, 100, 200), got ${Array.isArray(result.costs) ? result.costs.length : typeof result.costs}`,
          );
        const expected = reference(X, Y, layers, 0.05, 201);
        const close = { rtol: 2e-3, atol: 1e-4 };
        expectNumbers(`${name}(…).costs`, result.costs, expected.costs, close);
        expectAllClose(`${name}(…).parameters`, result.parameters, expected.parameters, close);
      },
    },
    {
      id: "matches-reference",
      kind: "training",
      points: 3,
      description: "250 iterations on seeded data give the reference costs and parameters",
      timeoutMs: 30_000,
      async run({ call, rng, input }) {
        const { X, Y } = separableData(rng, 5, 30);
        input("X", X);
        const layers = dims(5);
        const actual = await call(X, Y, layers, 0.1, 250);
        const expected = reference(X, Y, layers, 0.1, 250);
        const close = { rtol: 2e-3, atol: 1e-4 };
        expectNumbers(`${name}(…).costs`, actual?.costs, expected.costs, close);
        expectAllClose(`${name}(…).parameters`, actual.parameters, expected.parameters, close);
      },
    },
    {
      id: "learns",
      kind: "training",
      points: 1,
      description:
        "trained on data with 15 % label noise, its parameters cost less than the initial ones and classify at least 75 % of unseen examples",
      timeoutMs: 30_000,
      async run({ call, rng }) {
        // over 30 seeds the references reach 83.7 % (4 layers) and 86.8 % (2 layers) at worst
        const task = separableTask(rng, 4);
        const [{ X, Y }, unseen] = [task.sample(160, 0.15), task.sample(400)];
        const layers = dims(4);
        const { parameters } = await call(X, Y, layers, 0.15, 601);
        expectTensors(`${name}(…).parameters`, parameters, shapesOf(layers));
        // the costs it reports are its own word: the check recomputes the cost of the
        // parameters it returns, and scores them on examples whose labels it never saw
        const cost = (p: Record<string, tf.Tensor>) =>
          computeCost(lModelForward(X, p).AL, Y).dataSync()[0]!;
        const [before, after] = [reference(X, Y, layers, 0.15, 1).costs[0]!, cost(parameters)];
        if (!(after <= before * 0.98))
          throw new CheckError(
            `${name}: the parameters it returns cost ${after}, the initial ones ${before} (expected a drop of at least 2 %)`,
          );
        const predictions = lModelForward(unseen.X, parameters).AL.greater(0.5).cast("float32");
        const accuracy = agreement(predictions, unseen.Y);
        if (accuracy < 0.75)
          throw new CheckError(
            `${name}: accuracy ${(accuracy * 100).toFixed(1)} % on unseen examples of the task, expected at least 75 %`,
          );
      },
    },
  ]);
}
