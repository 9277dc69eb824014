import { defineChecks } from "@dlc/grader/checks";
import { CheckError, expectClose, expectShape } from "@dlc/student-kit/check";
import { linearFunction } from "../../solutions/06-tensorflow-introduction/linear-function.ts";

export default defineChecks("linearFunction", [
  {
    id: "shape",
    kind: "contract",
    points: 1,
    description: "returns a float32 tensor of shape (4, 1), the reference's",
    async run({ call }) {
      const actual = await call();
      expectShape("linearFunction()", actual, [4, 1]);
      // a shape alone is met by zeros: the values too
      expectClose("linearFunction()", actual, linearFunction());
    },
  },
  {
    id: "matches-numpy",
    kind: "reference",
    points: 2,
    description: "equals W·X + b for X, W, b drawn in that order after np.random.seed(1)",
    async run({ call }) {
      try {
        expectClose("linearFunction()", await call(), linearFunction());
      } catch (error) {
        throw new CheckError(
          `${(error as Error).message}. Draw X (3, 1), then W (4, 3), then b (4, 1) from one RandomState(1), and add b to W·X.`,
        );
      }
    },
  },
]);
