import { between, defineChecks } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import { sentencesToIndices } from "../../solutions/05-emojify/sentences-to-indices.ts";
import { emojiSets, wordToIndex } from "../../src/emoji-data.ts";
import { embedding, someWord } from "../shared/word-vector-cases.ts";

export default defineChecks("sentencesToIndices", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "[m, maxLen] float32 indices of the course's sentences, maxLen varied, 0-padded",
    async run({ call, rng, input }) {
      const index = wordToIndex(embedding());
      const { test } = emojiSets(between(rng, 2, 1000), { train: 0, test: between(rng, 1, 6) });
      const maxLen = between(rng, 7, 12);
      input("X", test.X);
      expectClose(
        `sentencesToIndices(${test.X.length} sentences, wordToIndex, ${maxLen})`,
        await call(test.X, index, maxLen),
        sentencesToIndices(test.X, index, maxLen),
        { atol: 0, rtol: 0 },
      );
    },
  },
  {
    id: "unknown-words-and-case",
    kind: "reference",
    points: 1,
    description:
      "unknown words are skipped (the next known word takes their place), capitals lower-cased, extra spaces and tabs ignored",
    async run({ call, rng, input }) {
      const map = embedding();
      const index = wordToIndex(map);
      const X = Array.from({ length: 3 }, (_, i) =>
        Array.from({ length: between(rng, 2, 6) }, (_, j) =>
          (i + j) % 3 === 0 ? "qwertz" : someWord(rng, map),
        ).join(i === 2 ? "\t" : "  "),
      );
      X[1] = X[1]!.toUpperCase();
      input("X", X);
      expectClose(
        "sentencesToIndices(sentences with unknown words, capitals, spaces and tabs, wordToIndex, 8)",
        await call(X, index, 8),
        sentencesToIndices(X, index, 8),
        { atol: 0, rtol: 0 },
      );
    },
  },
]);
