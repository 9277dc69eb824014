import { between, defineChecks, expectAllClose, expectTensors, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import { linearForward } from "../../solutions/04-deep-nn-step-by-step/linear-forward.ts";

export default defineChecks("linearForward", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description: "returns Z (n_l, m) and the cache { A, W, b }",
    async run({ call, rng }) {
      const [A, W, b] = [normal(rng, [3, 5]), normal(rng, [2, 3]), normal(rng, [2, 1])];
      const result = await call(A, W, b);
      expectTensors("linearForward(A, W, b)", result, { Z: [2, 5] });
      expectTensors("linearForward(A, W, b).cache", result.cache, {
        A: [3, 5],
        W: [2, 3],
        b: [2, 1],
      });
      expectAllClose("linearForward(A, W, b)", result, { Z: linearForward(A, W, b).Z });
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "Z = W·A + b on random non-square shapes",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const [n0, n1, m] = [between(rng, 2, 5), between(rng, 1, 4), between(rng, 6, 9)];
        const [A, W, b] = [normal(rng, [n0, m]), normal(rng, [n1, n0]), normal(rng, [n1, 1])];
        input("A", A);
        input("W", W);
        input("b", b);
        expectClose("linearForward(A, W, b).Z", (await call(A, W, b))?.Z, linearForward(A, W, b).Z);
      }
    },
  },
  {
    id: "cache-holds-inputs",
    kind: "reference",
    points: 1,
    description: "the cache holds A, W and b under their own names",
    async run({ call, rng }) {
      const [A, W, b] = [normal(rng, [3, 4]), normal(rng, [2, 3]), normal(rng, [2, 1])];
      expectAllClose(
        "linearForward(A, W, b).cache",
        (await call(A, W, b))?.cache,
        { A, W, b },
        { atol: 0, rtol: 0 },
      );
    },
  },
]);
