/**
 * The numbers of the course's two case-study quizzes (week 1: bird recognition in the city of
 * Peacetopia; week 2: autonomous driving) and of the lectures they build on, as data the
 * assignments use in their tests, checks and READMEs. Error rates are in percent, except the
 * error-analysis shares (fractions of the dev set, as the spreadsheets state them).
 */
import type { ErrorRates } from "./diagnosis.ts";
import type { SearchSpace } from "./hyperparameter-search.ts";
import type { CandidateModel, OptimizingMetric, SatisficingMetric } from "./metric-types.ts";

/** Peacetopia: 10,000,000 labelled images of the sky from the city's security cameras. */
export const PEACETOPIA_IMAGES = 10_000_000;

/** The "citizens' data": 1,000,000 more images, from another distribution. */
export const CITIZENS_IMAGES = 1_000_000;

/** The candidate models of the (older) week-1 quiz: accuracy in %, runtime in s, memory in MB. */
export const PEACETOPIA_MODELS: readonly CandidateModel[] = [
  { name: "A", metrics: { accuracy: 97, runtimeSec: 1, memoryMB: 3 } },
  { name: "B", metrics: { accuracy: 99, runtimeSec: 13, memoryMB: 9 } },
  { name: "C", metrics: { accuracy: 97, runtimeSec: 3, memoryMB: 2 } },
  { name: "D", metrics: { accuracy: 98, runtimeSec: 9, memoryMB: 9 } },
];

/** "As accurately as possible": accuracy is the optimizing metric. */
export const PEACETOPIA_OPTIMIZING: OptimizingMetric = { metric: "accuracy", goal: "max" };

/** "No more than 10 sec to classify a new image", "fit in 10MB of memory". */
export const PEACETOPIA_SATISFICING: readonly SatisficingMetric[] = [
  { metric: "runtimeSec", atMost: 10 },
  { metric: "memoryMB", atMost: 10 },
];

/** The lecture's cat classifiers: maximize accuracy (%) subject to a running time ≤ 100 ms. */
export const CAT_CLASSIFIERS: readonly CandidateModel[] = [
  { name: "A", metrics: { accuracy: 90, runtimeMs: 80 } },
  { name: "B", metrics: { accuracy: 92, runtimeMs: 95 } },
  { name: "C", metrics: { accuracy: 95, runtimeMs: 1500 } },
];

/** Peacetopia's human errors (%): two ornithologists, then two ordinary citizens. */
export const PEACETOPIA_HUMAN_ERRORS: readonly number[] = [0.3, 0.5, 1.0, 1.2];

/** A team of ornithologists debating each image (%): better than any one of them. */
export const ORNITHOLOGIST_TEAM_ERROR = 0.1;

/** Peacetopia's week-1 error tables (%). */
export const PEACETOPIA_ERRORS = {
  /** "train 4.0 %, dev 4.5 %": no human level, so bias vs variance is undecidable */
  withoutHumanLevel: { train: 4.0, dev: 4.5 },
  /** human 0.1 %, train 2.0 %, dev 2.1 %: avoidable bias 1.9 ≫ variance 0.1 */
  biased: { human: 0.1, train: 2.0, dev: 2.1 },
  /** the same model on the test set: 7.0 %, it overfit the dev set */
  overfitDev: { human: 0.1, train: 2.0, dev: 2.1, test: 7.0 },
  /** a year later: train and dev 0.05 % beat the human 0.1 %: progress slows */
  beyondHumanLevel: { human: 0.1, train: 0.05, dev: 0.05 },
} as const satisfies Record<string, Partial<ErrorRates>>;

/** Autonomous driving: 100,000 front-camera images (the target) and 900,000 from the internet. */
export const DRIVING = {
  carImages: 100_000,
  internetImages: 900_000,
  /** the quiz's split: train 940,000 and train-dev 20,000 from the mix, dev and test 20,000 car each */
  split: { train: 940_000, trainDev: 20_000, dev: 20_000, test: 20_000 },
} as const;

/** Autonomous driving's error tables (%), human level 0.5 %. */
export const DRIVING_ERRORS = {
  /** older quiz: avoidable bias 8.3, variance 0.3, data mismatch 5.2, dev overfitting 0.5 */
  biasAndMismatch: { human: 0.5, train: 8.8, trainDev: 9.1, dev: 14.3, test: 14.8 },
  /** current quiz: avoidable bias 11.5 dominates (variance 3.1, mismatch −2.5, dev overfitting 3.2) */
  highBias: { human: 0.5, train: 12, trainDev: 15.1, dev: 12.6, test: 15.8 },
  /** dev and test (1.3 %, 1.1 %) below train-dev (2.3 %): the dev/test data is easier */
  easierDev: { human: 0.5, train: 2, trainDev: 2.3, dev: 1.3, test: 1.1 },
} as const satisfies Record<string, ErrorRates>;

/**
 * The driving quiz's error analysis: the share of the dev set each category of mistakes
 * accounts for (15.3 % dev error in all); occlusion is the biggest ceiling.
 */
export const DRIVING_ERROR_ANALYSIS = {
  mislabelled: 0.041,
  foggy: 0.02,
  occluded: 0.082,
  other: 0.01,
} as const satisfies Record<string, number>;

/** The older driving quiz's error analysis: a windshield wiper can remove at most 2.2 %. */
export const WIPER_ERROR_ANALYSIS = {
  mislabelled: 0.041,
  foggy: 0.08,
  raindrops: 0.022,
  other: 0.01,
} as const satisfies Record<string, number>;

/**
 * The driving quiz's multi-task labels: 4 images (columns), 5 labels each (stop sign,
 * pedestrian crossing, construction ahead, red light, green light); NaN is the quiz's "?",
 * a label nobody wrote down. `predictions` are a network's outputs σ(Z) for the same images.
 */
export const DRIVING_MULTI_TASK: { labels: number[][]; predictions: number[][] } = {
  labels: [
    [1, 0, 1, Number.NaN],
    [0, Number.NaN, 1, Number.NaN],
    [0, 1, Number.NaN, Number.NaN],
    [1, 1, 0, Number.NaN],
    [0, Number.NaN, 0, 1],
  ],
  predictions: [
    [0.9, 0.2, 0.7, 0.5],
    [0.2, 0.6, 0.6, 0.5],
    [0.1, 0.8, 0.4, 0.5],
    [0.7, 0.6, 0.1, 0.5],
    [0.3, 0.5, 0.2, 0.9],
  ],
};

/** The tuning lecture's list: α on a log scale, momentum β, hidden units, layers, mini-batch size, keep probability. */
export const LECTURE_SEARCH_SPACE: SearchSpace = {
  learningRate: { scale: "log", lo: 1e-4, hi: 1 },
  beta: { scale: "one-minus-log", lo: 0.9, hi: 0.999 },
  hiddenUnits: { scale: "integer", lo: 50, hi: 100 },
  layers: { scale: "integer", lo: 2, hi: 4 },
  miniBatchSize: { scale: "choice", options: [64, 128, 256, 512] },
  keepProb: { scale: "linear", lo: 0.5, hi: 1 },
};
