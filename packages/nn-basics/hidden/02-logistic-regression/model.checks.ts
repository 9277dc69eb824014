import { CheckError, expectClose, expectShape } from "@dlc/grader/check";
import { agreement, defineChecks, expectFalling, expectNumbers } from "@dlc/grader/checks";
import { model } from "../../solutions/02-logistic-regression/model.ts";
import { separableData } from "../shared/data.ts";

export default defineChecks("model", [
  {
    id: "structure",
    kind: "contract",
    points: 1,
    description:
      "returns the predictions for train (1, m_train) and test (1, m_test), and the costs",
    timeoutMs: 20_000,
    async run({ call, rng }) {
      const train = separableData(rng, 3, 12);
      const test = separableData(rng, 3, 5);
      const d = await call(train.X, train.Y, test.X, test.Y, 101, 0.1);
      expectShape("model(…).YPredictionTrain", d?.YPredictionTrain, [1, 12]);
      expectShape("model(…).YPredictionTest", d.YPredictionTest, [1, 5]);
      expectFalling("model(…).costs", d.costs, 0);
    },
  },
  {
    id: "matches-reference",
    kind: "training",
    points: 3,
    description: "trained on seeded data, gives the reference costs, w, b and predictions",
    timeoutMs: 30_000,
    async run({ call, rng, input }) {
      const train = separableData(rng, 4, 40);
      const test = separableData(rng, 4, 15);
      input("XTrain", train.X);
      const actual = await call(train.X, train.Y, test.X, test.Y, 300, 0.2);
      const expected = model(train.X, train.Y, test.X, test.Y, 300, 0.2);
      const close = { rtol: 1e-3, atol: 1e-5 };
      expectNumbers("model(…).costs", actual?.costs, expected.costs, close);
      expectClose("model(…).w", actual.w, expected.w, close);
      expectClose("model(…).b", actual.b, expected.b, close);
      expectClose("model(…).YPredictionTest", actual.YPredictionTest, expected.YPredictionTest, {
        atol: 0,
      });
    },
  },
  {
    id: "learns",
    kind: "training",
    points: 1,
    description: "reaches at least 90 % training accuracy on linearly separable data",
    timeoutMs: 30_000,
    async run({ call, rng }) {
      const train = separableData(rng, 3, 60);
      const test = separableData(rng, 3, 10);
      const d = await call(train.X, train.Y, test.X, test.Y, 500, 0.5);
      expectShape("model(…).YPredictionTrain", d?.YPredictionTrain, [1, 60]);
      const accuracy = agreement(d.YPredictionTrain, train.Y);
      if (accuracy < 0.9)
        throw new CheckError(
          `model: training accuracy ${(accuracy * 100).toFixed(1)} %, expected at least 90 %`,
        );
    },
  },
]);
