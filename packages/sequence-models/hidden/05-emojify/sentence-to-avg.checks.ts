import { between, defineChecks } from "@dlc/grader/checks";
import { sentenceToAvg } from "../../solutions/05-emojify/sentence-to-avg.ts";
import { emojiSets } from "../../src/emoji-data.ts";
import type { WordToVecMap } from "../../src/word-vectors.ts";
import { embedding, expectVector, randomVector, someWord } from "../shared/word-vector-cases.ts";

export default defineChecks("sentenceToAvg", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "the mean vector of the course's sentences and of random sentences with capitals, extra spaces and unknown words",
    async run({ call, rng, input }) {
      const map = embedding();
      const { test } = emojiSets(between(rng, 2, 1000), { train: 0, test: 3 });
      const random = Array.from({ length: 2 }, () =>
        Array.from({ length: between(rng, 2, 8) }, () =>
          rng.rand(1)[0]! < 0.2 ? "zorblax" : someWord(rng, map),
        ),
      );
      const sentences = [
        ...test.X,
        random[0]!.join(" ").toUpperCase(),
        `  ${random[1]!.join("   ")} `,
      ];
      for (const sentence of sentences) {
        input("sentence", sentence);
        expectVector(
          `sentenceToAvg("${sentence}", map)`,
          await call(sentence, map),
          sentenceToAvg(sentence, map),
        );
      }
    },
  },
  {
    id: "other-sizes-and-unknown",
    kind: "reference",
    points: 1,
    description:
      "maps of vectors of 3 to 9 numbers (not only 50), and zeros of that length when no word is known",
    async run({ call, rng, input }) {
      const n = between(rng, 3, 9);
      const map: WordToVecMap = {};
      for (const w of ["alpha", "beta", "gamma", "delta"]) map[w] = randomVector(rng, n);
      input("wordToVecMap", map);
      for (const sentence of ["beta alpha beta", "Gamma unknown delta", "nothing known here"]) {
        expectVector(
          `sentenceToAvg("${sentence}", a map of ${n}-number vectors)`,
          await call(sentence, map),
          sentenceToAvg(sentence, map),
        );
      }
    },
  },
]);
