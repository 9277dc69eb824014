import { defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { equalize } from "../../solutions/04-word-vectors/equalize.ts";
import type { WordToVecMap, WordVector } from "../../src/word-vectors.ts";
import {
  dot,
  embedding,
  expectVector,
  expectWordVector,
  randomVector,
} from "../shared/word-vector-cases.ts";

const PAIRS: [string, string][] = [
  ["man", "woman"],
  ["actor", "actress"],
  ["king", "queen"],
  ["father", "mother"],
  ["boy", "girl"],
  ["waiter", "waitress"],
  ["grandfather", "grandmother"],
];

function expectPair(what: string, actual: unknown, expected: { e1: WordVector; e2: WordVector }) {
  if (typeof actual !== "object" || actual === null || Array.isArray(actual))
    throw new CheckError(
      `${what} should be an object { e1, e2 }, got ${Array.isArray(actual) ? "an array" : typeof actual}`,
    );
  expectVector(`${what}.e1`, (actual as Record<string, unknown>).e1, expected.e1);
  expectVector(`${what}.e2`, (actual as Record<string, unknown>).e2, expected.e2);
}

export default defineChecks("equalize", [
  {
    id: "symmetric-about-axis",
    kind: "property",
    points: 1,
    description:
      "e1 and e2 have the same length, opposite cosines with g, e1 + e2 orthogonal to g and e1 − e2 along g",
    async run({ call, rng }) {
      const map = embedding();
      for (let i = 0; i < 2; i++) {
        const pair = PAIRS[rng.randint(0, PAIRS.length)]!;
        const g = map.woman!.map((x, j) => x - map.man![j]!);
        const what = `equalize(["${pair[0]}", "${pair[1]}"], g = woman − man, map)`;
        const actual = await call(pair, g, map);
        const e1: unknown = actual?.e1;
        const e2: unknown = actual?.e2;
        expectWordVector(`${what}.e1`, e1, 50);
        expectWordVector(`${what}.e2`, e2, 50);
        expectPair(what, actual, equalize(pair, g, map));
        const gNorm = Math.sqrt(dot(g, g));
        const n1 = Math.sqrt(dot(e1, e1));
        const n2 = Math.sqrt(dot(e2, e2));
        if (Math.abs(n1 - n2) > 1e-6)
          throw new CheckError(`${what}: ‖e1‖ = ${n1} and ‖e2‖ = ${n2} should be equal`);
        const sum = e1.map((x, j) => x + e2[j]!);
        const along = dot(sum, g) / gNorm;
        if (Math.abs(along) > 1e-6)
          throw new CheckError(
            `${what}: e1 + e2 has a component ${along.toExponential(3)} along g, expected 0 (the pair should be mirror images about the axis)`,
          );
        const diff = e1.map((x, j) => x - e2[j]!);
        const cos = dot(diff, g) / (gNorm * Math.sqrt(dot(diff, diff)));
        if (Math.abs(Math.abs(cos) - 1) > 1e-6)
          throw new CheckError(`${what}: e1 − e2 should lie along g, its cosine with g is ${cos}`);
      }
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "e1, e2 equal the reference (μ⊥ plus the corrected projections, length included) for gendered pairs on g = woman − man and on random axes",
    async run({ call, rng, input }) {
      const map = embedding();
      const axes = [map.woman!.map((x, j) => x - map.man![j]!), randomVector(rng, 50, 0.5)];
      for (const g of axes) {
        const pair = PAIRS[rng.randint(0, PAIRS.length)]!;
        input("biasAxis", g);
        expectPair(
          `equalize(["${pair[0]}", "${pair[1]}"], g, map)`,
          await call(pair, g, map),
          equalize(pair, g, map),
        );
      }
    },
  },
  {
    id: "long-vectors",
    kind: "reference",
    points: 1,
    description: "a pair of long vectors (‖μ⊥‖ > 1, where the correction takes |1 − ‖μ⊥‖²|)",
    async run({ call, rng, input }) {
      const g = randomVector(rng, 8);
      const map: WordToVecMap = { x: randomVector(rng, 8, 1.5), y: randomVector(rng, 8, 1.5) };
      input("wordToVecMap", map);
      input("biasAxis", g);
      expectPair(
        'equalize(["x", "y"], g, map)',
        await call(["x", "y"], g, map),
        equalize(["x", "y"], g, map),
      );
    },
  },
]);
