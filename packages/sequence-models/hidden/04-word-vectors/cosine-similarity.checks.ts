import { between, defineChecks, expectNumber } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { cosineSimilarity } from "../../solutions/04-word-vectors/cosine-similarity.ts";
import { embedding, randomVector, someWord } from "../shared/word-vector-cases.ts";

const TOL = 1e-6;

function expectCosine(what: string, actual: unknown, expected: number): void {
  expectNumber(what, actual);
  if (Math.abs(actual - expected) > TOL)
    throw new CheckError(`${what} is ${actual}, expected ${expected}`);
}

export default defineChecks("cosineSimilarity", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "u·v / (‖u‖ ‖v‖) for word vectors of the course's embedding and for random vectors of lengths 1 to 60 and varied scales",
    async run({ call, rng, input }) {
      const map = embedding();
      for (let i = 0; i < 3; i++) {
        const [a, b] = [someWord(rng, map), someWord(rng, map)];
        expectCosine(
          `cosineSimilarity(${a}, ${b})`,
          await call(map[a], map[b]),
          cosineSimilarity(map[a]!, map[b]!),
        );
      }
      for (const n of [1, between(rng, 2, 9), between(rng, 40, 60)]) {
        const u = randomVector(rng, n, 10 ** between(rng, -2, 2));
        const v = randomVector(rng, n, 10 ** between(rng, -2, 2));
        input("u", u);
        input("v", v);
        expectCosine(
          `cosineSimilarity(u, v) for random u, v of ${n} numbers`,
          await call(u, v),
          cosineSimilarity(u, v),
        );
      }
    },
  },
  {
    id: "symmetric-scale-invariant",
    kind: "property",
    points: 1,
    description:
      "cos(u, v) = cos(v, u) = cos(k·u, v) for k > 0, = −cos(−u, v), and stays in [−1, 1]",
    async run({ call, rng, input }) {
      for (let i = 0; i < 2; i++) {
        const n = between(rng, 3, 50);
        const u = randomVector(rng, n);
        const v = randomVector(rng, n);
        const k = 0.01 + 20 * rng.rand(1)[0]!;
        input("u", u);
        input("v", v);
        const c = await call(u, v);
        expectCosine("cosineSimilarity(u, v)", c, cosineSimilarity(u, v));
        if (c < -1 - 1e-9 || c > 1 + 1e-9)
          throw new CheckError(`cosineSimilarity(u, v) is ${c}, outside [−1, 1]`);
        expectCosine(
          "cosineSimilarity(v, u), compared with cosineSimilarity(u, v),",
          await call(v, u),
          c,
        );
        expectCosine(
          `cosineSimilarity(${k.toFixed(3)}·u, v), compared with cosineSimilarity(u, v),`,
          await call(
            u.map((x) => x * k),
            v,
          ),
          c,
        );
        expectCosine(
          "cosineSimilarity(−u, v), compared with −cosineSimilarity(u, v),",
          await call(
            u.map((x) => -x),
            v,
          ),
          -c,
        );
      }
    },
  },
  {
    id: "edges",
    kind: "reference",
    points: 1,
    description:
      "0 when u or v is all zeros, 1 for u = v, ≈ ±1 for (anti)parallel vectors of different lengths",
    async run({ call, rng }) {
      const n = between(rng, 4, 50);
      const u = randomVector(rng, n);
      const zeros = new Array<number>(n).fill(0);
      expectCosine("cosineSimilarity(zeros, v)", await call(zeros, u), 0);
      expectCosine("cosineSimilarity(u, zeros)", await call(u, zeros), 0);
      expectCosine("cosineSimilarity(u, u)", await call(u, [...u]), 1);
      const nearly = u.map((x) => 3 * x * (1 + 1e-9 * rng.randn(1)[0]!));
      expectCosine("cosineSimilarity(u, 3u + a tiny nudge)", await call(u, nearly), 1);
      expectCosine(
        "cosineSimilarity(u, −0.5u)",
        await call(
          u,
          u.map((x) => -0.5 * x),
        ),
        -1,
      );
    },
  },
]);
