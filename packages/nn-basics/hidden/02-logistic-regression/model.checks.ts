import {
  agreement,
  defineChecks,
  expectNumber,
  expectNumbers,
  expectTensors,
} from "@dlc/grader/checks";
import { CheckError, expectClose, expectShape } from "@dlc/student-kit/check";
import { model } from "../../solutions/02-logistic-regression/model.ts";
import { predict } from "../../solutions/02-logistic-regression/predict.ts";
import { separableData, separableTask } from "../shared/data.ts";

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
      const expected = model(train.X, train.Y, test.X, test.Y, 101, 0.1);
      const close = { rtol: 1e-3, atol: 1e-5 };
      expectNumbers("model(…).costs", d.costs, expected.costs, close);
      expectClose("model(…).w", d.w, expected.w, close);
      expectNumber("model(…).b", d.b);
      // the predictions must be those of the w and b it returns
      for (const [key, X] of [
        ["YPredictionTrain", train.X],
        ["YPredictionTest", test.X],
      ] as const)
        expectClose(`model(…).${key}`, d[key], predict(d.w, d.b, X), { atol: 0 });
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
    description:
      "the w and b it learns on linearly separable data classify at least 90 % of unseen examples",
    timeoutMs: 30_000,
    async run({ call, rng }) {
      const task = separableTask(rng, 3);
      const [train, test, unseen] = [task.sample(60), task.sample(10), task.sample(300)];
      const d = await call(train.X, train.Y, test.X, test.Y, 500, 0.5);
      // scored by the check on examples whose labels the model never saw, from the w and b
      // it returns, not from the predictions it reports
      expectTensors("model(…)", { w: d?.w }, { w: [3, 1] });
      expectNumber("model(…).b", d.b);
      const accuracy = agreement(predict(d.w, d.b, unseen.X), unseen.Y);
      if (accuracy < 0.9)
        throw new CheckError(
          `model: accuracy ${(accuracy * 100).toFixed(1)} % on unseen examples of the task, expected at least 90 %`,
        );
    },
  },
]);
