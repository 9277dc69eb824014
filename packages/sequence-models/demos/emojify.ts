/**
 * Assignments 04 and 05: the course's word vectors at work, then Emojify. Prints analogies and
 * the debiasing of a few words (your cosineSimilarity, completeAnalogy, neutralize, equalize),
 * trains V1 for the notebook's 400 passes printing its cost, then V2 (your emojifyV2 through the
 * given harness), and labels test sentences with both. Runs your code (exercises/) or, with
 * --solutions, the reference; an unfinished function skips its part with one line.
 *
 *   pnpm demo:emojify                       # your code
 *   pnpm demo:emojify -- --solutions        # the reference
 *   pnpm demo:emojify -- --units 16 --epochs 40
 */
import { parseArgs } from "node:util";
import { useWasmBackend } from "@dlc/student-kit/check";
import { demoArgs, skipUnfinished } from "@dlc/student-kit/demo";
import { importTarget, scriptTarget } from "@dlc/student-kit/target";
import type * as tf from "@tensorflow/tfjs";
import { emojiSets, labelToEmoji, predict, softmax, wordToIndex } from "../src/emoji-data.ts";
import { trainAndPredict } from "../src/emojify.harness.ts";
import { type WordToVecMap, type WordVector, wordVectors } from "../src/word-vectors.ts";

function options() {
  try {
    return parseArgs({
      args: demoArgs(),
      options: {
        units: { type: "string", default: "16" },
        epochs: { type: "string", default: "40" },
        solutions: { type: "boolean", default: false },
      },
    }).values;
  } catch (error) {
    console.error(`demo:emojify: ${(error as Error).message}`);
    process.exit(2);
  }
}
const values = options();
const units = Number(values.units);
const epochs = Number(values.epochs);
if (!Number.isInteger(units) || units < 1 || !Number.isInteger(epochs) || epochs < 1) {
  console.error("demo:emojify: --units and --epochs must be positive integers");
  process.exit(2);
}

await useWasmBackend();
const root = new URL("..", import.meta.url).pathname;
const load = <T>(module: string) => importTarget<T>(root, module);
const map = wordVectors();
const g = map.woman!.map((x, i) => x - map.man![i]!);
console.log(`code: ${scriptTarget()}; embedding: ${Object.keys(map).length} words × 50`);

try {
  const { cosineSimilarity } = await load<{
    cosineSimilarity: (u: WordVector, v: WordVector) => number;
  }>("04-word-vectors/cosine-similarity.ts");
  const { completeAnalogy } = await load<{
    completeAnalogy: (a: string, b: string, c: string, m: WordToVecMap) => string;
  }>("04-word-vectors/complete-analogy.ts");
  for (const [a, b, c] of [
    ["italy", "italian", "spain"],
    ["india", "delhi", "japan"],
    ["man", "woman", "boy"],
    ["small", "smaller", "large"],
  ] as const)
    console.log(`${a} -> ${b} :: ${c} -> ${completeAnalogy(a, b, c, map)}`);
  const { neutralize } = await load<{
    neutralize: (w: string, g: WordVector, m: WordToVecMap) => WordVector;
  }>("04-word-vectors/neutralize.ts");
  const e = neutralize("receptionist", g, map);
  console.log(
    `receptionist: cosine with g ${cosineSimilarity(map.receptionist!, g).toFixed(4)} → ${cosineSimilarity(e, g).toExponential(2)} neutralized`,
  );
  const { equalize } = await load<{
    equalize: (
      p: [string, string],
      g: WordVector,
      m: WordToVecMap,
    ) => { e1: WordVector; e2: WordVector };
  }>("04-word-vectors/equalize.ts");
  const { e1, e2 } = equalize(["man", "woman"], g, map);
  console.log(
    `man, woman: cosines with g ${cosineSimilarity(map.man!, g).toFixed(4)}, ${cosineSimilarity(map.woman!, g).toFixed(4)} → ${cosineSimilarity(e1, g).toFixed(4)}, ${cosineSimilarity(e2, g).toFixed(4)} equalized`,
  );
} catch (error) {
  skipUnfinished(error, "word vectors");
}

const { train, test } = emojiSets();
const accuracy = (p: number[], y: number[]) =>
  `${((100 * p.filter((v, i) => v === y[i]).length) / y.length).toFixed(1)} %`;
const show = (labels: number[]) =>
  console.log(
    test.X.slice(0, 8)
      .map((x, i) => `  ${x} ${labelToEmoji(labels[i]!)}`)
      .join("\n"),
  );

try {
  const { sentenceToAvg } = await load<{
    sentenceToAvg: (s: string, m: WordToVecMap) => WordVector;
  }>("05-emojify/sentence-to-avg.ts");
  const { model } = await load<{
    model: (
      X: string[],
      Y: number[],
      m: WordToVecMap,
      lr?: number,
      n?: number,
    ) => { pred: number[]; W: number[][]; b: number[] };
  }>("05-emojify/model.ts");
  const t0 = performance.now();
  let trained = model(train.X, train.Y, map, 0.01, 0);
  for (let pass = 100; pass <= 400; pass += 100) {
    trained = model(train.X, train.Y, map, 0.01, pass);
    const cost =
      train.X.reduce((s, x, i) => {
        const avg = sentenceToAvg(x, map);
        const z = trained.W.map((row, k) =>
          row.reduce((t, w, j) => t + w * avg[j]!, trained.b[k]!),
        );
        return s - Math.log(softmax(z)[train.Y[i]!]!);
      }, 0) / train.X.length;
    console.log(`V1, ${pass} passes: mean cost ${cost.toFixed(4)}`);
  }
  const testPred = predict(
    test.X.map((x) => sentenceToAvg(x, map)),
    trained.W,
    trained.b,
  );
  console.log(
    `V1 (${((performance.now() - t0) / 1000).toFixed(1)} s): train ${accuracy(trained.pred, train.Y)}, test ${accuracy(testPred, test.Y)}`,
  );
  show(testPred);
} catch (error) {
  skipUnfinished(error, "Emojify V1");
}

try {
  const { sentencesToIndices } = await load<{
    sentencesToIndices: (X: string[], index: Record<string, number>, maxLen: number) => tf.Tensor2D;
  }>("05-emojify/sentences-to-indices.ts");
  const { emojifyV2 } = await load<{ emojifyV2: (...a: never[]) => unknown }>(
    "05-emojify/emojify-v2.ts",
  );
  const index = wordToIndex(map);
  const maxLen = Math.max(...train.X.map((x) => x.split(" ").length));
  const t0 = performance.now();
  const predicted = await trainAndPredict(
    emojifyV2,
    map,
    index,
    sentencesToIndices(train.X, index, maxLen),
    train.Y,
    sentencesToIndices(test.X, index, maxLen),
    units,
    epochs,
  );
  const labels = Array.from(predicted.dataSync());
  console.log(
    `V2 (LSTM ${units} units, ${epochs} epochs, ${((performance.now() - t0) / 1000).toFixed(1)} s): test ${accuracy(labels, test.Y)}`,
  );
  show(labels);
} catch (error) {
  skipUnfinished(error, "Emojify V2");
}
