/**
 * Course 2, Improving Deep Neural Networks: the notebooks' graded functions in notebook
 * order, the week 2-3 lecture topics the notebooks leave ungraded (exponentially weighted
 * averages, batch norm, softmax, input normalization) as graded functions too, and the
 * hints `pnpm hint` shows.
 */
import { defineCourse } from "@dlc/grader/course";

export default defineCourse({
  slug: "improving-dnn",
  title: "Improving Deep Neural Networks: Hyperparameter Tuning, Regularization and Optimization",
  assignments: [
    {
      slug: "01-initialization",
      title: "Initialization",
      functions: [
        {
          name: "initializeParametersZeros",
          notebook: "initialize_parameters_zeros",
          module: "initialize-parameters-zeros.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "initializeParametersRandom",
          notebook: "initialize_parameters_random",
          module: "initialize-parameters-random.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "initializeParametersHe",
          notebook: "initialize_parameters_he",
          module: "initialize-parameters-he.ts",
          hints: ["(hint to be written)"],
        },
      ],
    },
    {
      slug: "02-regularization",
      title: "Regularization",
      functions: [
        {
          name: "computeCostWithRegularization",
          notebook: "compute_cost_with_regularization",
          module: "compute-cost-with-regularization.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "backwardPropagationWithRegularization",
          notebook: "backward_propagation_with_regularization",
          module: "backward-propagation-with-regularization.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "forwardPropagationWithDropout",
          notebook: "forward_propagation_with_dropout",
          module: "forward-propagation-with-dropout.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "backwardPropagationWithDropout",
          notebook: "backward_propagation_with_dropout",
          module: "backward-propagation-with-dropout.ts",
          hints: ["(hint to be written)"],
        },
      ],
    },
    {
      slug: "03-gradient-checking",
      title: "Gradient Checking",
      functions: [
        {
          name: "forwardPropagation",
          notebook: "forward_propagation",
          module: "forward-propagation.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "backwardPropagation",
          notebook: "backward_propagation",
          module: "backward-propagation.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "gradientCheck",
          notebook: "gradient_check",
          module: "gradient-check.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "dictionaryToVector",
          notebook: "dictionary_to_vector",
          module: "dictionary-to-vector.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "vectorToDictionary",
          notebook: "vector_to_dictionary",
          module: "vector-to-dictionary.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "gradientsToVector",
          notebook: "gradients_to_vector",
          module: "gradients-to-vector.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "gradientCheckN",
          notebook: "gradient_check_n",
          module: "gradient-check-n.ts",
          hints: ["(hint to be written)"],
        },
      ],
    },
    {
      slug: "04-optimization",
      title: "Optimization Methods",
      functions: [
        {
          name: "updateParametersWithGd",
          notebook: "update_parameters_with_gd",
          module: "update-parameters-with-gd.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "randomMiniBatches",
          notebook: "random_mini_batches",
          module: "random-mini-batches.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "initializeVelocity",
          notebook: "initialize_velocity",
          module: "initialize-velocity.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "updateParametersWithMomentum",
          notebook: "update_parameters_with_momentum",
          module: "update-parameters-with-momentum.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "initializeAdam",
          notebook: "initialize_adam",
          module: "initialize-adam.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "updateParametersWithAdam",
          notebook: "update_parameters_with_adam",
          module: "update-parameters-with-adam.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "updateLr",
          notebook: "update_lr",
          module: "update-lr.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "scheduleLrDecay",
          notebook: "schedule_lr_decay",
          module: "schedule-lr-decay.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "exponentiallyWeightedAverages",
          notebook: "(lecture: exponentially weighted averages)",
          module: "exponentially-weighted-averages.ts",
          hints: ["(hint to be written)"],
        },
      ],
    },
    {
      slug: "05-batch-norm-and-softmax",
      title: "Batch Normalization, Softmax and Input Normalization (the week 3 lectures as code)",
      functions: [
        {
          name: "normalizeInputs",
          notebook: "(lecture: normalizing inputs)",
          module: "normalize-inputs.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "batchnormForward",
          notebook: "(lecture: batch norm)",
          module: "batchnorm-forward.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "batchnormBackward",
          notebook: "(lecture: batch norm)",
          module: "batchnorm-backward.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "softmax",
          notebook: "(lecture: softmax regression)",
          module: "softmax.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "softmaxCrossEntropy",
          notebook: "(lecture: training a softmax classifier)",
          module: "softmax-cross-entropy.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "softmaxCrossEntropyBackward",
          notebook: "(lecture: training a softmax classifier)",
          module: "softmax-cross-entropy-backward.ts",
          hints: ["(hint to be written)"],
        },
      ],
    },
    {
      slug: "06-tensorflow-introduction",
      title: "Introduction to TensorFlow (here: TensorFlow.js)",
      functions: [
        {
          name: "linearFunction",
          notebook: "linear_function",
          module: "linear-function.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "sigmoid",
          notebook: "sigmoid",
          module: "sigmoid.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "oneHotMatrix",
          notebook: "one_hot_matrix",
          module: "one-hot-matrix.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "initializeParameters",
          notebook: "initialize_parameters",
          module: "initialize-parameters.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "forwardPropagation",
          notebook: "forward_propagation",
          module: "forward-propagation.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "computeTotalLoss",
          notebook: "compute_total_loss",
          module: "compute-total-loss.ts",
          hints: ["(hint to be written)"],
        },
        {
          name: "model",
          notebook: "model",
          module: "model.ts",
          hints: ["(hint to be written)"],
        },
      ],
    },
  ],
});
