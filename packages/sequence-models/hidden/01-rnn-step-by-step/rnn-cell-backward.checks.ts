import {
  type CheckContext,
  defineChecks,
  expectGradients,
  normal,
  oracleGradients,
} from "@dlc/grader/checks";
import type * as tf from "@tensorflow/tfjs";
import { rnnCellForward } from "../../solutions/01-rnn-step-by-step/rnn-cell-forward.ts";
import {
  RNN_WEIGHTS,
  rnnCellObjective,
  rnnParameters,
  type Sizes,
  saturateColumns,
  sizes,
  stepInputs,
} from "../shared/rnn-cases.ts";

/**
 * Draws a cell (of `fixed` sizes, weights scaled by `scale`), runs the reference forward, asks
 * the student for the gradients of J = Σ da_next ⊙ a_next and compares them with the oracle's.
 */
async function gradientCheck(
  { call, rng, input }: CheckContext,
  against: "autodiff" | "numeric",
  fixed: Partial<Sizes>,
  saturate = false,
) {
  const dims = sizes(rng, fixed);
  const step = stepInputs(rng, dims);
  const xt = saturate ? saturateColumns(step.xt, 30) : step.xt;
  const { aPrev } = step;
  const parameters = rnnParameters(rng, dims, against === "numeric" ? 0.5 : 1);
  const daNext = normal(rng, [dims.nA, dims.m]) as tf.Tensor2D;
  const { cache } = rnnCellForward(xt, aPrev, parameters);
  input("daNext", daNext);
  input("cache", cache);
  const actual = await call(daNext, cache);
  const at = { xt, aPrev, ...parameters };
  const oracle = oracleGradients(against, rnnCellObjective(daNext, parameters), at, [
    "xt",
    "aPrev",
    ...RNN_WEIGHTS,
  ]);
  const { nX, nA, m } = dims;
  expectGradients(
    `rnnCellBackward (n_x ${nX}, n_a ${nA}, m ${m}${saturate ? ", half the examples saturated" : ""})`,
    {
      dxt: { actual: actual?.dxt, oracle: oracle.xt! },
      daPrev: { actual: actual?.daPrev, oracle: oracle.aPrev! },
      ...Object.fromEntries(
        RNN_WEIGHTS.map((k) => [`d${k}`, { actual: actual?.[`d${k}`], oracle: oracle[k]! }]),
      ),
    },
    against,
  );
}

export default defineChecks("rnnCellBackward", [
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description:
      "dxt, da_prev, dWax, dWaa and dba equal tf.grad of Σ da_next ⊙ a_next, sizes varied",
    async run(ctx) {
      for (const fixed of [{}, { m: 1 }, { nA: 1 }]) await gradientCheck(ctx, "autodiff", fixed);
    },
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "dxt, da_prev, dWax, dWaa and dba agree with central differences",
    async run(ctx) {
      for (const fixed of [{ m: 3 }, { m: 1 }]) await gradientCheck(ctx, "numeric", fixed);
    },
  },
  {
    id: "saturated",
    kind: "gradient",
    points: 1,
    description: "half the examples deep in tanh's flat tails (1 − a² ≈ 0 there), the others not",
    async run(ctx) {
      for (const m of [2, 4]) await gradientCheck(ctx, "autodiff", { m }, true);
    },
  },
]);
