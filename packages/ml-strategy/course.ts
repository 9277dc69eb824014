/**
 * Course 3, Structuring Machine Learning Projects: the course teaches strategy with two
 * case-study quizzes (bird recognition in Peacetopia, autonomous driving); here every
 * decision is a function a student writes and the grader checks. Assignments in the
 * order of the lectures, with the hints `pnpm hint` shows.
 */
import { defineCourse } from "@dlc/student-kit/course";

export default defineCourse({
  slug: "ml-strategy",
  title: "Structuring Machine Learning Projects",
  assignments: [
    {
      slug: "01-single-number-evaluation",
      title: "Single number evaluation: metrics, optimizing and satisficing",
      functions: [
        {
          name: "confusionCounts",
          notebook: "(C3 W1 lecture: single number evaluation metric)",
          module: "confusion-counts.ts",
          hints: [
            "Each example falls in exactly one of four cells, decided by its prediction and its label: which cell is (ŷ = 1, y = 0)?",
            "One loop: if (ŷ = 1 and y = 1) tp++ else if (ŷ = 1) fp++ else if (y = 1) fn++ else tn++.",
          ],
        },
        {
          name: "f1Score",
          notebook: "(C3 W1 lecture: single number evaluation metric)",
          module: "f1-score.ts",
          hints: [
            "The F1 score is a harmonic mean, not an arithmetic one: what is 1 / F1 in terms of 1 / P and 1 / R?",
            "return P + R === 0 ? 0 : (2 * P * R) / (P + R)",
          ],
        },
        {
          name: "evaluationMetrics",
          notebook: "(C3 W1 lecture: single number evaluation metric; quiz: Peacetopia)",
          module: "evaluation-metrics.ts",
          hints: [
            "Start from your confusionCounts: which counts are the denominators of precision (everything predicted positive) and recall (everything labelled positive)?",
            "const ratio = (a, b) => (b === 0 ? 0 : a / b); precision = ratio(tp, tp + fp), recall = ratio(tp, tp + fn), accuracy = ratio(tp + tn, m), f1 = f1Score(precision, recall).",
          ],
        },
        {
          name: "selectModel",
          notebook: "(C3 W1 lecture: satisficing and optimizing metrics; quiz: Peacetopia)",
          module: "select-model.ts",
          hints: [
            "Two steps: which models are allowed at all (every constraint met, bounds inclusive), and then which of those is best? What do you return when none is allowed?",
            "Loop over the models; skip one that fails `satisficing.every(...)`; replace the best only when strictly better (> for max, < for min), so the first listed keeps a tie.",
          ],
        },
      ],
    },
    {
      slug: "02-train-dev-test",
      title: "Train / dev / test: sizes, stratified and mismatched splits",
      functions: [
        {
          name: "splitSizes",
          notebook: "(C3 W1 lecture: size of the dev and test sets; quiz: Peacetopia)",
          module: "split-sizes.ts",
          hints: [
            "At 100 examples the old 60/20/20 is right; at 10,000,000, does a dev set need 2,000,000 images to tell two models apart? What caps it?",
            "dev = Math.min(Math.floor(m / 5), maxEvalSize) (Math.floor((3 * m) / 10) without test), test = withTest ? dev : 0, train = m − dev − test.",
          ],
        },
        {
          name: "stratifiedSplit",
          notebook: "(C3 W1 lecture: train/dev/test distributions)",
          module: "stratified-split.ts",
          hints: [
            "Treat each class as its own small dataset: which indices belong to it, in what random order, and how many of them go to dev and to test?",
            "Group indices by label (a Map), then for each class in label order: shuffled = rng.permutation(n).map(k => members[k]); dev = first ⌊n·dev⌋, test = next ⌊n·test⌋, train = the rest.",
          ],
        },
        {
          name: "validateSplit",
          notebook:
            "(C3 W1 lecture: train/dev/test distributions; quiz: Peacetopia's citizens' data)",
          module: "validate-split.ts",
          hints: [
            "Which sets must come from the target distribution, and which may take the citizens' images? And how do you notice an index that appears twice?",
            "One Set of seen indices over train, trainDev ?? [], dev, test for the leak; dev.some / test.some with a source outside target; compare new Set(dev sources) with new Set(test sources) both ways.",
          ],
        },
        {
          name: "mismatchedSplit",
          notebook:
            "(C3 W2 lecture: bias and variance with mismatched data distributions; quiz: autonomous driving)",
          module: "mismatched-split.ts",
          hints: [
            "Dev and test come from the car images only; where do the 60,000 car images they do not use go, and from which pool is train-dev drawn?",
            "One RandomState(seed): permute the target indices, dev = first sizes.dev, test = next sizes.test; mix = the rest of the target + all others; permute the mix, trainDev = first sizes.trainDev, train = the rest.",
          ],
        },
      ],
    },
    {
      slug: "03-human-level-performance",
      title: "Human-level performance as a proxy for Bayes error",
      functions: [
        {
          name: "bayesErrorProxy",
          notebook: "(C3 W1 lecture: understanding human-level performance; quiz: Peacetopia)",
          module: "bayes-error-proxy.ts",
          hints: [
            "Bayes error is the lowest error possible: which human's error tells you the most about it, the typical one or the best one?",
            "humanErrors.length === 0 ? null : humanErrors.reduce((a, b) => Math.min(a, b)) (not sort(): it compares strings).",
          ],
        },
        {
          name: "compareToHumanLevel",
          notebook:
            "(C3 W1 lecture: avoidable bias, surpassing human-level performance; quiz: Peacetopia)",
          module: "compare-to-human-level.ts",
          hints: [
            "Check the three rules in order: is there a human level at all? Is the dev error already below it? Only then compare the two gaps.",
            "proxy = bayesErrorProxy(humanErrors); variance = dev − train; null proxy → insufficient-information; dev < proxy → beyond-human-level; else train − proxy >= variance ? avoidable-bias : variance.",
          ],
        },
      ],
    },
    {
      slug: "04-diagnosis",
      title: "Diagnosis: avoidable bias, variance, data mismatch, dev overfitting",
      functions: [
        {
          name: "errorGaps",
          notebook:
            "(C3 W2 lecture: bias and variance with mismatched data distributions; quiz: autonomous driving)",
          module: "error-gaps.ts",
          hints: [
            "Line the errors up human → train → train-dev → dev → test: each gap is one step. Which step is missing without a train-dev set, and what does variance compare then?",
            "avoidableBias = train − human; variance = (trainDev ?? dev) − train; dataMismatch = trainDev === undefined ? null : dev − trainDev; devOverfitting = test === undefined ? null : test − dev.",
          ],
        },
        {
          name: "recommend",
          notebook:
            "(C3 W1–W2 lectures: improving your model's performance, addressing data mismatch)",
          module: "recommend.ts",
          hints: [
            "Three steps: which gaps are problems at all (measured, positive, not negligible next to the largest), in which order, and what remedy goes with each?",
            "PROBLEMS.flatMap(p => gaps[p] !== null && gaps[p] > 0 ? [{ problem: p, gap: gaps[p] }] : []), filter gap >= minShare · largest, a stable sort by gap descending, remedies: REMEDIES[problem].",
          ],
        },
      ],
    },
    {
      slug: "05-error-analysis",
      title: "Error analysis: ceilings, and cleaning up labels",
      functions: [
        {
          name: "tallyErrors",
          notebook: "(C3 W2 lecture: carrying out error analysis; quiz: autonomous driving)",
          module: "tally-errors.ts",
          hints: [
            "An example tagged foggy AND occluded is one mistake, but it belongs to two columns of the spreadsheet: what do you divide each column's count by?",
            "Loop over the mistakes, count each tag of `new Set(tags)` once, then per category: shareOfMistakes = count / mistakes.length, shareOfDev = count / devSize.",
          ],
        },
        {
          name: "errorCeilings",
          notebook: "(C3 W2 lecture: carrying out error analysis; quiz: autonomous driving)",
          module: "error-ceilings.ts",
          hints: [
            "If 5 of the 100 mistakes you looked at are dogs and the dev error is 10 %, how much of the 10 % can a perfect dog fix remove?",
            "ceiling = shareOfMistakes · devError, bestDevError = devError − ceiling; sort with (a, b) => b.ceiling − a.ceiling || a.category.localeCompare(b.category).",
          ],
        },
        {
          name: "correctedErrors",
          notebook:
            "(C3 W2 lecture: cleaning up incorrectly labeled data; quiz: autonomous driving)",
          module: "corrected-errors.ts",
          hints: [
            "Write one helper for a single set and call it on dev and on test: which label does an example get when the reviewers did not look at it?",
            "label = scope === 'all' || prediction !== given label ? reviewed label : given label; count errors before (vs labels) and after (vs that label); labelErrors counts the examples wrong before whose prediction equals the reviewed label.",
          ],
        },
      ],
    },
    {
      slug: "06-hyperparameter-search",
      title: "Hyperparameter search on the right scale",
      functions: [
        {
          name: "sampleLearningRate",
          notebook: "(C2 W3 lecture: using an appropriate scale to pick hyperparameters)",
          module: "sample-learning-rate.ts",
          hints: [
            "Sampling α uniformly in [0.0001, 1] puts 90 % of the samples in [0.1, 1]. What should be uniform instead: α, or its exponent?",
            "const [a, b] = [Math.log10(lo), Math.log10(hi)]; return Array.from(new RandomState(seed).rand(n), (u) => 10 ** (a + (b - a) * u));",
          ],
        },
        {
          name: "sampleMomentumBeta",
          notebook: "(C2 W3 lecture: using an appropriate scale to pick hyperparameters)",
          module: "sample-momentum-beta.ts",
          hints: [
            "β = 0.9 averages about 10 steps, 0.999 about 1000: which quantity, β or 1 − β, should spread evenly over its decades?",
            "r between a = log10(1 − hi) and b = log10(1 − lo): β = 1 − 10 ** (a + (b − a) · u) for each u of new RandomState(seed).rand(n).",
          ],
        },
        {
          name: "randomSearch",
          notebook: "(C2 W3 lecture: tuning process; C3 W1 lecture: orthogonalization)",
          module: "random-search.ts",
          hints: [
            "One generator for the whole search, and the order of the draws decides the numbers: which loop is outside, the trials or the hyperparameters?",
            "for each trial, for each [name, h] of Object.entries(space): switch (h.scale) — rand for linear/log/one-minus-log, rng.randint(lo, hi + 1) for integer, options[rng.randint(0, options.length)] for choice.",
          ],
        },
      ],
    },
    {
      slug: "07-multi-task-and-transfer",
      title: "Multi-task learning with missing labels, and transfer learning",
      functions: [
        {
          name: "multiTaskLoss",
          notebook: "(C3 W2 lecture: multi-task learning; quiz: autonomous driving)",
          module: "multi-task-loss.ts",
          hints: [
            "NaN · 0 is NaN: if you multiply the losses by a 0/1 mask, what happens at a `?`? Which tf op picks between two tensors instead?",
            "labelled = tf.logicalNot(tf.isNaN(Y)); y = tf.where(labelled, Y, 0s); the cross-entropy with y; tf.where(labelled, losses, 0s).sum().div(m), m = Y.shape[1].",
          ],
        },
        {
          name: "multiTaskLossBackward",
          notebook: "(C3 W2 lecture: multi-task learning)",
          module: "multi-task-loss-backward.ts",
          hints: [
            "For one labelled sigmoid output, ∂L/∂z = ŷ − y. What does the 1/m of the loss add, and what is the derivative of a term that is not in the sum?",
            "dZ = tf.where(labelled, tf.sigmoid(Z).sub(y).div(m), zeros), with y = Y where labelled and 0 elsewhere (so that no NaN is ever computed).",
          ],
        },
        {
          name: "trainHead",
          notebook: "(C3 W2 lecture: transfer learning)",
          module: "train-head.ts",
          hints: [
            "The body never changes: how many times do you need to run it over X? And which layer of `pretrained` do you throw away?",
            "L = Object.keys(pretrained).length / 2; F = relu layers 1 … L − 1 on X, once; then Course 1's logistic regression on (F, Y) with W = randnTensor(new RandomState(seed), [1, F.shape[0]]).mul(0.01), b = 0; record the cost when i % 100 === 0.",
          ],
        },
      ],
    },
    {
      slug: "08-end-to-end",
      title: "End-to-end deep learning or a pipeline?",
      functions: [
        {
          name: "trainEndToEnd",
          notebook: "(C3 W2 lecture: what is end-to-end deep learning)",
          module: "train-end-to-end.ts",
          hints: [
            "This is Course 1's logistic regression on the raw image: which three quantities does each step compute before it updates W and b?",
            "A = σ(W·X + b); cost = −(1/m) Σ [Y log A + (1 − Y) log(1 − A)] when i % 100 === 0; dZ = A − Y, dW = dZ·Xᵀ / m, db = Σ dZ / m; W −= α·dW, b −= α·db.",
          ],
        },
        {
          name: "trainPipeline",
          notebook: "(C3 W2 lecture: whether to use end-to-end deep learning)",
          module: "train-pipeline.ts",
          hints: [
            "Stage 1 is given and never trained. What does stage 2 see instead of the image, and which function you wrote already trains a logistic unit?",
            "const lengths = ruler.W.matMul(X).add(ruler.b); const { model, costs } = trainEndToEnd(lengths, Y, learningRate, numIterations); return { pipeline: { ruler, classifier: model }, costs }.",
          ],
        },
        {
          name: "predictPipeline",
          notebook: "(C3 W2 lecture: whether to use end-to-end deep learning)",
          module: "predict-pipeline.ts",
          hints: [
            "The stages run in order, each on the previous one's output: what are the shapes of the lengths, and of the classifier's output?",
            "tf.sigmoid(classifier.W.matMul(ruler.W.matMul(X).add(ruler.b)).add(classifier.b)).greater(0.5).cast('float32').",
          ],
        },
      ],
    },
  ],
});
