import { between, defineChecks, expectNumber, uniform } from "@dlc/grader/checks";
import { CheckError, expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { computeCostWithRegularization } from "../../solutions/02-regularization/compute-cost-with-regularization.ts";
import { computeLoss } from "../../testing/three-layer-oracle.ts";
import { network, sizes, withHint } from "./data.ts";

const FORMULA =
  "The cost is the cross-entropy −mean(Y·log A + (1 − Y)·log(1 − A)), A = A3 clipped to [LOSS_MARGIN, 1 − LOSS_MARGIN], plus λ/(2m)·(ΣW1² + ΣW2² + ΣW3²), m = the number of examples (columns of Y)";

export default defineChecks("computeCostWithRegularization", [
  {
    id: "returns-number",
    kind: "contract",
    points: 1,
    description: "returns the cost as a finite number, the reference's",
    async run({ call, rng }) {
      const { Y, parameters } = network(rng, [3, 4, 2], 5);
      const A3 = uniform(rng, [1, 5], 0.05, 0.95);
      const actual = await call(A3, Y, parameters, 0.5);
      expectNumber("computeCostWithRegularization(A3, Y, parameters, 0.5)", actual);
      // any number is a number: the value too
      expectClose(
        "computeCostWithRegularization(A3, Y, parameters, 0.5)",
        actual,
        computeCostWithRegularization(A3, Y, parameters, 0.5),
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description: "equals cross-entropy + λ/(2m)·Σ‖Wl‖² for networks of several sizes and several λ",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const { dims } = sizes(rng);
        const { Y, parameters } = network(rng, dims, between(rng, 2, 12));
        const A3 = uniform(rng, Y.shape, 0.05, 0.95);
        const lambd = 0.1 + 2 * rng.rand(1)[0]!;
        input("A3", A3);
        input("Y", Y);
        input("parameters", parameters);
        input("lambd", lambd);
        await withHint(FORMULA, async () =>
          expectClose(
            `computeCostWithRegularization (layers [${dims}, 1], m = ${Y.shape[1]}, λ = ${lambd.toFixed(3)})`,
            await call(A3, Y, parameters, lambd),
            computeCostWithRegularization(A3, Y, parameters, lambd),
          ),
        );
      }
    },
  },
  {
    id: "penalty-counts-every-layer",
    kind: "property",
    points: 1,
    description:
      "zeroing the weights of one layer lowers the cost by exactly that layer's λ/(2m)·ΣWl²",
    async run({ call, rng }) {
      const m = between(rng, 3, 9);
      const { Y, parameters } = network(rng, [3, 5, 3], m);
      const A3 = uniform(rng, [1, m], 0.05, 0.95);
      const lambd = 0.9;
      const full = await call(A3, Y, parameters, lambd);
      expectNumber("computeCostWithRegularization", full);
      for (const W of ["W1", "W2", "W3"]) {
        const without = await call(
          A3,
          Y,
          { ...parameters, [W]: tf.zerosLike(parameters[W]!) },
          lambd,
        );
        expectNumber("computeCostWithRegularization", without);
        const share = (lambd / (2 * m)) * parameters[W]!.square().sum().dataSync()[0]!;
        if (Math.abs(full - without - share) > 1e-4 * (1 + share))
          throw new CheckError(
            `computeCostWithRegularization: setting ${W} to zeros lowered the cost by ${(full - without).toPrecision(5)}, ` +
              `expected λ/(2m)·Σ${W}² = ${share.toPrecision(5)} (λ = ${lambd}, m = ${m}). ` +
              `Every weight matrix W1, W2, W3 is in the penalty, each squared and summed over all its entries`,
          );
      }
    },
  },
  {
    id: "lambda-zero-is-cross-entropy",
    kind: "property",
    points: 1,
    description: "with λ = 0 it is the plain cross-entropy, whatever the biases",
    async run({ call, rng }) {
      const m = between(rng, 2, 9);
      const { Y, parameters } = network(rng, [2, 4, 3], m);
      const A3 = uniform(rng, [1, m], 0.05, 0.95);
      await withHint("With λ = 0 nothing is added to computeLoss(A3, Y)", async () =>
        expectClose(
          "computeCostWithRegularization(…, λ = 0)",
          await call(A3, Y, parameters, 0),
          computeLoss(A3, Y),
        ),
      );
    },
  },
  {
    id: "saturated-predictions",
    kind: "reference",
    points: 1,
    description:
      "a float32 σ that rounded to exactly 0 or 1 gives the reference's finite cost: A3 is clipped to [LOSS_MARGIN, 1 − LOSS_MARGIN] before the logs",
    async run({ call, rng, input }) {
      // right and wrong confident predictions, and ordinary ones, in a random order
      const m = between(rng, 6, 10);
      const order = rng.permutation(m);
      const a = [1, 0, 1, 0, 0.3, 0.8];
      const y = [1, 0, 0, 1, 1, 0];
      const at = (values: number[]) =>
        Array.from(order, (k) => (k < values.length ? values[k]! : k % 2));
      const A3 = tf.tensor2d(at(a), [1, m]);
      const Y = tf.tensor2d(at(y), [1, m]);
      const { parameters } = network(rng, [3, 4, 2], m);
      const lambd = 0.1 + rng.rand(1)[0]!;
      input("A3", A3);
      input("Y", Y);
      await withHint(
        `${FORMULA}. Without the clipping, log(0) is −∞ and 0·log(0) is NaN`,
        async () =>
          expectClose(
            "computeCostWithRegularization (A3 with exact 0s and 1s)",
            await call(A3, Y, parameters, lambd),
            computeCostWithRegularization(A3, Y, parameters, lambd),
            { rtol: 1e-4 },
          ),
      );
    },
  },
]);
