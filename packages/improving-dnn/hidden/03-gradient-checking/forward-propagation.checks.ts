import { defineChecks } from "@dlc/grader/checks";
import { forwardPropagation } from "../../solutions/03-gradient-checking/forward-propagation.ts";
import { expectScalar } from "./data.ts";

export default defineChecks("forwardPropagation", [
  {
    id: "notebook",
    kind: "reference",
    points: 1,
    description: "gives the notebook's J = 12 for x = 3, θ = 4",
    async run({ call }) {
      expectScalar("forwardPropagation(3, 4)", await call(3, 4), 12, {
        hint: "J(θ) = θ·x, a plain number",
      });
    },
  },
  {
    id: "theta-times-x",
    kind: "reference",
    points: 1,
    description: "returns θ·x for other inputs",
    async run({ call, rng, input }) {
      for (let k = 0; k < 8; k++) {
        const [x, theta] = [rng.randn(1)[0]! * 4, rng.randn(1)[0]! * 4];
        input(`x, theta (${k})`, [x, theta]);
        expectScalar(
          `forwardPropagation(${x}, ${theta})`,
          await call(x, theta),
          forwardPropagation(x, theta),
          { rtol: 1e-12, hint: "J(θ) = θ·x" },
        );
      }
    },
  },
]);
