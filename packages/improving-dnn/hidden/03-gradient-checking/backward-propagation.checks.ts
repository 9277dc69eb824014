import { defineChecks } from "@dlc/grader/checks";
import { backwardPropagation } from "../../solutions/03-gradient-checking/backward-propagation.ts";
import { expectScalar } from "./data.ts";

export default defineChecks("backwardPropagation", [
  {
    id: "notebook",
    kind: "reference",
    points: 1,
    description: "gives the notebook's dθ = 3 for x = 3, θ = 4",
    async run({ call }) {
      expectScalar("backwardPropagation(3, 4)", await call(3, 4), 3, {
        hint: "dθ is the derivative of J(θ) = θ·x with respect to θ",
      });
    },
  },
  {
    id: "derivative",
    kind: "reference",
    points: 1,
    description: "returns ∂(θ·x)/∂θ for other inputs, whatever θ is",
    async run({ call, rng, input }) {
      for (let k = 0; k < 8; k++) {
        const [x, theta] = [rng.randn(1)[0]! * 4, rng.randn(1)[0]! * 4];
        input(`x, theta (${k})`, [x, theta]);
        expectScalar(
          `backwardPropagation(${x}, ${theta})`,
          await call(x, theta),
          backwardPropagation(x, theta),
          { rtol: 1e-12, hint: "J is linear in θ: its derivative does not depend on θ" },
        );
      }
    },
  },
]);
