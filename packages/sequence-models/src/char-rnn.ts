/**
 * The notebook's `utils.py` for the character-level language model of assignment 02: the
 * RNN's forward and backward passes over one name, the parameter update and the helpers the
 * training loop uses. Given code, in float64 `Matrix`es (see ./matrix.ts), one example at a
 * time: n_x = n_y = vocab_size characters, n_a hidden units, column vectors [n, 1].
 */
import { RandomState } from "@dlc/student-kit/check";
import { add, dot, type Matrix, softmax, zeros } from "./matrix.ts";

const copy = (m: Matrix): Matrix => m.map((row) => row.slice());

/** The character RNN's weights, as the notebook's `parameters` dictionary. */
export interface CharRnnParameters {
  /** input → hidden, [n_a, n_x] */
  Wax: Matrix;
  /** hidden → hidden, [n_a, n_a] */
  Waa: Matrix;
  /** hidden → output, [n_y, n_a] */
  Wya: Matrix;
  /** hidden bias, [n_a, 1] */
  b: Matrix;
  /** output bias, [n_y, 1] */
  by: Matrix;
}

/** The gradients of the loss with respect to each weight, shaped as the weight. */
export interface CharRnnGradients {
  dWax: Matrix;
  dWaa: Matrix;
  dWya: Matrix;
  db: Matrix;
  dby: Matrix;
}

/** What `rnnForward` keeps for `rnnBackward`: per step t the probabilities, hidden state and input. */
export interface CharRnnCache {
  /** ŷ⟨t⟩, [n_y, 1] each */
  yHat: Matrix[];
  /** a⟨t⟩, [n_a, 1] each */
  a: Matrix[];
  /** the hidden state before step 0, [n_a, 1] */
  a0: Matrix;
  /** x⟨t⟩, one-hot [n_x, 1] each (all zeros where X[t] is null) */
  x: Matrix[];
}

/** Exponentially smoothed loss for printing: `loss · 0.999 + curLoss · 0.001`. */
export function smooth(loss: number, curLoss: number): number {
  return loss * 0.999 + curLoss * 0.001;
}

/** The loss of a model that guesses uniformly over the vocabulary: `seqLength · ln(vocabSize)`. */
export function getInitialLoss(vocabSize: number, seqLength: number): number {
  return -Math.log(1 / vocabSize) * seqLength;
}

/**
 * Small random weights and zero biases, as the notebook: `np.random.seed(seed)`, then
 * `Wax, Waa, Wya = randn(…) · 0.01` in that order.
 */
export function initializeParameters(
  nA: number,
  nX: number,
  nY: number,
  seed = 1,
): CharRnnParameters {
  const rng = new RandomState(seed);
  const randn = (rows: number, cols: number): Matrix => {
    const values = rng.randn(rows, cols);
    return Array.from({ length: rows }, (_, i) =>
      Array.from({ length: cols }, (_, j) => values[i * cols + j]! * 0.01),
    );
  };
  const Wax = randn(nA, nX);
  const Waa = randn(nA, nA);
  const Wya = randn(nY, nA);
  return { Wax, Waa, Wya, b: zeros(nA, 1), by: zeros(nY, 1) };
}

/**
 * One step: a⟨t⟩ = tanh(Wax·x⟨t⟩ + Waa·a⟨t−1⟩ + b), ŷ⟨t⟩ = softmax(Wya·a⟨t⟩ + by).
 * @param aPrev [n_a, 1]
 * @param x [n_x, 1]
 * @returns aNext [n_a, 1] and the probabilities pT [n_y, 1]
 */
function rnnStepForward(
  parameters: CharRnnParameters,
  aPrev: Matrix,
  x: Matrix,
): { aNext: Matrix; pT: Matrix } {
  const { Wax, Waa, Wya, b, by } = parameters;
  const nA = Waa.length;
  const nX = x.length;
  const aNext = zeros(nA, 1);
  for (let i = 0; i < nA; i++) {
    const WaxI = Wax[i]!;
    const WaaI = Waa[i]!;
    let z = 0;
    for (let j = 0; j < nX; j++) z += WaxI[j]! * x[j]![0]!;
    let r = 0;
    for (let j = 0; j < nA; j++) r += WaaI[j]! * aPrev[j]![0]!;
    aNext[i]![0] = Math.tanh(z + r + b[i]![0]!);
  }
  const pT = softmax(add(dot(Wya, aNext), by));
  return { aNext, pT };
}

/**
 * Runs the RNN over one name and adds up its cross-entropy, −Σ_t ln ŷ⟨t⟩[Y[t]].
 * @param X the input characters' indices; null (the notebook's None) stands for a zero vector
 * @param Y the characters to predict, one per step
 * @param a0 the hidden state to start from, [n_a, 1]
 * @returns the loss and the cache for `rnnBackward`
 */
export function rnnForward(
  X: (number | null)[],
  Y: number[],
  a0: Matrix,
  parameters: CharRnnParameters,
  vocabSize = 27,
): { loss: number; cache: CharRnnCache } {
  const cache: CharRnnCache = { yHat: [], a: [], a0: copy(a0), x: [] };
  let aPrev = cache.a0;
  let loss = 0;
  for (let t = 0; t < X.length; t++) {
    const x = zeros(vocabSize, 1);
    const ix = X[t];
    if (ix !== null && ix !== undefined) x[ix]![0] = 1;
    const { aNext, pT } = rnnStepForward(parameters, aPrev, x);
    cache.x.push(x);
    cache.a.push(aNext);
    cache.yHat.push(pT);
    loss -= Math.log(pT[Y[t]!]![0]!);
    aPrev = aNext;
  }
  return { loss, cache };
}

/**
 * One step back, as the notebook's `rnn_step_backward`: adds this step's share to every
 * gradient, in place, and returns da for the step before.
 * @param dy ŷ⟨t⟩ − onehot(Y[t]), [n_y, 1]
 * @param daNext the gradient reaching a⟨t⟩ from step t + 1, [n_a, 1]
 * @param x x⟨t⟩ [n_x, 1]; a a⟨t⟩ and aPrev a⟨t−1⟩, [n_a, 1]
 * @returns the gradient reaching a⟨t−1⟩, [n_a, 1]
 */
function rnnStepBackward(
  dy: Matrix,
  gradients: CharRnnGradients,
  daNext: Matrix,
  parameters: CharRnnParameters,
  x: Matrix,
  a: Matrix,
  aPrev: Matrix,
): Matrix {
  const { Wya, Waa } = parameters;
  const nY = dy.length;
  const nA = a.length;
  const nX = x.length;
  // dWya += dy·aᵀ, dby += dy, da = Wyaᵀ·dy + daNext
  const da = daNext.map((row) => [row[0]!]);
  for (let k = 0; k < nY; k++) {
    const dyk = dy[k]![0]!;
    gradients.dby[k]![0]! += dyk;
    const dWyaK = gradients.dWya[k]!;
    const WyaK = Wya[k]!;
    for (let i = 0; i < nA; i++) {
      dWyaK[i]! += dyk * a[i]![0]!;
      da[i]![0]! += WyaK[i]! * dyk;
    }
  }
  // through tanh: daraw = (1 − a²) ⊙ da; db += daraw, dWax += daraw·xᵀ, dWaa += daraw·a_prevᵀ
  const daPrev = zeros(nA, 1);
  for (let i = 0; i < nA; i++) {
    const ai = a[i]![0]!;
    const daraw = (1 - ai * ai) * da[i]![0]!;
    gradients.db[i]![0]! += daraw;
    const dWaxI = gradients.dWax[i]!;
    for (let j = 0; j < nX; j++) dWaxI[j]! += daraw * x[j]![0]!;
    const dWaaI = gradients.dWaa[i]!;
    const WaaI = Waa[i]!;
    for (let j = 0; j < nA; j++) {
      dWaaI[j]! += daraw * aPrev[j]![0]!;
      daPrev[j]![0]! += WaaI[j]! * daraw;
    }
  }
  return daPrev;
}

/**
 * Backpropagation through time over one name: dy⟨t⟩ = ŷ⟨t⟩ − onehot(Y[t]), from the last step
 * to the first.
 * @returns the gradients, shaped as the weights, and the hidden states a⟨0⟩ … a⟨T−1⟩
 */
export function rnnBackward(
  X: (number | null)[],
  Y: number[],
  parameters: CharRnnParameters,
  cache: CharRnnCache,
): { gradients: CharRnnGradients; a: Matrix[] } {
  const { Wax, Waa, Wya, b, by } = parameters;
  const shaped = (m: Matrix) => zeros(m.length, m[0]!.length);
  const gradients: CharRnnGradients = {
    dWax: shaped(Wax),
    dWaa: shaped(Waa),
    dWya: shaped(Wya),
    db: shaped(b),
    dby: shaped(by),
  };
  let daNext = shaped(b);
  for (let t = X.length - 1; t >= 0; t--) {
    const dy = copy(cache.yHat[t]!);
    dy[Y[t]!]![0]! -= 1;
    const aPrev = t > 0 ? cache.a[t - 1]! : cache.a0;
    daNext = rnnStepBackward(dy, gradients, daNext, parameters, cache.x[t]!, cache.a[t]!, aPrev);
  }
  return { gradients, a: cache.a };
}

/**
 * One gradient-descent step, in place as the notebook's dictionary: W −= learningRate · dW for
 * each of the five weights.
 * @returns the same parameters object, updated
 */
export function updateParameters(
  parameters: CharRnnParameters,
  gradients: CharRnnGradients,
  learningRate: number,
): CharRnnParameters {
  for (const key of ["Wax", "Waa", "Wya", "b", "by"] as const) {
    const grad = gradients[`d${key}`];
    parameters[key] = parameters[key].map((row, i) =>
      row.map((w, j) => w - learningRate * grad[i]![j]!),
    );
  }
  return parameters;
}

/** A sampled name as text, first letter capitalised: the notebook's `get_sample`. */
export function getSample(sampledIndices: number[], ixToChar: Record<number, string>): string {
  const text = sampledIndices.map((ix) => ixToChar[ix] ?? "?").join("");
  return text.charAt(0).toUpperCase() + text.slice(1);
}
