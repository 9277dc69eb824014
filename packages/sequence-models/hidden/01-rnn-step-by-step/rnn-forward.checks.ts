import { defineChecks, expectAllClose } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { rnnForward } from "../../solutions/01-rnn-step-by-step/rnn-forward.ts";
import { rnnParameters, type Sizes, sequenceInputs, sizes, stepOf } from "../shared/rnn-cases.ts";

const what = ({ nX, nA, nY, m, Tx }: Sizes) =>
  `rnnForward (n_x ${nX}, n_a ${nA}, n_y ${nY}, m ${m}, T_x ${Tx})`;

export default defineChecks("rnnForward", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "a and y_pred equal the reference at every step, sizes and sequence lengths varied",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const dims = sizes(rng);
        const { x, a0 } = sequenceInputs(rng, dims);
        const parameters = rnnParameters(rng, dims);
        input("x", x);
        const expected = rnnForward(x, a0, parameters);
        expectAllClose(what(dims), await call(x, a0, parameters), {
          a: expected.a,
          yPred: expected.yPred,
        });
      }
    },
  },
  {
    id: "caches",
    kind: "reference",
    points: 1,
    description:
      "caches is [one cache per step, x]: step t's cache holds x[:, :, t], a⟨t−1⟩ (a0 first) and a⟨t⟩",
    async run({ call, rng }) {
      for (let i = 0; i < 2; i++) {
        const dims = sizes(rng);
        const { x, a0 } = sequenceInputs(rng, dims);
        const parameters = rnnParameters(rng, dims);
        const expected = rnnForward(x, a0, parameters);
        const caches = (await call(x, a0, parameters))?.caches;
        if (!Array.isArray(caches) || !Array.isArray(caches[0]) || caches[0].length !== dims.Tx)
          throw new CheckError(
            `${what(dims)}: caches should be [an array of ${dims.Tx} step caches, x]`,
          );
        expectAllClose(`${what(dims)}: caches`, { x: caches[1] }, { x });
        expected.caches[0].forEach((cache, t) => {
          expectAllClose(`${what(dims)}: caches[0][${t}]`, caches[0][t], {
            aNext: cache.aNext,
            aPrev: cache.aPrev,
            xt: stepOf(x, t),
          });
        });
      }
    },
  },
  {
    id: "single-step",
    kind: "reference",
    points: 1,
    description: "a sequence of one step (T_x = 1) and a batch of one example (m = 1)",
    async run({ call, rng }) {
      for (const fixed of [{ Tx: 1 }, { m: 1, Tx: 3 }]) {
        const dims = sizes(rng, fixed);
        const { x, a0 } = sequenceInputs(rng, dims);
        const parameters = rnnParameters(rng, dims);
        const expected = rnnForward(x, a0, parameters);
        expectAllClose(what(dims), await call(x, a0, parameters), {
          a: expected.a,
          yPred: expected.yPred,
        });
      }
    },
  },
]);
