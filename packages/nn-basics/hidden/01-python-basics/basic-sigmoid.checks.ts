import { defineChecks, expectNumber, uniform } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import { basicSigmoid } from "../../solutions/01-python-basics/basic-sigmoid.ts";

export default defineChecks("basicSigmoid", [
  {
    id: "returns-number",
    kind: "contract",
    points: 1,
    description: "returns a plain number: 0.5 at 0, σ(x) at a random x",
    async run({ call, rng }) {
      const y = await call(0);
      expectNumber("basicSigmoid(0)", y);
      expectClose("basicSigmoid(0)", y, 0.5);
      const x = uniform(rng, [1], -4, 4).dataSync()[0]!;
      expectClose(`basicSigmoid(${x.toFixed(3)})`, await call(x), basicSigmoid(x), { rtol: 1e-6 });
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
  {
    id: "extremes",
    kind: "reference",
    points: 1,
    description: "is exactly 0 or 1, never NaN, at |x| up to 1000",
    async run({ call, rng, input }) {
      // Math.exp(710) is Infinity: e^x / (1 + e^x) is NaN there, 1 / (1 + e^−x) is not
      const far = uniform(rng, [2], 720, 1000).dataSync();
      for (const x of [-1000, -750, 750, 1000, far[0]!, -far[1]!]) {
        input("x", x);
        expectClose(`basicSigmoid(${x.toFixed(1)})`, await call(x), basicSigmoid(x));
      }
    },
  },
]);
