import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { completeAnalogy } from "../../solutions/04-word-vectors/complete-analogy.ts";
import type { WordToVecMap } from "../../src/word-vectors.ts";
import { embedding, randomVector, someWord } from "../shared/word-vector-cases.ts";

function expectWord(what: string, actual: unknown, expected: string): void {
  if (typeof actual !== "string")
    throw new CheckError(`${what} should be a word (a string), got ${typeof actual}`);
  if (actual !== expected) throw new CheckError(`${what} is '${actual}', expected '${expected}'`);
}

/** Random words w0…w(n−1) with random vectors of `dim` numbers. */
function randomMap(rng: Parameters<typeof randomVector>[0], n: number, dim: number): WordToVecMap {
  const map: WordToVecMap = {};
  for (let i = 0; i < n; i++) map[`w${i}`] = randomVector(rng, dim);
  return map;
}

export default defineChecks("completeAnalogy", [
  {
    id: "course-analogies",
    kind: "reference",
    points: 2,
    description:
      "the course embedding's analogies (man : woman :: king : ?, capitals, nationalities, comparatives, one in capitals) and random triples of its words",
    async run({ call, rng }) {
      const map = embedding();
      const triples = [
        ["man", "woman", "king"],
        ["france", "paris", "germany"],
        ["Italy", "Italian", "Spain"],
        ["good", "better", "bad"],
        ["cat", "cats", "dog"],
        [someWord(rng, map), someWord(rng, map), someWord(rng, map)],
        [someWord(rng, map), someWord(rng, map), someWord(rng, map)],
      ];
      for (const [a, b, c] of triples) {
        if (new Set([a, b, c]).size < 3) continue;
        expectWord(
          `completeAnalogy("${a}", "${b}", "${c}", the course's map)`,
          await call(a, b, c, map),
          completeAnalogy(a!, b!, c!, map),
        );
      }
    },
  },
  {
    id: "random-maps",
    kind: "reference",
    points: 1,
    description:
      "maps of 6 to 40 random words of 2 to 20 numbers: the best word, searched over every word",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const map = randomMap(rng, between(rng, 6, 40), between(rng, 2, 20));
        const n = Object.keys(map).length;
        const [a, b, c] = rng
          .permutation(n)
          .slice(0, 3)
          .map((k) => `w${k}`);
        input("wordToVecMap", map);
        expectWord(
          `completeAnalogy("${a}", "${b}", "${c}", a map of ${n} random words)`,
          await call(a, b, c, map),
          completeAnalogy(a!, b!, c!, map),
        );
      }
    },
  },
  {
    id: "skips-input-words",
    kind: "reference",
    points: 1,
    description:
      "never answers a, b or c, even where one of them fits best (c a nudged copy of a, so b − c ≈ b − a)",
    async run({ call, rng, input }) {
      for (let i = 0; i < 2; i++) {
        const dim = between(rng, 3, 12);
        const map = randomMap(rng, between(rng, 5, 15), dim);
        map.a = randomVector(rng, dim);
        map.b = randomVector(rng, dim);
        map.c = map.a.map((x) => x + 1e-3 * rng.randn(1)[0]!);
        input("wordToVecMap", map);
        const answer = await call("a", "b", "c", map);
        if (["a", "b", "c"].includes(answer))
          throw new CheckError(
            `completeAnalogy("a", "b", "c", map) answered '${answer}', one of the input words: skip a, b and c`,
          );
        expectWord(
          'completeAnalogy("a", "b", "c", map)',
          answer,
          completeAnalogy("a", "b", "c", map),
        );
      }
    },
  },
]);
