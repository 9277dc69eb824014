import { between, defineChecks, expectNumber, normal, uniform } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { softmaxCrossEntropy } from "../../solutions/05-batch-norm-and-softmax/softmax-cross-entropy.ts";
import { hinted, oneHot, twoSizes } from "./data.ts";

const what = "softmaxCrossEntropy(ZL, Y)";

export default defineChecks("softmaxCrossEntropy", [
  {
    id: "returns-number",
    kind: "contract",
    points: 1,
    description: "returns the cost as a number, the reference's",
    async run({ call, rng }) {
      const [ZL, Y] = [normal(rng, [3, 5]), oneHot(rng, 3, 5)];
      const actual = await call(ZL, Y);
      expectNumber(what, actual);
      // any number is a number: the value too
      expectClose(what, actual, softmaxCrossEntropy(ZL, Y), { rtol: 1e-4, atol: 1e-6 });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "equals −(1/m) Σ Y log softmax(ZL) on random logits and labels",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const [C, m] = twoSizes(rng, 2, 9);
        const [ZL, Y] = [normal(rng, [C, m], 3), oneHot(rng, C, m)];
        input("ZL", ZL);
        input("Y", Y);
        const actual = await call(ZL, Y);
        expectNumber(what, actual);
        await hinted(
          "log ŷ = ZL − log Σ_classes e^ZL (the sum over axis 0, the classes); the cost sums −Y log ŷ over everything and divides by m, the number of examples (columns)",
          () => expectClose(what, actual, softmaxCrossEntropy(ZL, Y)),
        );
      }
    },
  },
  {
    id: "averages-over-examples",
    kind: "property",
    points: 1,
    description: "is a mean over the examples: the same batch twice costs the same",
    async run({ call, rng }) {
      const [C, m] = twoSizes(rng, 2, 6);
      const [ZL, Y] = [normal(rng, [C, m], 2), oneHot(rng, C, m)];
      const [once, twice] = [
        await call(ZL, Y),
        await call(tf.concat([ZL, ZL], 1), tf.concat([Y, Y], 1)),
      ];
      expectNumber(what, once);
      expectNumber(what, twice);
      await hinted("divide the sum by m, the number of examples", () =>
        expectClose(`${what} of the batch repeated twice`, twice, once),
      );
      // a constant costs the same twice too: the value is the reference's
      expectClose(what, once, softmaxCrossEntropy(ZL, Y), { rtol: 1e-4, atol: 1e-6 });
    },
  },
  {
    id: "two-classes-binary",
    kind: "property",
    points: 1,
    description: "with 2 classes, equals logistic regression's cross-entropy of sigmoid(z₁ − z₂)",
    async run({ call, rng }) {
      const m = between(rng, 3, 9);
      const ZL = normal(rng, [2, m], 2);
      const Y = oneHot(rng, 2, m);
      const a = tf.sigmoid(ZL.slice([0, 0], [1, m]).sub(ZL.slice([1, 0], [1, m])));
      const y = Y.slice([0, 0], [1, m]);
      const binary = y
        .mul(a.log())
        .add(tf.sub(1, y).mul(tf.sub(1, a).log()))
        .mean()
        .neg();
      const actual = await call(ZL, Y);
      expectNumber(what, actual);
      await hinted("softmax with C = 2 is logistic regression: the costs must agree", () =>
        expectClose(what, actual, binary.dataSync()[0]!, { rtol: 1e-4, atol: 1e-5 }),
      );
    },
  },
  {
    id: "stable-for-large-logits",
    kind: "property",
    points: 2,
    description: "stays finite and exact for logits as large as ±1000 (log-sum-exp)",
    async run({ call, rng, input }) {
      const extreme = tf.tensor2d([
        [1000, 1000, -1000],
        [-1000, -1000, 1000],
        [0, 999, -1000],
      ]);
      const cases = [
        {
          ZL: extreme,
          Y: tf.tensor2d([
            [1, 0, 0],
            [0, 1, 0],
            [0, 0, 1],
          ]),
        },
        (() => {
          const [C, m] = twoSizes(rng, 2, 6);
          return { ZL: uniform(rng, [C, m], -1000, 1000), Y: oneHot(rng, C, m) };
        })(),
      ];
      for (const { ZL, Y } of cases) {
        input("ZL", ZL);
        input("Y", Y);
        const actual = await call(ZL, Y);
        await hinted(
          "log(softmax) gives log 0 = −∞ (and 0·∞ = NaN) once a probability underflows: compute log ŷ = (Z − max) − log Σ e^(Z − max) directly",
          () => {
            expectNumber(what, actual);
            expectClose(what, actual, softmaxCrossEntropy(ZL, Y), { rtol: 1e-4 });
          },
        );
      }
    },
  },
]);
