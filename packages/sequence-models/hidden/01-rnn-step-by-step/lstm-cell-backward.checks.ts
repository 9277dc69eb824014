import {
  type CheckContext,
  defineChecks,
  expectGradients,
  normal,
  oracleGradients,
} from "@dlc/grader/checks";
import type * as tf from "@tensorflow/tfjs";
import { lstmCellForward } from "../../solutions/01-rnn-step-by-step/lstm-cell-forward.ts";
import {
  LSTM_WEIGHTS,
  lstmCellObjective,
  lstmParameters,
  type Sizes,
  saturateColumns,
  sizes,
  stepInputs,
} from "../shared/rnn-cases.ts";

/** The student's gradients of J = Σ da_next ⊙ a_next + dc_next ⊙ c_next against the oracle's. */
async function gradientCheck(
  { call, rng, input }: CheckContext,
  against: "autodiff" | "numeric",
  fixed: Partial<Sizes>,
  saturate = false,
) {
  const dims = sizes(rng, fixed);
  const step = stepInputs(rng, dims);
  const xt = saturate ? saturateColumns(step.xt, 20) : step.xt;
  const { aPrev, cPrev } = step;
  const parameters = lstmParameters(rng, dims, against === "numeric" ? 0.5 : 1);
  const daNext = normal(rng, [dims.nA, dims.m]) as tf.Tensor2D;
  const dcNext = normal(rng, [dims.nA, dims.m]) as tf.Tensor2D;
  const { cache } = lstmCellForward(xt, aPrev, cPrev, parameters);
  input("daNext", daNext);
  input("dcNext", dcNext);
  input("cache", cache);
  const actual = await call(daNext, dcNext, cache);
  const oracle = oracleGradients(
    against,
    lstmCellObjective(daNext, dcNext, parameters),
    { xt, aPrev, cPrev, ...parameters },
    ["xt", "aPrev", "cPrev", ...LSTM_WEIGHTS],
  );
  const { nX, nA, m } = dims;
  expectGradients(
    `lstmCellBackward (n_x ${nX}, n_a ${nA}, m ${m}${saturate ? ", half the examples saturated" : ""})`,
    {
      dxt: { actual: actual?.dxt, oracle: oracle.xt! },
      daPrev: { actual: actual?.daPrev, oracle: oracle.aPrev! },
      dcPrev: { actual: actual?.dcPrev, oracle: oracle.cPrev! },
      ...Object.fromEntries(
        LSTM_WEIGHTS.map((k) => [`d${k}`, { actual: actual?.[`d${k}`], oracle: oracle[k]! }]),
      ),
    },
    against,
  );
}

export default defineChecks("lstmCellBackward", [
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description:
      "dxt, da_prev, dc_prev and every gate's dW and db equal tf.grad of the cell, sizes varied",
    async run(ctx) {
      for (const fixed of [{}, { m: 1 }, { nA: 2, nX: 4 }])
        await gradientCheck(ctx, "autodiff", fixed);
    },
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "dxt, da_prev, dc_prev and every gate's dW and db agree with central differences",
    async run(ctx) {
      for (const fixed of [
        { nX: 2, nA: 2, m: 2 },
        { nX: 1, nA: 2, m: 1 },
      ])
        await gradientCheck(ctx, "numeric", fixed);
    },
  },
  {
    id: "saturated",
    kind: "gradient",
    points: 1,
    description:
      "half the examples with inputs ×20, their gates saturated at 0 or 1, the others not",
    async run(ctx) {
      for (const m of [2, 4]) await gradientCheck(ctx, "autodiff", { m }, true);
    },
  },
]);
