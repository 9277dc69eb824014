/**
 * The checks the two model functions of assignment 05 share: on small seeded data,
 * compare with the reference run (costs every 100 iterations, final parameters), and
 * require that the cost falls and the model learns.
 */
import { CheckError } from "@dlc/grader/check";
import {
  agreement,
  defineChecks,
  expectAllClose,
  expectFalling,
  expectNumbers,
  expectTensors,
} from "@dlc/grader/checks";
import type * as tf from "@tensorflow/tfjs";
import { lModelForward } from "../../solutions/04-deep-nn-step-by-step/l-model-forward.ts";
import { separableData } from "./data.ts";

type Model = (
  X: tf.Tensor,
  Y: tf.Tensor,
  dims: number[],
  learningRate?: number,
  numIterations?: number,
) => { parameters: Record<string, tf.Tensor>; costs: number[] };

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
        const shapes: Record<string, number[]> = {};
        for (let l = 1; l < layers.length; l++) {
          shapes[`W${l}`] = [layers[l]!, layers[l - 1]!];
          shapes[`b${l}`] = [layers[l]!, 1];
        }
        expectTensors(`${name}(…).parameters`, result?.parameters, shapes);
        if (!Array.isArray(result.costs) || result.costs.length !== 3)
          throw new CheckError(
            `${name}(…, 201 iterations).costs should hold 3 costs (iterations 0, 100, 200), got ${Array.isArray(result.costs) ? result.costs.length : typeof result.costs}`,
          );
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
      description: "the cost falls and the model fits data with 15 % label noise to at least 65 %",
      timeoutMs: 30_000,
      async run({ call, rng }) {
        // tuned on 120 runs of the reference: no NaN, accuracy 71 % to 94 %
        const { X, Y } = separableData(rng, 4, 160, 0.15);
        const { parameters, costs } = await call(X, Y, dims(4), 0.15, 601);
        expectFalling(`${name}(…).costs`, costs, 0.02);
        const accuracy = agreement(lModelForward(X, parameters).AL.greater(0.5).cast("float32"), Y);
        if (accuracy < 0.65)
          throw new CheckError(
            `${name}: training accuracy ${(accuracy * 100).toFixed(1)} %, expected at least 65 %`,
          );
      },
    },
  ]);
}
