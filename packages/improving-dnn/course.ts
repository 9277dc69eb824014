/**
 * Course 2, Improving Deep Neural Networks: the notebooks' graded functions in notebook
 * order, the week 2-3 lecture topics the notebooks leave ungraded (exponentially weighted
 * averages, batch norm, softmax, input normalization) as graded functions too, and the
 * hints `pnpm hint` shows.
 */
import { defineCourse } from "@dlc/student-kit/course";

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
          hints: [
            "layersDims = [n_0, n_1, …, n_L] describes L layers: which two sizes does Wl connect, and which comes first in its shape?",
            "For l = 1 … layersDims.length − 1: W{l} = tf.zeros([layersDims[l], layersDims[l - 1]]) and b{l} = tf.zeros([layersDims[l], 1]), stored under the keys W1, b1, W2, …",
          ],
        },
        {
          name: "initializeParametersRandom",
          notebook: "initialize_parameters_random",
          module: "initialize-parameters-random.ts",
          hints: [
            "The notebook calls np.random.seed(3) once, then draws every layer from the same stream: where must your RandomState(seed) be created so that W2 continues where W1 stopped?",
            "const rng = new RandomState(seed) before the loop; in it, W{l} = randnTensor(rng, [layersDims[l], layersDims[l - 1]]).mul(10) and b{l} = tf.zeros([layersDims[l], 1]) (the biases are not drawn).",
          ],
        },
        {
          name: "initializeParametersHe",
          notebook: "initialize_parameters_he",
          module: "initialize-parameters-he.ts",
          hints: [
            "A unit of layer l sums n_{l−1} inputs, and ReLU zeroes half of them: which variance of Wl keeps the size of the activations from layer to layer, and which n is that?",
            "Same loop and one RandomState(seed) as initializeParametersRandom, with .mul(Math.sqrt(2 / layersDims[l - 1])) instead of .mul(10): the size of the layer before, under a square root.",
          ],
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
          hints: [
            "The cross-entropy is a mean over the m examples: what must the sum of the squared weights be divided by to be on the same scale, and which matrices go into that sum?",
            "With A = A3.clipByValue(LOSS_MARGIN, 1 − LOSS_MARGIN): −mean(Y·log A + (1 − Y)·log(1 − A)) + (lambd / (2 * m)) * (ΣW1² + ΣW2² + ΣW3²), with m = Y.shape[1] and ΣW² = W.square().sum() read with dataSync()[0]; the biases are not in the penalty.",
          ],
        },
        {
          name: "backwardPropagationWithRegularization",
          notebook: "backward_propagation_with_regularization",
          module: "backward-propagation-with-regularization.ts",
          hints: [
            "What is the derivative of λ/(2m)·ΣW² with respect to W, and which of the eleven gradients does the penalty touch at all?",
            "Write the plain backward pass (dZ3 = A3 − Y, dW3 = (1/m)·dZ3·A2ᵀ, …) and add W.mul(lambd / m) to each of dW1, dW2, dW3; dZ, dA and db stay as they are.",
          ],
        },
        {
          name: "forwardPropagationWithDropout",
          notebook: "forward_propagation_with_dropout",
          module: "forward-propagation-with-dropout.ts",
          hints: [
            "If a unit is kept with probability keepProb, what must its output be multiplied by so that its expected value does not change? And where do D1 and D2 come from so that the same seed always gives the same masks?",
            "const rng = new RandomState(seed) (from @dlc/student-kit/check), once; after A1 = relu(Z1): D1 = tf.tensor2d(Float32Array.from(rng.rand(n1, m), (u) => (u < keepProb ? 1 : 0)), [n1, m]) and A1 = A1.mul(D1).div(keepProb); the same for A2 with the same rng; A3 = sigmoid(Z3) without dropout.",
          ],
        },
        {
          name: "backwardPropagationWithDropout",
          notebook: "backward_propagation_with_dropout",
          module: "backward-propagation-with-dropout.ts",
          hints: [
            "The forward pass multiplied A1 and A2 by Dl / keepProb: by the chain rule, what happens to the gradients dA1 and dA2 flowing back through that multiplication?",
            "The plain backward pass, with dA2 = tf.matMul(W3, dZ3, true).mul(D2).div(keepProb) and dA1 = tf.matMul(W2, dZ2, true).mul(D1).div(keepProb), using the cache's masks, before dZl = dAl ∗ (Al > 0).",
          ],
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
          hints: [
            "J is a function of θ with x fixed: what is the simplest function that is linear in θ and uses x?",
            "return theta * x (np.dot(theta, x) of two numbers is their product).",
          ],
        },
        {
          name: "backwardPropagation",
          notebook: "backward_propagation",
          module: "backward-propagation.ts",
          hints: [
            "If J(θ) = θ·x, by how much does J change when θ grows by 1?",
            "dθ = x: return x (θ does not appear in the derivative).",
          ],
        },
        {
          name: "gradientCheck",
          notebook: "gradient_check",
          module: "gradient-check.ts",
          hints: [
            "What is the slope of J between θ − ε and θ + ε, and how far apart are those two points?",
            "gradapprox = (forwardPropagation(x, theta + epsilon) - forwardPropagation(x, theta - epsilon)) / (2 * epsilon); grad = backwardPropagation(x, theta); return Math.abs(grad - gradapprox) / (Math.abs(grad) + Math.abs(gradapprox)).",
          ],
        },
        {
          name: "dictionaryToVector",
          notebook: "dictionary_to_vector",
          module: "dictionary-to-vector.ts",
          hints: [
            "In which order does the notebook visit the parameters, and in which order does reshape(-1, 1) read a matrix?",
            "For each key W1, b1, W2, b2, W3, b3 in that order: const v = parameters[key].flat(); theta.push(...v); keys.push(...v.map(() => key)).",
          ],
        },
        {
          name: "vectorToDictionary",
          notebook: "vector_to_dictionary",
          module: "vector-to-dictionary.ts",
          hints: [
            "How many values does Wl take from theta, and where does the next slice start?",
            "For l = 1, 2, 3: W{l} = fromValues(n_l, n_{l−1}, theta.slice(start, start + n_l·n_{l−1})), start += n_l·n_{l−1}; then b{l} = fromValues(n_l, 1, theta.slice(start, start + n_l)), start += n_l.",
          ],
        },
        {
          name: "gradientsToVector",
          notebook: "gradients_to_vector",
          module: "gradients-to-vector.ts",
          hints: [
            "Which keys of gradients have a parameter of the same name, and in which order does dictionaryToVector put the parameters?",
            "Take the keys dW1, db1, dW2, db2, dW3, db3 in that order and flatMap((key) => gradients[key].flat()): dZ and dA keys are left out.",
          ],
        },
        {
          name: "gradientCheckN",
          notebook: "gradient_check_n",
          module: "gradient-check-n.ts",
          hints: [
            "When you perturb entry i, which other entries of θ⁺ must still be exactly θ's, and which network sizes does vectorToDictionary need?",
            "In the loop: const thetaPlus = [...theta]; thetaPlus[i] += epsilon; JPlus = forwardPropagationN(X, Y, vectorToDictionary(thetaPlus, layerDimsOf(parameters))).cost; the same with - epsilon for JMinus; gradapprox[i] = (JPlus - JMinus) / (2 * epsilon); then norm of (grad - gradapprox) / (norm(grad) + norm(gradapprox)).",
          ],
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
          hints: [
            'How many layers are there when parameters holds W1, b1, …, WL, bL, and which gradient goes with "W" + l?',
            'L = Object.keys(parameters).length / 2; inside tf.tidy, for l = 1 … L set updated["W" + l] = parameters["W" + l].sub(grads["dW" + l].mul(learningRate)), the same for b, and return updated.',
          ],
        },
        {
          name: "randomMiniBatches",
          notebook: "random_mini_batches",
          module: "random-mini-batches.ts",
          hints: [
            "Which numpy call does the notebook shuffle with, and must X and Y be shuffled by the same permutation or each by its own?",
            'const perm = new RandomState(seed).permutation(m); gather both X and Y with tf.tensor1d(perm, "int32") along axis 1, then slice [0, k·size] of width size for k < ⌊m/size⌋, and when m % size ≠ 0 one last slice from ⌊m/size⌋·size to m.',
          ],
        },
        {
          name: "initializeVelocity",
          notebook: "initialize_velocity",
          module: "initialize-velocity.ts",
          hints: [
            "What shape must the velocity of W1 have so that W1 − α·v is defined, and under which key does the model look for it?",
            'For l = 1 … L: v["dW" + l] = tf.zerosLike(parameters["W" + l]) and v["db" + l] = tf.zerosLike(parameters["b" + l]).',
          ],
        },
        {
          name: "updateParametersWithMomentum",
          notebook: "update_parameters_with_momentum",
          module: "update-parameters-with-momentum.ts",
          hints: [
            "Which of β and 1 − β weighs the old velocity, and does the step use the velocity before or after this update?",
            'For each name in "W" + l, "b" + l: vNew = v["d" + name].mul(beta).add(grads["d" + name].mul(1 - beta)); new parameter = parameters[name].sub(vNew.mul(learningRate)); return { parameters, v } built from these, inside tf.tidy.',
          ],
        },
        {
          name: "initializeAdam",
          notebook: "initialize_adam",
          module: "initialize-adam.ts",
          hints: [
            "Adam keeps two averages per parameter: what are they averages of, and what is each worth before the first step?",
            'For l = 1 … L and each name of "W" + l, "b" + l: v["d" + name] = tf.zerosLike(parameters[name]) and s["d" + name] = tf.zerosLike(parameters[name]); return { v, s }.',
          ],
        },
        {
          name: "updateParametersWithAdam",
          notebook: "update_parameters_with_adam",
          module: "update-parameters-with-adam.ts",
          hints: [
            "Why does v start too small on the first steps, and which power of β1 undoes it at step t? Where does ε go so that a zero gradient does not give 0 / 0?",
            'Per parameter name with g = grads["d" + name]: v = β1·v + (1 − β1)·g; s = β2·s + (1 − β2)·g.square(); vCorrected = v.div(1 − β1 ** t); sCorrected = s.div(1 − β2 ** t); θ = θ − α·vCorrected.div(sCorrected.sqrt().add(epsilon)).',
          ],
        },
        {
          name: "updateLr",
          notebook: "update_lr",
          module: "update-lr.ts",
          hints: [
            "At epoch 0 the rate must be α0: what denominator makes that so and grows by decayRate each epoch?",
            "Divide learningRate0 by 1 + decayRate · epochNum (a number, no tensors needed).",
          ],
        },
        {
          name: "scheduleLrDecay",
          notebook: "schedule_lr_decay",
          module: "schedule-lr-decay.ts",
          hints: [
            "Within one interval of timeInterval epochs the rate must not change: what integer counts the intervals already passed?",
            "Divide learningRate0 by 1 + decayRate · Math.floor(epochNum / timeInterval).",
          ],
        },
        {
          name: "exponentiallyWeightedAverages",
          notebook: "(lecture: exponentially weighted averages)",
          module: "exponentially-weighted-averages.ts",
          hints: [
            "What is v before the first value, and is the bias correction applied to the running v or only to what you report?",
            "Keep a running v = 0; for the value θ at index i set v = β·v + (1 − β)·θ and push biasCorrection ? v / (1 − β ** (i + 1)) : v, without changing v itself.",
          ],
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
          hints: [
            "Which data set may μ and σ² come from, if the test set is to be treated exactly like the training set?",
            "mu = XTrain.mean(1, true), sigma2 = XTrain.sub(mu).square().mean(1, true); then XTrain and XTest both become X.sub(mu).div(sigma2.add(1e-8).sqrt()).",
          ],
        },
        {
          name: "batchnormForward",
          notebook: "(lecture: batch norm)",
          module: "batchnorm-forward.ts",
          hints: [
            "In train mode, over which axis do you average to get one μ and one σ² per unit, and which statistics does inference use instead?",
            "train: mu = Z.mean(1, true), sigma2 = Z.sub(mu).square().mean(1, true) (1/m), ZNorm = Z.sub(mu).div(sigma2.add(epsilon).sqrt()), out = ZNorm.mul(gamma).add(beta), runningMean = runningMean·momentum + mu·(1 − momentum); inference: the same ZNorm with state.runningMean and state.runningVar in place of mu and sigma2, which come back unchanged.",
          ],
        },
        {
          name: "batchnormBackward",
          notebook: "(lecture: batch norm)",
          module: "batchnorm-backward.ts",
          hints: [
            "μ and σ² are computed from every example of the batch: when one z moves, what else moves with it?",
            "dgamma = dOut.mul(ZNorm).sum(1, true), dbeta = dOut.sum(1, true); with dZNorm = dOut.mul(gamma): dZ = (m·dZNorm − dZNorm.sum(1, true) − ZNorm·(dZNorm·ZNorm).sum(1, true)) / (m·sqrt(sigma2 + epsilon)).",
          ],
        },
        {
          name: "softmax",
          notebook: "(lecture: softmax regression)",
          module: "softmax.ts",
          hints: [
            "Along which axis are the classes of one example, and what does subtracting a constant from a column change in e^z / Σ e^z?",
            "const t = Z.sub(Z.max(0, true)).exp(); return t.div(t.sum(0, true)); inside tf.tidy.",
          ],
        },
        {
          name: "softmaxCrossEntropy",
          notebook: "(lecture: training a softmax classifier)",
          module: "softmax-cross-entropy.ts",
          hints: [
            "What is log(e^z / Σ e^z) written without a division, and why is that safer than taking the log of the softmax?",
            "shifted = ZL.sub(ZL.max(0, true)); logProbs = shifted.sub(shifted.exp().sum(0, true).log()); cost = −Y.mul(logProbs).sum() / m, read with dataSync()[0].",
          ],
        },
        {
          name: "softmaxCrossEntropyBackward",
          notebook: "(lecture: training a softmax classifier)",
          module: "softmax-cross-entropy-backward.ts",
          hints: [
            "Logistic regression's dz is a − y: what are a and y for a softmax layer, and which 1/m does the cost add?",
            "return tf.tidy(() => softmax(ZL).sub(Y).div(m)) with m = ZL.shape[1] and softmax imported from ./softmax.ts.",
          ],
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
          hints: [
            "The order of the draws decides the numbers: which of X, W and b does the notebook draw first, and from how many generators?",
            "const rng = new RandomState(1); X = randnTensor(rng, [3, 1]), then W = randnTensor(rng, [4, 3]), then b = randnTensor(rng, [4, 1]); return tf.add(tf.matMul(W, X), b), inside tf.tidy.",
          ],
        },
        {
          name: "sigmoid",
          notebook: "sigmoid",
          module: "sigmoid.ts",
          hints: [
            "What does tf.sigmoid do with an int32 tensor? And with a plain number?",
            'return tf.tidy(() => tf.sigmoid(tf.cast(z, "float32"))): tf.cast takes numbers too.',
          ],
        },
        {
          name: "oneHotMatrix",
          notebook: "one_hot_matrix",
          module: "one-hot-matrix.ts",
          hints: [
            "What shape does tf.oneHot give for a label k and for a label [k], and what dtype?",
            'tf.reshape(tf.oneHot(label, C), [C]).cast("float32"): the reshape turns (1, C) into (C,). Do not pass a dtype to tf.oneHot on the wasm backend.',
          ],
        },
        {
          name: "initializeParameters",
          notebook: "initialize_parameters",
          module: "initialize-parameters.ts",
          hints: [
            "Call one seeded tfjs initializer twice: do you get different numbers? And what does a Glorot normal's σ depend on?",
            "For the k-th of W1, b1, W2, b2, W3, b3: tf.variable(tf.initializers.glorotNormal({ seed: seed + k }).apply(shape)), with W_l [n_l, n_{l−1}] and b_l [n_l, 1].",
          ],
        },
        {
          name: "forwardPropagation",
          notebook: "forward_propagation",
          module: "forward-propagation.ts",
          hints: [
            "Which layers get a relu, and why does the last one get none, not even a softmax?",
            "Z1 = tf.add(tf.matMul(W1, X), b1), A1 = tf.relu(Z1); the same for layer 2; return tf.add(tf.matMul(W3, A2), b3).",
          ],
        },
        {
          name: "computeTotalLoss",
          notebook: "compute_total_loss",
          module: "compute-total-loss.ts",
          hints: [
            "Over which axis does tf.losses.softmaxCrossEntropy take the softmax, and does its default reduction sum or average the examples?",
            "tf.losses.softmaxCrossEntropy(tf.transpose(labels), tf.transpose(logits), undefined, undefined, tf.Reduction.SUM).",
          ],
        },
        {
          name: "model",
          notebook: "model",
          module: "model.ts",
          hints: [
            "Which one call records the forward pass, takes the gradients with respect to your variables and applies Adam's step, as the GradientTape and apply_gradients do? And what do you divide the epoch's summed loss by?",
            "Each epoch: permutation = rng.permutation(m); for each slice idx of minibatchSize indices, loss = optimizer.minimize(() => computeTotalLoss(forwardPropagation(tf.gather(XTrain, idx, 1), parameters), tf.gather(YTrain, idx, 1)), true, Object.values(parameters)); add loss.dataSync()[0] and dispose it; cost = sum / m, recorded when epoch % 10 === 0.",
          ],
        },
      ],
    },
  ],
});
