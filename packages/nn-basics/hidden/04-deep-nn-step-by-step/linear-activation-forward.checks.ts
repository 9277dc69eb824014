import { between, defineChecks, expectAllClose, expectTensors, normal } from "@dlc/grader/checks";
import { linearActivationForward } from "../../solutions/04-deep-nn-step-by-step/linear-activation-forward.ts";

export default defineChecks("linearActivationForward", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns A (n_l, m) and the cache { linearCache, activationCache }",
    async run({ call, rng }) {
      const [APrev, W, b] = [normal(rng, [3, 4]), normal(rng, [2, 3]), normal(rng, [2, 1])];
      const result = await call(APrev, W, b, "relu");
      expectTensors("linearActivationForward(…, 'relu')", result, { A: [2, 4] });
      expectTensors("linearActivationForward(…).cache", result.cache, { activationCache: [2, 4] });
      expectTensors("linearActivationForward(…).cache.linearCache", result.cache.linearCache, {
        A: [3, 4],
        W: [2, 3],
        b: [2, 1],
      });
      const expected = linearActivationForward(APrev, W, b, "relu");
      expectAllClose("linearActivationForward(…, 'relu')", result, { A: expected.A });
      expectAllClose("linearActivationForward(…, 'relu').cache", result.cache, {
        activationCache: expected.cache.activationCache,
      });
    },
  },
  ...(["sigmoid", "relu"] as const).map((activation) => ({
    id: `matches-reference-${activation}`,
    kind: "reference" as const,
    points: 2,
    description: `A = ${activation}(W·A_prev + b) and the cache keeps Z, on random inputs`,
    async run({ call, rng, input }: import("@dlc/grader/checks").CheckContext) {
      for (let i = 0; i < 2; i++) {
        const [n0, n1, m] = [between(rng, 2, 5), between(rng, 1, 4), between(rng, 5, 8)];
        const [APrev, W, b] = [normal(rng, [n0, m]), normal(rng, [n1, n0]), normal(rng, [n1, 1])];
        input("A_prev", APrev);
        const actual = await call(APrev, W, b, activation);
        const expected = linearActivationForward(APrev, W, b, activation);
        const what = `linearActivationForward(A_prev, W, b, "${activation}")`;
        expectAllClose(what, actual, { A: expected.A });
        expectAllClose(`${what}.cache`, actual.cache, {
          activationCache: expected.cache.activationCache,
        });
      }
    },
  })),
]);
