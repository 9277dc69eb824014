import { defineChecks, expectAllClose } from "@dlc/grader/checks";
import type * as tf from "@tensorflow/tfjs";
import { lstmCellForward } from "../../solutions/01-rnn-step-by-step/lstm-cell-forward.ts";
import type { LstmParameters } from "../../src/types.ts";
import { lstmParameters, type Sizes, sizes, stepInputs } from "../shared/rnn-cases.ts";

const what = ({ nX, nA, nY, m }: Sizes) =>
  `lstmCellForward (n_x ${nX}, n_a ${nA}, n_y ${nY}, m ${m})`;

const scaled = (p: LstmParameters, factor: number) =>
  Object.fromEntries(
    Object.entries(p).map(([k, v]) => [k, (v as tf.Tensor).mul(factor)]),
  ) as unknown as LstmParameters;

export default defineChecks("lstmCellForward", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "a_next, c_next and yt_pred equal the reference, sizes varied (n_x ≠ n_a, one example included)",
    async run({ call, rng, input }) {
      for (const fixed of [{}, { m: 1 }, { nA: 2, nX: 4 }]) {
        const dims = sizes(rng, fixed);
        const { xt, aPrev, cPrev } = stepInputs(rng, dims);
        const parameters = lstmParameters(rng, dims);
        input("xt", xt);
        const e = lstmCellForward(xt, aPrev, cPrev, parameters);
        expectAllClose(what(dims), await call(xt, aPrev, cPrev, parameters), {
          aNext: e.aNext,
          cNext: e.cNext,
          ytPred: e.ytPred,
        });
      }
    },
  },
  {
    id: "cache-gates",
    kind: "reference",
    points: 1,
    description:
      "the cache holds the gates ft, it, ot, the candidate cct and the step's a and c, as the backward pass needs",
    async run({ call, rng }) {
      for (let i = 0; i < 2; i++) {
        const dims = sizes(rng);
        const { xt, aPrev, cPrev } = stepInputs(rng, dims);
        const parameters = lstmParameters(rng, dims);
        const { cache } = lstmCellForward(xt, aPrev, cPrev, parameters);
        const actual = await call(xt, aPrev, cPrev, parameters);
        expectAllClose(`${what(dims)}: cache`, actual?.cache, {
          aNext: cache.aNext,
          cNext: cache.cNext,
          aPrev,
          cPrev,
          ft: cache.ft,
          it: cache.it,
          cct: cache.cct,
          ot: cache.ot,
          xt,
        });
      }
    },
  },
  {
    id: "saturated-gates",
    kind: "reference",
    points: 1,
    description:
      "weights ×20: the gates saturate at 0 or 1, c_next and a_next still equal the reference",
    async run({ call, rng }) {
      for (let i = 0; i < 2; i++) {
        const dims = sizes(rng);
        const { xt, aPrev, cPrev } = stepInputs(rng, dims);
        const parameters = scaled(lstmParameters(rng, dims), 20);
        const e = lstmCellForward(xt, aPrev, cPrev, parameters);
        expectAllClose(`${what(dims)} with weights ×20`, await call(xt, aPrev, cPrev, parameters), {
          aNext: e.aNext,
          cNext: e.cNext,
          ytPred: e.ytPred,
        });
      }
    },
  },
]);
