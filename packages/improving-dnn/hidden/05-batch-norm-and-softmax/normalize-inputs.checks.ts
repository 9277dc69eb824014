import { between, defineChecks, expectAllClose, expectTensors, uniform } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { normalizeInputs } from "../../solutions/05-batch-norm-and-softmax/normalize-inputs.ts";
import { features, hinted } from "./data.ts";

const what = "normalizeInputs(XTrain, XTest)";

export default defineChecks("normalizeInputs", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description:
      "returns XTrain and XTest shaped like the inputs, mu and sigma2 as [n, 1] columns, the reference's values",
    async run({ call, rng }) {
      const [XTrain, XTest] = [features(rng, 3, 7), features(rng, 3, 4)];
      const actual = await call(XTrain, XTest);
      expectTensors(what, actual, { XTrain: [3, 7], XTest: [3, 4], mu: [3, 1], sigma2: [3, 1] });
      // shapes alone are met by zeros: the values too
      expectAllClose(what, actual, normalizeInputs(XTrain, XTest), { rtol: 1e-4, atol: 1e-4 });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "equals (X − μ) / sqrt(σ² + 1e-8) with μ and σ² of the training set, on features of very different scales",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const n = between(rng, 1, 4);
        const [XTrain, XTest] = [
          features(rng, n, between(rng, 5, 12)),
          features(rng, n, between(rng, 2, 6)),
        ];
        input("XTrain", XTrain);
        input("XTest", XTest);
        const actual = await call(XTrain, XTest);
        const expected = normalizeInputs(XTrain, XTest);
        await hinted(
          "μ and σ² are the mean and the variance (with 1/m) of each row of XTrain; both sets are divided by the standard deviation sqrt(σ² + 1e-8)",
          () => expectAllClose(what, actual, expected, { rtol: 1e-4, atol: 1e-4 }),
        );
      }
    },
  },
  {
    id: "train-rows-standardized",
    kind: "property",
    points: 1,
    description: "gives every feature of the training set mean 0 and variance 1",
    async run({ call, rng }) {
      for (let i = 0; i < 3; i++) {
        const n = between(rng, 1, 4);
        const XTrain = features(rng, n, between(rng, 4, 10));
        const actual = await call(XTrain, XTrain);
        expectTensors(what, actual, { XTrain: XTrain.shape });
        const { mean, variance } = tf.moments(actual.XTrain!, 1);
        await hinted(
          "subtract μ of each row (axis 1), then divide by σ = sqrt(σ² + ε), not by σ²",
          () => {
            expectClose(`${what}: row means of XTrain`, mean, tf.zeros([n]), { atol: 1e-4 });
            expectClose(`${what}: row variances of XTrain`, variance, tf.ones([n]), { atol: 1e-3 });
          },
        );
      }
    },
  },
  {
    id: "test-uses-train-statistics",
    kind: "property",
    points: 2,
    description:
      "normalizes the test set with the training set's μ and σ²: a shifted test set stays shifted",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const n = between(rng, 1, 4);
        const XTrain = features(rng, n, between(rng, 4, 10));
        const shift = uniform(rng, [n, 1], 2, 6);
        const XTest = XTrain.add(shift);
        input("XTrain", XTrain);
        input("XTest = XTrain + shift", XTest);
        const actual = await call(XTrain, XTest);
        expectTensors(what, actual, { XTrain: XTrain.shape, XTest: XTest.shape });
        const sigma = tf.moments(XTrain, 1, true).variance.add(1e-8).sqrt();
        await hinted(
          "the lecture: use the same μ and σ² (the training set's) to normalize the test set, do not measure the test set's own",
          () =>
            expectClose(
              `${what}: XTest − XTrain for XTest = XTrain + shift`,
              actual.XTest!.sub(actual.XTrain!),
              shift.div(sigma).tile([1, XTrain.shape[1]!]),
              {
                atol: 1e-3,
              },
            ),
        );
      }
    },
  },
  {
    id: "constant-feature",
    kind: "reference",
    points: 1,
    description:
      "a constant feature (σ² = 0), and a training set of one example, give 0 on the training set, not NaN: the 1e-8 is under the root",
    async run({ call, rng, input }) {
      // integer features over a power-of-two m: the mean is exact, so σ² is exactly 0
      const m = 2 ** between(rng, 2, 4);
      const constant = between(rng, -5, 5);
      const varied = Array.from({ length: m }, () => between(rng, -9, 9));
      const XTrain = tf.tensor2d([...Array(m).fill(constant), ...varied], [2, m]);
      const XTest = features(rng, 2, 3);
      const single = features(rng, 3, 1);
      for (const [train, test] of [
        [XTrain, XTest],
        [single, XTest.concat(tf.zeros([1, 3]))],
      ] as const) {
        input("XTrain", train);
        input("XTest", test);
        const actual = await call(train, test);
        const expected = normalizeInputs(train, test);
        await hinted(
          "a feature that never varies has σ² = 0: divide by sqrt(σ² + 1e-8), never by sqrt(σ²) alone (0/0 is NaN)",
          () => expectAllClose(what, actual, expected, { rtol: 1e-4, atol: 1e-4 }),
        );
      }
    },
  },
]);
