import { expectClose, expectShape } from "@dlc/grader/check";
import { between, defineChecks, normal } from "@dlc/grader/checks";
import { predict } from "../../solutions/03-planar-classification/predict.ts";
import { randomParameters } from "../shared/data.ts";

export default defineChecks("predict", [
  {
    id: "shape",
    kind: "contract",
    points: 1,
    description: "returns a float32 (1, m) tensor",
    async run({ call, rng }) {
      expectShape(
        "predict(parameters, X)",
        await call(randomParameters(rng, [2, 4, 1]), normal(rng, [2, 9])),
        [1, 9],
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "predicts 1 exactly where A2 > 0.5, on random parameters",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const parameters = randomParameters(rng, [2, between(rng, 3, 5), 1], 1.5);
        const X = normal(rng, [2, 20]);
        input("parameters", parameters);
        expectClose("predict(parameters, X)", await call(parameters, X), predict(parameters, X), {
          atol: 0,
        });
      }
    },
  },
]);
