/**
 * Course 1, Neural Networks and Deep Learning: the five programming assignments,
 * their 34 graded functions in notebook order, and the hints `pnpm hint` shows.
 */
import { defineCourse } from "@dlc/student-kit/course";

export default defineCourse({
  slug: "nn-basics",
  title: "Neural Networks and Deep Learning",
  assignments: [
    {
      slug: "01-python-basics",
      title: "Python Basics with Numpy (here: with tensors)",
      functions: [
        {
          name: "basicSigmoid",
          notebook: "basic_sigmoid",
          module: "basic-sigmoid.ts",
          hints: [
            "This one works on a plain number, not a tensor: which function of `Math` gives e^x?",
            "return 1 / (1 + Math.exp(-x))",
          ],
        },
        {
          name: "sigmoid",
          notebook: "sigmoid",
          module: "sigmoid.ts",
          hints: [
            "Build it from element-wise tensor ops: tf.exp, tf.neg, tf.add, tf.div (or tf.scalar(1).div(...)).",
            "σ(x) = 1 / (1 + e^(−x)); `tf.sigmoid` exists but write it from tf.exp to see the formula.",
          ],
        },
        {
          name: "sigmoidDerivative",
          notebook: "sigmoid_derivative",
          module: "sigmoid-derivative.ts",
          hints: [
            "Compute s = σ(x) once with your `sigmoid`, then reuse it.",
            "σ'(x) = s · (1 − s), element-wise: s.mul(tf.scalar(1).sub(s)).",
          ],
        },
        {
          name: "image2vector",
          notebook: "image2vector",
          module: "image2vector.ts",
          hints: [
            "The image is [length, height, depth]; the vector is [length·height·depth, 1]. Which op changes a shape without touching the data?",
            "tf.reshape keeps C order, like numpy's reshape: image.reshape([l * h * d, 1]).",
          ],
        },
        {
          name: "normalizeRows",
          notebook: "normalize_rows",
          module: "normalize-rows.ts",
          hints: [
            "Each row's L2 norm is sqrt(sum of squares along axis 1). Keep the result as a column [n, 1] so it broadcasts.",
            "tf.norm(x, 'euclidean', 1, true) or x.square().sum(1, true).sqrt(); then x.div(norm).",
          ],
        },
        {
          name: "softmax",
          notebook: "softmax",
          module: "softmax.ts",
          hints: [
            "Softmax works on each row: exponentiate, then divide each row by its own sum.",
            "The row sums must be a column ([m, 1]): sum(1, true). Broadcasting does the rest.",
          ],
        },
        {
          name: "l1",
          notebook: "L1",
          module: "l1.ts",
          hints: [
            "L1 = Σ |y − ŷ|: tf.abs, then tf.sum.",
            "Return a plain number: read the scalar with .dataSync()[0] or .arraySync().",
          ],
        },
        {
          name: "l2",
          notebook: "L2",
          module: "l2.ts",
          hints: [
            "L2 = Σ (y − ŷ)². A dot product of the difference with itself is one way.",
            "Return a plain number, as for l1.",
          ],
        },
      ],
    },
    {
      slug: "02-logistic-regression",
      title: "Logistic Regression with a Neural Network mindset",
      functions: [
        {
          name: "sigmoid",
          notebook: "sigmoid",
          module: "sigmoid.ts",
          hints: [
            "The same σ as in assignment 01, on a tensor z of any shape.",
            "tf.scalar(1).div(tf.exp(z.neg()).add(1)).",
          ],
        },
        {
          name: "initializeWithZeros",
          notebook: "initialize_with_zeros",
          module: "initialize-with-zeros.ts",
          hints: [
            "w is a column vector [dim, 1] of zeros (tf.zeros); b is the plain number 0.",
            "return { w: tf.zeros([dim, 1]), b: 0 }",
          ],
        },
        {
          name: "propagate",
          notebook: "propagate",
          module: "propagate.ts",
          hints: [
            "Forward: A = σ(wᵀX + b), shape [1, m]. Cost: −(1/m) Σ [Y log A + (1−Y) log(1−A)].",
            "Backward: dw = (1/m) X (A − Y)ᵀ has w's shape [n, 1]; db = (1/m) Σ (A − Y) is a number (read it, like the cost, with .dataSync()[0]).",
            "tf.matMul(w, X, true, false) computes wᵀX without materialising the transpose.",
          ],
        },
        {
          name: "optimize",
          notebook: "optimize",
          module: "optimize.ts",
          hints: [
            "Each iteration: call propagate, then w = w − learningRate·dw and b = b − learningRate·db.",
            "Record the cost when i % 100 === 0. The grads you return are those of the last iteration, computed before its update.",
            "Dispose each w you replace (or wrap the step in tf.tidy) so memory does not grow, but never the w you were given: the caller still owns it.",
          ],
        },
        {
          name: "predict",
          notebook: "predict",
          module: "predict.ts",
          hints: [
            "A = σ(wᵀX + b); a prediction is 1 where A > 0.5, else 0.",
            "A.greater(0.5).cast('float32') gives the [1, m] float 0/1 tensor.",
          ],
        },
        {
          name: "model",
          notebook: "model",
          module: "model.ts",
          hints: [
            "Chain what you wrote: initializeWithZeros(XTrain.shape[0]), optimize, then predict on train and test.",
            "Return an object with the notebook's keys in camelCase: costs, YPredictionTest, YPredictionTrain, w, b, learningRate, numIterations.",
          ],
        },
      ],
    },
    {
      slug: "03-planar-classification",
      title: "Planar data classification with one hidden layer",
      functions: [
        {
          name: "layerSizes",
          notebook: "layer_sizes",
          module: "layer-sizes.ts",
          hints: [
            "nX is the number of rows of X, nY the number of rows of Y; nH is fixed at 4.",
            "return { nX: X.shape[0], nH: 4, nY: Y.shape[0] }",
          ],
        },
        {
          name: "initializeParameters",
          notebook: "initialize_parameters",
          module: "initialize-parameters.ts",
          hints: [
            "Draw from one RandomState(seed): W1 first, then W2, each randn(...)·0.01; biases are zeros.",
            "W1 is [n_h, n_x], b1 [n_h, 1], W2 [n_y, n_h], b2 [n_y, 1]. Use the provided randnTensor(rng, shape).",
          ],
        },
        {
          name: "forwardPropagation",
          notebook: "forward_propagation",
          module: "forward-propagation.ts",
          hints: [
            "Z1 = W1·X + b1, A1 = tanh(Z1), Z2 = W2·A1 + b2, A2 = σ(Z2).",
            "Return { A2, cache: { Z1, A1, Z2, A2 } }.",
          ],
        },
        {
          name: "computeCost",
          notebook: "compute_cost",
          module: "compute-cost.ts",
          hints: [
            "Cross-entropy: −(1/m) Σ [Y log A2 + (1−Y) log(1−A2)].",
            "The notebook returns a Python float: return a plain number.",
          ],
        },
        {
          name: "backwardPropagation",
          notebook: "backward_propagation",
          module: "backward-propagation.ts",
          hints: [
            "dZ2 = A2 − Y; dW2 = (1/m) dZ2·A1ᵀ; db2 = (1/m) Σ dZ2 over the examples (axis 1, keep dims).",
            "dZ1 = W2ᵀ·dZ2 ∗ (1 − A1²): tanh's derivative written with A1. Then dW1 = (1/m) dZ1·Xᵀ, db1 likewise.",
          ],
        },
        {
          name: "updateParameters",
          notebook: "update_parameters",
          module: "update-parameters.ts",
          hints: [
            "Each parameter moves against its gradient: W1 − learningRate·dW1, and so on.",
            "Return a new parameters object; do not change the one you were given.",
          ],
        },
        {
          name: "nnModel",
          notebook: "nn_model",
          module: "nn-model.ts",
          hints: [
            "layerSizes, initializeParameters(nX, nH, nY, seed), then loop: forward, backward, update.",
            "Keep memory flat: wrap each iteration in tf.tidy and keep only the new parameters.",
          ],
        },
        {
          name: "predict",
          notebook: "predict",
          module: "predict.ts",
          hints: [
            "Run forwardPropagation and threshold A2 at 0.5.",
            "A2.greater(0.5).cast('float32').",
          ],
        },
      ],
    },
    {
      slug: "04-deep-nn-step-by-step",
      title: "Building your Deep Neural Network: Step by Step",
      functions: [
        {
          name: "initializeParameters",
          notebook: "initialize_parameters",
          module: "initialize-parameters.ts",
          hints: [
            "As in assignment 03, for a 2-layer net: W1, b1, W2, b2 with randn·0.01 and zero biases.",
            "The default seed is 1, drawn W1 then W2 from one RandomState.",
          ],
        },
        {
          name: "initializeParametersDeep",
          notebook: "initialize_parameters_deep",
          module: "initialize-parameters-deep.ts",
          hints: [
            "Loop l = 1 … L−1 over layer_dims: Wl is [dims[l], dims[l−1]], bl is [dims[l], 1].",
            "One RandomState(seed) for all layers, drawn in order; Wl = randn·0.01, bl = zeros.",
          ],
        },
        {
          name: "linearForward",
          notebook: "linear_forward",
          module: "linear-forward.ts",
          hints: [
            "Z = W·A + b, with b broadcast over the columns.",
            "Return { Z, cache: { A, W, b } }.",
          ],
        },
        {
          name: "linearActivationForward",
          notebook: "linear_activation_forward",
          module: "linear-activation-forward.ts",
          hints: [
            "Call linearForward, then the provided sigmoid or relu from src/activations.ts.",
            "The cache is { linearCache, activationCache }: what the backward pass will need.",
          ],
        },
        {
          name: "lModelForward",
          notebook: "L_model_forward",
          module: "l-model-forward.ts",
          hints: [
            "L = number of layers = (number of keys in parameters) / 2.",
            "Layers 1 … L−1 use relu; layer L uses sigmoid. Push every cache, in order.",
          ],
        },
        {
          name: "computeCost",
          notebook: "compute_cost",
          module: "compute-cost.ts",
          hints: [
            "The same cross-entropy as before, on AL [1, m].",
            "Return a scalar tensor (the notebook's np.squeeze(cost)).",
          ],
        },
        {
          name: "linearBackward",
          notebook: "linear_backward",
          module: "linear-backward.ts",
          hints: [
            "dW = (1/m) dZ·A_prevᵀ, db = (1/m) Σ dZ over axis 1 with keepDims, dA_prev = Wᵀ·dZ.",
            "m is A_prev.shape[1]. Each gradient has the shape of what it is the gradient of.",
          ],
        },
        {
          name: "linearActivationBackward",
          notebook: "linear_activation_backward",
          module: "linear-activation-backward.ts",
          hints: [
            "First dZ from the activation's backward (reluBackward / sigmoidBackward in src/activations.ts), then linearBackward.",
            "The cache is the one linearActivationForward returned.",
          ],
        },
        {
          name: "lModelBackward",
          notebook: "L_model_backward",
          module: "l-model-backward.ts",
          hints: [
            "Start from dAL = −(Y/AL − (1−Y)/(1−AL)); the last layer is sigmoid, the others relu.",
            "Walk the caches backwards, filling dA{l−1}, dW{l} and db{l} for l = L … 1.",
          ],
        },
        {
          name: "updateParameters",
          notebook: "update_parameters",
          module: "update-parameters.ts",
          hints: [
            "For l = 1 … L: Wl −= learningRate·dWl, bl −= learningRate·dbl.",
            "Return a new object; leave the input parameters untouched.",
          ],
        },
      ],
    },
    {
      slug: "05-deep-nn-application",
      title: "Deep Neural Network for Image Classification: Application",
      functions: [
        {
          name: "twoLayerModel",
          notebook: "two_layer_model",
          module: "two-layer-model.ts",
          hints: [
            "LINEAR → RELU → LINEAR → SIGMOID with your assignment-04 functions: initializeParameters, linearActivationForward, computeCost, linearActivationBackward, updateParameters.",
            "Record the cost every 100 iterations (read it with dataSync only then); wrap each iteration in tf.tidy and dispose the old parameters.",
          ],
        },
        {
          name: "lLayerModel",
          notebook: "L_layer_model",
          module: "l-layer-model.ts",
          hints: [
            "Initialise with initializeParametersDeepScaled from src/deep-init.ts (the /√n_prev scaling), then loop lModelForward, computeCost, lModelBackward, updateParameters.",
            "Same loop as twoLayerModel with the L-layer functions; costs every 100 iterations; dispose the old parameters.",
          ],
        },
      ],
    },
  ],
});
