import { between, defineChecks, expectAllClose, expectTensors, normal } from "@dlc/grader/checks";
import { forwardPropagation } from "../../solutions/03-planar-classification/forward-propagation.ts";
import { randomParameters } from "../shared/data.ts";
import { saturating } from "../shared/saturating.ts";

export default defineChecks("forwardPropagation", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns A2 (nY, m) and the cache Z1, A1 (nH, m), Z2, A2 (nY, m)",
    async run({ call, rng }) {
      const X = normal(rng, [2, 6]);
      const parameters = randomParameters(rng, [2, 4, 1]);
      const result = await call(X, parameters);
      expectTensors("forwardPropagation(X, parameters)", result, { A2: [1, 6] });
      expectTensors("forwardPropagation(X, parameters).cache", result.cache, {
        Z1: [4, 6],
        A1: [4, 6],
        Z2: [1, 6],
        A2: [1, 6],
      });
      expectAllClose("forwardPropagation(X, parameters)", result, {
        A2: forwardPropagation(X, parameters).A2,
      });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "tanh hidden layer, sigmoid output: A2 and the cache equal the reference on random parameters",
    async run({ call, rng, input }) {
      for (let i = 0; i < 2; i++) {
        const X = normal(rng, [between(rng, 2, 4), between(rng, 5, 9)]);
        const parameters = randomParameters(rng, [X.shape[0]!, between(rng, 3, 5), 1]);
        input("X", X);
        input("parameters", parameters);
        const actual = await call(X, parameters);
        const expected = forwardPropagation(X, parameters);
        expectAllClose("forwardPropagation(X, parameters).cache", actual?.cache, {
          ...expected.cache,
        });
        expectAllClose("forwardPropagation(X, parameters)", actual, { A2: expected.A2 });
      }
    },
  },
  {
    id: "saturated",
    kind: "reference",
    points: 1,
    description: "large weights: tanh and σ saturate to ±1, 0 and 1 without NaN",
    async run({ call, rng, input }) {
      // e^89 is Infinity in float32: tanh or σ written with e^z give ∞/∞ = NaN there
      const X = normal(rng, [between(rng, 2, 3), 8]);
      for (const parameters of saturating(rng, [X.shape[0]!, between(rng, 3, 4), 1])) {
        input("X", X);
        input("parameters", parameters);
        const expected = forwardPropagation(X, parameters);
        const actual = await call(X, parameters);
        expectAllClose("forwardPropagation(X, large parameters).cache", actual?.cache, {
          ...expected.cache,
        });
      }
    },
  },
]);
