import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError } from "@dlc/student-kit/check";
import { model } from "../../solutions/05-emojify/model.ts";
import { sentenceToAvg } from "../../solutions/05-emojify/sentence-to-avg.ts";
import { emojiSets, predict } from "../../src/emoji-data.ts";
import type { WordToVecMap } from "../../src/word-vectors.ts";
import {
  embedding,
  expectVector,
  expectWordVector,
  randomVector,
} from "../shared/word-vector-cases.ts";

interface Trained {
  pred: number[];
  W: number[][];
  b: number[];
}

function expectTrained(
  what: string,
  actual: unknown,
  expected: Trained,
): asserts actual is Trained {
  if (typeof actual !== "object" || actual === null || Array.isArray(actual))
    throw new CheckError(`${what} should be an object { pred, W, b }, got ${typeof actual}`);
  const { W, b, pred } = actual as Record<string, unknown>;
  if (!Array.isArray(W) || W.length !== expected.W.length)
    throw new CheckError(
      `${what}.W should be ${expected.W.length} rows of ${expected.W[0]!.length} numbers`,
    );
  for (const [k, row] of W.entries()) expectVector(`${what}.W[${k}]`, row, expected.W[k]!);
  expectVector(`${what}.b`, b, expected.b);
  expectWordVector(`${what}.pred`, pred, expected.pred.length);
}

export default defineChecks("model", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "W, b and pred equal the reference after a few passes of per-example SGD (random maps of 4 to 12 numbers, learning rates varied)",
    async run({ call, rng, input }) {
      for (let trial = 0; trial < 2; trial++) {
        const n = between(rng, 4, 12);
        const map: WordToVecMap = {};
        for (const w of "the cat sat on a mat and ate fish happily today".split(" "))
          map[w] = randomVector(rng, n);
        const words = Object.keys(map);
        const m = between(rng, 5, 10);
        const X = Array.from({ length: m }, () =>
          Array.from(
            { length: between(rng, 1, 5) },
            () => words[between(rng, 0, words.length - 1)],
          ).join(" "),
        );
        const Y = Array.from({ length: m }, () => between(rng, 0, 4));
        const lr = [0.01, 0.1, 0.5][between(rng, 0, 2)]!;
        const iterations = between(rng, 1, 4);
        input("X", X);
        input("Y", Y);
        const expected = model(X, Y, map, lr, iterations);
        const actual = await call(X, Y, map, lr, iterations);
        expectTrained(
          `model(X, Y, map, ${lr}, ${iterations}) on ${m} sentences, vectors of ${n}`,
          actual,
          expected,
        );
        expectVector(`model(X, Y, map, ${lr}, ${iterations}).pred`, actual.pred, expected.pred, {
          rtol: 0,
          atol: 0,
        });
      }
    },
  },
  {
    id: "learns-emoji",
    kind: "training",
    points: 2,
    description:
      "trained 40 passes on the 132 sentences, its W and b label at least 90 % of 56 sentences it never saw (the grader computes the accuracy)",
    async run({ call }) {
      const map = embedding();
      const { train, test } = emojiSets(7);
      const actual = await call(train.X, train.Y, map, 0.01, 40);
      const expected = model(train.X, train.Y, map, 0.01, 40);
      expectTrained("model(X_train, Y_train, map, 0.01, 40)", actual, expected);
      const pred = predict(
        test.X.map((x) => sentenceToAvg(x, map)),
        actual.W,
        actual.b,
      );
      const accuracy = pred.filter((p, i) => p === test.Y[i]).length / test.Y.length;
      if (accuracy < 0.9)
        throw new CheckError(
          `model's W and b label ${(100 * accuracy).toFixed(1)} % of the held-out sentences right, expected at least 90 %`,
        );
      const trainPred = predict(
        train.X.map((x) => sentenceToAvg(x, map)),
        actual.W,
        actual.b,
      );
      expectVector(
        "model(…).pred, compared with the labels its own W and b give X_train,",
        actual.pred,
        trainPred,
        {
          rtol: 0,
          atol: 0,
        },
      );
    },
  },
]);
