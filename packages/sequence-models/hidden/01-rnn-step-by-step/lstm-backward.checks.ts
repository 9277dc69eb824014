import {
  type CheckContext,
  defineChecks,
  expectGradients,
  normal,
  oracleGradients,
} from "@dlc/grader/checks";
import type * as tf from "@tensorflow/tfjs";
import { lstmForward } from "../../solutions/01-rnn-step-by-step/lstm-forward.ts";
import {
  LSTM_WEIGHTS,
  lstmObjective,
  lstmParameters,
  type Sizes,
  sequenceInputs,
  sizes,
} from "../shared/rnn-cases.ts";

/** The student's gradients of J = Σ da ⊙ a over the whole sequence against the oracle's. */
async function gradientCheck(
  { call, rng, input }: CheckContext,
  against: "autodiff" | "numeric",
  fixed: Partial<Sizes>,
) {
  const dims = sizes(rng, fixed);
  const { x, a0 } = sequenceInputs(rng, dims);
  const parameters = lstmParameters(rng, dims, against === "numeric" ? 0.5 : 1);
  const da = normal(rng, [dims.nA, dims.m, dims.Tx]) as tf.Tensor3D;
  const { caches } = lstmForward(x, a0, parameters);
  input("da", da);
  input("x", x);
  const actual = await call(da, caches);
  const oracle = oracleGradients(against, lstmObjective(da, parameters), { x, a0, ...parameters }, [
    "x",
    "a0",
    ...LSTM_WEIGHTS,
  ]);
  const { nX, nA, m, Tx } = dims;
  expectGradients(
    `lstmBackward (n_x ${nX}, n_a ${nA}, m ${m}, T_x ${Tx})`,
    {
      dx: { actual: actual?.dx, oracle: oracle.x! },
      da0: { actual: actual?.da0, oracle: oracle.a0! },
      ...Object.fromEntries(
        LSTM_WEIGHTS.map((k) => [`d${k}`, { actual: actual?.[`d${k}`], oracle: oracle[k]! }]),
      ),
    },
    against,
  );
}

export default defineChecks("lstmBackward", [
  {
    id: "grads-match-autodiff",
    kind: "gradient",
    points: 3,
    description:
      "dx, da0 and every gate's dW and db equal tf.grad of Σ da ⊙ a through time, sizes varied",
    async run(ctx) {
      for (const fixed of [{}, { Tx: 4 }, { nA: 1 }]) await gradientCheck(ctx, "autodiff", fixed);
    },
  },
  {
    id: "grads-match-numeric",
    kind: "gradient",
    points: 1,
    description: "dx, da0 and every gate's dW and db agree with central differences",
    async run(ctx) {
      for (const fixed of [
        { nX: 1, nA: 2, m: 2, Tx: 2 },
        { nX: 1, nA: 1, m: 1, Tx: 3 },
      ])
        await gradientCheck(ctx, "numeric", fixed);
    },
  },
  {
    id: "single-step",
    kind: "gradient",
    points: 1,
    description: "a sequence of one step (T_x = 1) and a batch of one example (m = 1)",
    async run(ctx) {
      for (const fixed of [{ Tx: 1 }, { m: 1, Tx: 3 }]) await gradientCheck(ctx, "autodiff", fixed);
    },
  },
]);
