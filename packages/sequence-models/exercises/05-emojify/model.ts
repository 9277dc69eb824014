import { NotImplemented, RandomState } from "@dlc/student-kit/check";
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
  // TODO: W = randn(n_y, n_h)/√n_h from RandomState(seed), b = 0; numIterations passes of per-example SGD on softmax(W·avg + b); then pred.
  throw new NotImplemented("model");
}
