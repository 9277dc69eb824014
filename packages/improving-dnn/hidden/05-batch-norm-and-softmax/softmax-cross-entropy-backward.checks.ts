import {
  type CheckContext,
  defineChecks,
  expectGradients,
  normal,
  oracleGradients,
  type ScalarOf,
  uniform,
} from "@dlc/grader/checks";
import { expectClose, expectShape } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { softmaxCrossEntropyBackward } from "../../solutions/05-batch-norm-and-softmax/softmax-cross-entropy-backward.ts";
import { hinted, oneHot, twoSizes } from "./data.ts";

const what = "softmaxCrossEntropyBackward(ZL, Y)";
const hint =
  "dZ = (softmax(ZL) − Y) / m: ŷ minus y (not y − ŷ), divided by the number of examples m (columns)";

/** J(ZL) = −(1/m) Σ Y log softmax(ZL) over the classes (axis 0), with tf's logSoftmax. */
const objective =
  (Y: tf.Tensor): ScalarOf =>
  ({ ZL }) =>
    tf.logSoftmax(ZL!.transpose()).transpose().mul(Y).sum().neg().div(ZL!.shape[1]!);

async function gradientCheck({ call, rng, input }: CheckContext, against: "autodiff" | "numeric") {
  const [C, m] = twoSizes(rng, 2, 6);
  const [ZL, Y] = [normal(rng, [C, m], 2), oneHot(rng, C, m)];
  input("ZL", ZL);
  input("Y", Y);
  const actual = await call(ZL, Y);
  const oracle = oracleGradients(against, objective(Y), { ZL }, ["ZL"]);
  await hinted(hint, () =>
    expectGradients("softmaxCrossEntropyBackward", { dZ: { actual, oracle: oracle.ZL! } }, against),
  );
}

export default defineChecks("softmaxCrossEntropyBackward", [
  {
    id: "keeps-shape",
    kind: "contract",
    points: 1,
    description: "returns dZ shaped like the logits [C, m], C ≠ m, the reference's values",
    async run({ call, rng }) {
      const [ZL, Y] = [normal(rng, [3, 5]), oneHot(rng, 3, 5)];
      const actual = await call(ZL, Y);
      expectShape(what, actual, [3, 5]);
      // a shape alone is met by zeros: the values too
      expectClose(what, actual, softmaxCrossEntropyBackward(ZL, Y), { rtol: 1e-4, atol: 1e-6 });
    },
  },
  {
    id: "grad-matches-autodiff",
    kind: "gradient",
    points: 3,
    description: "dZ equals tf.grad of the softmax cross-entropy",
    run: (ctx) => gradientCheck(ctx, "autodiff"),
  },
  {
    id: "grad-matches-numeric",
    kind: "gradient",
    points: 1,
    description: "dZ agrees with central differences of the softmax cross-entropy",
    run: (ctx) => gradientCheck(ctx, "numeric"),
  },
  {
    id: "stable-for-large-logits",
    kind: "property",
    points: 1,
    description: "stays finite for logits as large as ±1000",
    async run({ call, rng, input }) {
      const [C, m] = twoSizes(rng, 2, 6);
      const [ZL, Y] = [uniform(rng, [C, m], -1000, 1000), oneHot(rng, C, m)];
      input("ZL", ZL);
      input("Y", Y);
      const actual = await call(ZL, Y);
      await hinted(`${hint}; a softmax that subtracts each column's max never overflows`, () =>
        expectClose(what, actual, softmaxCrossEntropyBackward(ZL, Y)),
      );
    },
  },
]);
