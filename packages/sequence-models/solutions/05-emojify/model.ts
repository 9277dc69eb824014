import { RandomState } from "@dlc/student-kit/check";
import { N_CLASSES, predict, softmax } from "../../src/emoji-data.ts";
import type { WordToVecMap } from "../../src/word-vectors.ts";
import { sentenceToAvg } from "./sentence-to-avg.ts";

/**
 * Emojifier V1: softmax regression on the sentences' averaged word vectors, trained by
 * stochastic gradient descent, one example at a time (numIterations passes over the m
 * sentences in order). z = W·avg + b, a = softmax(z), the cost −Σ y_oh·log(a), so
 * dz = a − y_oh, dW = dz·avgᵀ, db = dz.
 *
 * @param X m sentences
 * @param Y m labels in 0…4
 * @param wordToVecMap word → vector (n_h numbers each)
 * @param learningRate the SGD step
 * @param numIterations passes over the training set
 * @param seed W starts as RandomState(seed).randn(n_y, n_h) / √n_h, as the notebook's np.random.seed(1)
 * @returns pred (m labels the trained model predicts for X), W [n_y][n_h], b (n_y numbers)
 */
export function model(
  X: string[],
  Y: number[],
  wordToVecMap: WordToVecMap,
  learningRate = 0.01,
  numIterations = 400,
  seed = 1,
): { pred: number[]; W: number[][]; b: number[] } {
  const nY = N_CLASSES;
  const nH = Object.values(wordToVecMap)[0]!.length;
  const init = new RandomState(seed).randn(nY, nH);
  const W = Array.from({ length: nY }, (_, k) =>
    Array.from({ length: nH }, (_, j) => init[k * nH + j]! / Math.sqrt(nH)),
  );
  const b = new Array<number>(nY).fill(0);
  for (let t = 0; t < numIterations; t++) {
    for (let i = 0; i < X.length; i++) {
      const avg = sentenceToAvg(X[i]!, wordToVecMap);
      const z = W.map((row, k) => row.reduce((s, w, j) => s + w * avg[j]!, b[k]!));
      const a = softmax(z);
      const dz = a.map((v, k) => v - (k === Y[i] ? 1 : 0));
      for (let k = 0; k < nY; k++) {
        for (let j = 0; j < nH; j++) W[k]![j]! -= learningRate * dz[k]! * avg[j]!;
        b[k]! -= learningRate * dz[k]!;
      }
    }
  }
  const pred = predict(
    X.map((x) => sentenceToAvg(x, wordToVecMap)),
    W,
    b,
  );
  return { pred, W, b };
}
