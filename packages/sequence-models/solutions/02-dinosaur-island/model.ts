import { RandomState } from "@dlc/student-kit/check";
import {
  type CharRnnParameters,
  getInitialLoss,
  getSample,
  initializeParameters,
  smooth,
} from "../../src/char-rnn.ts";
import { zeros } from "../../src/matrix.ts";
import { optimize } from "./optimize.ts";
import { sample } from "./sample.ts";

/**
 * Trains the character-level language model by stochastic gradient descent, one name per
 * step. The names are shuffled once (`np.random.seed(0); np.random.shuffle(examples)`); step j
 * takes name j mod (number of names): X = [null, its characters' indices], Y = X shifted left
 * by one then '\n', and `optimize` with learning rate 0.01, carrying the hidden state from one
 * name to the next. Every 2000 steps (from step 0) it samples `dinoNames` names with seeds
 * 0, 1, 2, … and prints them if `verbose`.
 *
 * @param dataX the training names, one per entry (surrounding whitespace is stripped)
 * @param ixToChar index → character
 * @param charToIx character → index
 * @param numIterations how many SGD steps
 * @param nA hidden units
 * @param dinoNames how many names to sample every 2000 steps
 * @param vocabSize n_x = n_y
 * @param verbose print the loss and the sampled names every 2000 steps
 * @returns the trained parameters (Wax [n_a, vocab], Waa [n_a, n_a], Wya [vocab, n_a],
 *   b [n_a, 1], by [vocab, 1]) and the last name sampled, as `getSample` writes it
 */
export function model(
  dataX: string[],
  ixToChar: Record<number, string>,
  charToIx: Record<string, number>,
  numIterations = 35000,
  nA = 50,
  dinoNames = 7,
  vocabSize = 27,
  verbose = false,
): { parameters: CharRnnParameters; lastDinoName: string } {
  const parameters = initializeParameters(nA, vocabSize, vocabSize);
  let loss = getInitialLoss(vocabSize, dinoNames);
  const examples = dataX.map((x) => x.trim());
  new RandomState(0).shuffle(examples);
  let aPrev = zeros(nA, 1);
  let lastDinoName = "abc";
  for (let j = 0; j < numIterations; j++) {
    const example = examples[j % examples.length]!;
    const X: (number | null)[] = [null, ...[...example].map((ch) => charToIx[ch]!)];
    const Y = [...(X.slice(1) as number[]), charToIx["\n"]!];
    const step = optimize(X, Y, aPrev, parameters, 0.01);
    aPrev = step.aPrev;
    loss = smooth(loss, step.loss);
    if (j % 2000 === 0) {
      if (verbose) console.log(`Iteration: ${j}, Loss: ${loss.toFixed(6)}\n`);
      for (let seed = 0; seed < dinoNames; seed++) {
        lastDinoName = getSample(sample(parameters, charToIx, seed), ixToChar);
        if (verbose) console.log(lastDinoName.replace("\n", ""));
      }
      if (verbose) console.log("\n");
    }
  }
  return { parameters, lastDinoName };
}
