import { expectClose, expectShape } from "@dlc/grader/check";
import { between, defineChecks, normal } from "@dlc/grader/checks";
import { predict } from "../../solutions/02-logistic-regression/predict.ts";

export default defineChecks("predict", [
  {
    id: "shape",
    kind: "contract",
    points: 1,
    description: "returns a float32 (1, m) tensor",
    async run({ call, rng }) {
      const X = normal(rng, [3, 7]);
      expectShape("predict(w, b, X)", await call(normal(rng, [3, 1]), 0.1, X), [1, 7]);
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "predicts 1 exactly where σ(wᵀx + b) > 0.5, on random data",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const [n, m] = [between(rng, 2, 5), between(rng, 10, 20)];
        const [w, b, X] = [normal(rng, [n, 1]), rng.randn(1)[0]!, normal(rng, [n, m])];
        input("w", w);
        input("b", b);
        expectClose("predict(w, b, X)", await call(w, b, X), predict(w, b, X), { atol: 0 });
      }
    },
  },
]);
