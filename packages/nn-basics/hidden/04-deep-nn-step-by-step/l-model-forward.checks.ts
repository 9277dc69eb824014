import { between, defineChecks, expectAllClose, expectTensors, normal } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { lModelForward } from "../../solutions/04-deep-nn-step-by-step/l-model-forward.ts";
import { randomParameters } from "../shared/data.ts";

export default defineChecks("lModelForward", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns AL (1, m) and one cache per layer",
    async run({ call, rng }) {
      const [X, parameters] = [normal(rng, [4, 6]), randomParameters(rng, [4, 3, 2, 1])];
      const result = await call(X, parameters);
      expectTensors("lModelForward(X, parameters)", result, { AL: [1, 6] });
      expectAllClose("lModelForward(X, parameters)", result, {
        AL: lModelForward(X, parameters).AL,
      });
      if (!Array.isArray(result.caches) || result.caches.length !== 3)
        throw new CheckError(
          `lModelForward(X, parameters).caches should hold 3 caches for 3 layers, got ${Array.isArray(result.caches) ? result.caches.length : typeof result.caches}`,
        );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "[LINEAR → RELU] × (L−1) → LINEAR → SIGMOID: AL and every cached Z equal the reference, for depths 2 to 4",
    async run({ call, rng, input }) {
      for (const depth of [2, 3, 4]) {
        const dims = [
          between(rng, 2, 5),
          ...Array.from({ length: depth - 1 }, () => between(rng, 2, 5)),
          1,
        ];
        const X = normal(rng, [dims[0]!, between(rng, 4, 8)]);
        const parameters = randomParameters(rng, dims);
        input("X", X);
        input("parameters", parameters);
        const actual = await call(X, parameters);
        const expected = lModelForward(X, parameters);
        const what = `lModelForward(X, parameters of layers [${dims}])`;
        expectAllClose(what, actual, { AL: expected.AL });
        for (const [l, cache] of expected.caches.entries())
          expectAllClose(`${what}.caches[${l}]`, actual.caches?.[l], {
            activationCache: cache.activationCache,
          });
      }
    },
  },
]);
