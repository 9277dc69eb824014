import { expectClose } from "@dlc/grader/check";
import { defineChecks, expectNumber, uniform } from "@dlc/grader/checks";
import { basicSigmoid } from "../../solutions/01-python-basics/basic-sigmoid.ts";

export default defineChecks("basicSigmoid", [
  {
    id: "returns-number",
    kind: "contract",
    points: 1,
    description: "returns a plain number, 0.5 at 0",
    async run({ call }) {
      const y = await call(0);
      expectNumber("basicSigmoid(0)", y);
      expectClose("basicSigmoid(0)", y, 0.5);
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "equals 1 / (1 + e^−x) on random x in [−8, 8]",
    async run({ call, rng, input }) {
      for (const x of uniform(rng, [8], -8, 8).dataSync()) {
        input("x", x);
        expectClose(`basicSigmoid(${x.toFixed(3)})`, await call(x), basicSigmoid(x), {
          rtol: 1e-6,
        });
      }
    },
  },
]);
