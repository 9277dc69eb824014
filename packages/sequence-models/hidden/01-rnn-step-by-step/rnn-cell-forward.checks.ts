import { defineChecks, expectAllClose } from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { rnnCellForward } from "../../solutions/01-rnn-step-by-step/rnn-cell-forward.ts";
import { rnnParameters, type Sizes, sizes, stepInputs } from "../shared/rnn-cases.ts";

const what = ({ nX, nA, nY, m }: Sizes) =>
  `rnnCellForward (n_x ${nX}, n_a ${nA}, n_y ${nY}, m ${m})`;

export default defineChecks("rnnCellForward", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "a_next, yt_pred and the cache equal the reference, sizes varied (one example, one unit included)",
    async run({ call, rng, input }) {
      for (const fixed of [{}, { m: 1 }, { nA: 1, nX: 1 }]) {
        const dims = sizes(rng, fixed);
        const { xt, aPrev } = stepInputs(rng, dims);
        const parameters = rnnParameters(rng, dims);
        input("xt", xt);
        const expected = rnnCellForward(xt, aPrev, parameters);
        const actual = await call(xt, aPrev, parameters);
        expectAllClose(what(dims), actual, { aNext: expected.aNext, ytPred: expected.ytPred });
        expectAllClose(`${what(dims)}: cache`, actual?.cache, { aNext: expected.aNext, aPrev, xt });
      }
    },
  },
  {
    id: "zero-input-gives-biases",
    kind: "property",
    points: 1,
    description: "with xt = 0 and a_prev = 0, a_next = tanh(ba) in every column",
    async run({ call, rng }) {
      for (let i = 0; i < 2; i++) {
        const dims = sizes(rng);
        const parameters = rnnParameters(rng, dims);
        const zerosX = tf.zeros([dims.nX, dims.m]) as tf.Tensor2D;
        const zerosA = tf.zeros([dims.nA, dims.m]) as tf.Tensor2D;
        const actual = await call(zerosX, zerosA, parameters);
        const aNext = tf.tanh(parameters.ba).tile([1, dims.m]);
        expectAllClose(`${what(dims)} with xt = 0, a_prev = 0`, actual, {
          aNext,
          ytPred: rnnCellForward(zerosX, zerosA, parameters).ytPred,
        });
      }
    },
  },
  {
    id: "saturated",
    kind: "reference",
    points: 1,
    description:
      "large pre-activations: tanh saturates at ±1 and the softmax of logits in the hundreds stays finite",
    async run({ call, rng }) {
      for (let i = 0; i < 2; i++) {
        const dims = sizes(rng, { nY: 3 });
        const { xt, aPrev } = stepInputs(rng, dims);
        const p = rnnParameters(rng, dims);
        const parameters = {
          ...p,
          Wax: p.Wax.mul(30),
          Wya: p.Wya.mul(100),
          by: p.by.mul(100),
        } as typeof p;
        const expected = rnnCellForward(xt, aPrev, parameters);
        expectAllClose(
          `${what(dims)} with weights ×30, output weights ×100`,
          await call(xt, aPrev, parameters),
          {
            aNext: expected.aNext,
            ytPred: expected.ytPred,
          },
        );
      }
    },
  },
]);
