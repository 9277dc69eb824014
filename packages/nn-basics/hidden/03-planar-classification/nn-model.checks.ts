import { agreement, defineChecks, expectAllClose, expectTensors } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { nnModel } from "../../solutions/03-planar-classification/nn-model.ts";
import { predict } from "../../solutions/03-planar-classification/predict.ts";
import { separableData, separableTask } from "../shared/data.ts";

export default defineChecks("nnModel", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns W1, b1, W2, b2 with nH hidden units",
    timeoutMs: 20_000,
    async run({ call, rng }) {
      const { X, Y } = separableData(rng, 2, 10);
      const actual = await call(X, Y, 5, 3);
      expectTensors("nnModel(X, Y, 5, 3)", actual, {
        W1: [5, 2],
        b1: [5, 1],
        W2: [1, 5],
        b2: [1, 1],
      });
      expectAllClose("nnModel(X, Y, 5, 3)", actual, nnModel(X, Y, 5, 3), {
        rtol: 1e-3,
        atol: 1e-4,
      });
    },
  },
  {
    id: "matches-reference",
    kind: "training",
    points: 3,
    description: "40 iterations from the seeded initialisation give the reference parameters",
    timeoutMs: 30_000,
    async run({ call, rng, input }) {
      const { X, Y } = separableData(rng, 2, 30);
      input("X", X);
      const actual = await call(X, Y, 5, 40, false, 7);
      expectAllClose("nnModel(X, Y, 5, 40, false, 7)", actual, nnModel(X, Y, 5, 40, false, 7), {
        rtol: 1e-3,
        atol: 1e-4,
      });
    },
  },
  {
    id: "learns",
    kind: "training",
    points: 1,
    description:
      "the parameters it learns on separable data classify at least 90 % of unseen examples",
    timeoutMs: 30_000,
    async run({ call, rng }) {
      const task = separableTask(rng, 2);
      const [{ X, Y }, unseen] = [task.sample(40), task.sample(300)];
      const parameters = await call(X, Y, 4, 500);
      expectTensors("nnModel(X, Y, 4, 500)", parameters, {
        W1: [4, 2],
        b1: [4, 1],
        W2: [1, 4],
        b2: [1, 1],
      });
      // scored on examples whose labels it never saw
      const accuracy = agreement(predict(parameters, unseen.X), unseen.Y);
      if (accuracy < 0.9)
        throw new CheckError(
          `nnModel: accuracy ${(accuracy * 100).toFixed(1)} % on unseen examples of the task, expected at least 90 %`,
        );
    },
  },
]);
