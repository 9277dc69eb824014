/**
 * Course 5, Sequence Models: the assignments written so far, their graded functions in
 * notebook order, and the hints `pnpm hint` shows. (See README.md for the assignments still
 * to come.)
 */
import { defineCourse } from "@dlc/student-kit/course";

export default defineCourse({
  slug: "sequence-models",
  title: "Sequence Models",
  assignments: [
    {
      slug: "01-rnn-step-by-step",
      title: "Building your Recurrent Neural Network, Step by Step",
      functions: [
        {
          name: "rnnCellForward",
          notebook: "rnn_cell_forward",
          module: "rnn-cell-forward.ts",
          hints: [
            "a_next = tanh(Waa·a_prev + Wax·xt + ba): two tf.matMul, the bias [n_a, 1] broadcasts over the m columns.",
            "yt_pred = softmax(Wya·a_next + by) with the given softmax of src/rnn-utils.ts (it works on columns). The cache is { aNext, aPrev, xt, parameters }.",
          ],
        },
        {
          name: "rnnForward",
          notebook: "rnn_forward",
          module: "rnn-forward.ts",
          hints: [
            "x[:, :, t] is x.slice([0, 0, t], [n_x, m, 1]).reshape([n_x, m]); start from aNext = a0.",
            "Each step: rnnCellForward(xs[t], aNext, parameters), then aNext = its aNext, so the next step starts where this one ended.",
            "Collect the steps' aNext and ytPred and tf.stack(list, 2) them into [n_a, m, T_x] and [n_y, m, T_x]; caches is [the list of step caches, x].",
          ],
        },
        {
          name: "lstmCellForward",
          notebook: "lstm_cell_forward",
          module: "lstm-cell-forward.ts",
          hints: [
            "concat = tf.concat([aPrev, xt], 0): a_prev on top, [n_a + n_x, m]. Every gate is W·concat + b.",
            "Γf, Γi, Γo use sigmoid; the candidate c̃ uses tanh. c_next = Γf ⊙ c_prev + Γi ⊙ c̃; a_next = Γo ⊙ tanh(c_next).",
            "yt_pred = softmax(Wy·a_next + by); the cache is { aNext, cNext, aPrev, cPrev, ft, it, cct, ot, xt, parameters }.",
          ],
        },
        {
          name: "lstmForward",
          notebook: "lstm_forward",
          module: "lstm-forward.ts",
          hints: [
            "As rnnForward, carrying two states: aNext starts at a0, cNext at tf.zerosLike(a0).",
            "Stack every step's aNext, cNext and ytPred along axis 2; caches is [the list of step caches, x].",
          ],
        },
        {
          name: "rnnCellBackward",
          notebook: "rnn_cell_backward",
          module: "rnn-cell-backward.ts",
          hints: [
            "tanh′(z) = 1 − tanh(z)², and tanh(z) is a_next, already in the cache: dtanh = (1 − a_next²) ⊙ da_next.",
            "dxt = Waxᵀ·dtanh, daPrev = Waaᵀ·dtanh (tf.matMul(W, dtanh, true)); dWax = dtanh·xtᵀ, dWaa = dtanh·a_prevᵀ (tf.matMul(dtanh, v, false, true)).",
            "dba sums dtanh over the examples: tf.sum(dtanh, 1, true), [n_a, 1]. No 1/m here.",
          ],
        },
        {
          name: "rnnBackward",
          notebook: "rnn_backward",
          module: "rnn-backward.ts",
          hints: [
            "Walk t from T_x − 1 down to 0. Step t's hidden state got two gradients: da[:, :, t] and the daPrev of step t + 1 (zeros for the last step).",
            "rnnCellBackward(da_t + daPrevt, caches[0][t]); keep its daPrev for the next (earlier) step and its dxt as dx[:, :, t].",
            "The weights serve every step: add up dWax, dWaa and dba over t. da0 is the daPrev left after step 0.",
          ],
        },
        {
          name: "lstmCellBackward",
          notebook: "lstm_cell_backward",
          module: "lstm-cell-backward.ts",
          hints: [
            "The memory gets dc = dc_next + Γo ⊙ (1 − tanh(c_next)²) ⊙ da_next: directly, and through a_next.",
            "Pre-activation gradients: dΓo = da_next ⊙ tanh(c_next) ⊙ Γo(1 − Γo); dc̃ = dc ⊙ Γi ⊙ (1 − c̃²); dΓi = dc ⊙ c̃ ⊙ Γi(1 − Γi); dΓf = dc ⊙ c_prev ⊙ Γf(1 − Γf). dc_prev = dc ⊙ Γf.",
            "dW = d(gate)·concatᵀ and db = row sums; Σ Wᵀ·d(gate) over the four gates is the gradient of concat = [a_prev; xt]: its first n_a rows are daPrev, the rest dxt.",
          ],
        },
        {
          name: "lstmBackward",
          notebook: "lstm_backward",
          module: "lstm-backward.ts",
          hints: [
            "T_x is da.shape[2]. Walk t backwards carrying two gradients: daPrevt and dcPrevt, both zeros after the last step.",
            "lstmCellBackward(da_t + daPrevt, dcPrevt, caches[0][t]); keep its daPrev and dcPrev, store dxt as dx[:, :, t].",
            "Add every gate's dW and db over the steps; da0 is the daPrev left after step 0.",
          ],
        },
      ],
    },
    {
      slug: "02-dinosaur-island",
      title: "Dinosaur Island: a Character-Level Language Model",
      functions: [
        {
          name: "clip",
          notebook: "clip",
          module: "clip.ts",
          hints: [
            "Each of the five gradients is a Matrix (rows of numbers): g.map((row) => row.map((v) => …)) builds a clipped copy.",
            "numpy's np.clip(v, −maxValue, maxValue) is Math.min(Math.max(v, −maxValue), maxValue). Return a new object; leave the one given as it was.",
          ],
        },
        {
          name: "sample",
          notebook: "sample",
          module: "sample.ts",
          hints: [
            "Start from x = zeros(vocabSize, 1) and aPrev = zeros(n_a, 1); each step a = map(add(dot(Wax, x), dot(Waa, aPrev), b), Math.tanh) and y = softmax(add(dot(Wya, a), by)).",
            "Draw exactly as the notebook: rng.seed(counter + seed), then idx = rng.choice(vocabSize, y.map((row) => row[0])). Then seed += 1 and counter += 1, so the seeds go 0, 2, 4, … from seed 0.",
            "The next input is the one-hot of idx (a fresh zeros(vocabSize, 1) with x[idx][0] = 1), the next aPrev is a. Stop when idx is charToIx['\\n'] or counter is 50; in the second case push the newline yourself.",
          ],
        },
        {
          name: "optimize",
          notebook: "optimize",
          module: "optimize.ts",
          hints: [
            "Four calls: rnnForward(X, Y, aPrev, parameters) gives { loss, cache }; rnnBackward(X, Y, parameters, cache) gives { gradients, a }; clip(gradients, 5); updateParameters(parameters, clipped, learningRate).",
            "Return the clipped gradients, and as aPrev the last hidden state a[X.length − 1]: the next name starts from it.",
          ],
        },
        {
          name: "model",
          notebook: "model",
          module: "model.ts",
          hints: [
            "Before the loop: parameters = initializeParameters(nA, vocabSize, vocabSize), loss = getInitialLoss(vocabSize, dinoNames), examples = the names trimmed, new RandomState(0).shuffle(examples), aPrev = zeros(nA, 1), lastDinoName = 'abc'.",
            "Step j uses examples[j % examples.length]: X = [null, ...its characters' indices], Y = [...X.slice(1), charToIx['\\n']]. optimize(X, Y, aPrev, parameters, 0.01); keep its aPrev for the next step and smooth the loss.",
            "When j % 2000 === 0, sample dinoNames names with seeds 0, 1, 2, … and keep the last one as getSample(indices, ixToChar).",
          ],
        },
      ],
    },
    {
      slug: "03-jazz-improvisation",
      title: "Improvise a Jazz Solo with an LSTM Network",
      functions: [
        {
          name: "djmodel",
          notebook: "djmodel",
          module: "djmodel.ts",
          hints: [
            "n_values = densor.getConfig().units and n_a = lstmCell.getConfig().units. Inputs: X = tf.input({ shape: [Tx, n_values] }), a0 and c0 = tf.input({ shape: [n_a] }).",
            "Each step: x = reshaper.apply(new TimeStep({ t }).apply(X)) gives [m, 1, n_values]; [, a, c] = lstmCell.apply([x, a, c]) (the states go after the input in one array); outputs.push(densor.apply(a)).",
            "Use the layers you are given at every step (that is what shares their weights); tf.model({ inputs: [X, a0, c0], outputs }).",
          ],
        },
        {
          name: "musicInferenceModel",
          notebook: "music_inference_model",
          module: "music-inference-model.ts",
          hints: [
            "Inputs: x0 = tf.input({ shape: [1, n_values] }), a0 and c0 [n_a]. Each of the Ty steps: [, a, c] = lstmCell.apply([x, a, c]); out = densor.apply(a); outputs.push(out).",
            "The next x is the one-hot of out's argmax, as a sequence of one: tf.layers.repeatVector({ n: 1 }).apply(new OneHotArgmax({}).apply(out)).",
          ],
        },
        {
          name: "predictAndSample",
          notebook: "predict_and_sample",
          module: "predict-and-sample.ts",
          hints: [
            "inferenceModel.predict([xInitializer, aInitializer, cInitializer]) gives Ty tensors [1, n_values]; tf.concat them on axis 0 to [Ty, n_values].",
            "indices = tf.argMax(…, -1).reshape([-1, 1]) (int32); results = tf.oneHot(indices.reshape([-1]), n_values).cast('float32'). Wrap it in tf.tidy.",
          ],
        },
      ],
    },
    {
      slug: "04-word-vectors",
      title: "Operations on Word Vectors",
      functions: [
        {
          name: "cosineSimilarity",
          notebook: "cosine_similarity",
          module: "cosine-similarity.ts",
          hints: [
            "u·v is the sum of u[i]·v[i]; ‖u‖ is the square root of u·u (Math.sqrt or Math.hypot(...u)).",
            "The notebook's two special cases first: equal vectors give 1, and a zero norm (‖u‖·‖v‖ = 0) gives 0 instead of NaN.",
          ],
        },
        {
          name: "completeAnalogy",
          notebook: "complete_analogy",
          module: "complete-analogy.ts",
          hints: [
            "Lower-case the three words, look up e_a, e_b, e_c, and compute e_b − e_a once.",
            "Loop over Object.entries(wordToVecMap); skip a, b and c themselves (a Set of the three), score cosineSimilarity(e_b − e_a, e_w − e_c).",
            "Keep the best score (start below −1) and its word; return the word.",
          ],
        },
        {
          name: "neutralize",
          notebook: "neutralize",
          module: "neutralize.ts",
          hints: [
            "The projection of e on g is (e·g / ‖g‖²) · g: divide by the squared norm, g is not of length 1.",
            "Return e minus that projection: what is left has e·g = 0.",
          ],
        },
        {
          name: "equalize",
          notebook: "equalize",
          module: "equalize.ts",
          hints: [
            "Write a projection helper p(x) = (x·g / ‖g‖²) g; μ = (e_w1 + e_w2)/2, μ_B = p(μ), μ⊥ = μ − μ_B, e_w1B = p(e_w1), e_w2B = p(e_w2).",
            "corrected_e_w1B = √|1 − ‖μ⊥‖²| · (e_w1B − μ_B) / ‖(e_w1 − μ⊥) − μ_B‖, and the same for w2 (mind the absolute value).",
            "e1 = corrected_e_w1B + μ⊥, e2 = corrected_e_w2B + μ⊥; return { e1, e2 }.",
          ],
        },
      ],
    },
    {
      slug: "05-emojify",
      title: "Emojify!",
      functions: [
        {
          name: "sentenceToAvg",
          notebook: "sentence_to_avg",
          module: "sentence-to-avg.ts",
          hints: [
            "sentence.toLowerCase().split(/\\s+/) gives the words; keep those with Object.hasOwn(wordToVecMap, w) (`in` also finds 'constructor').",
            "Sum the known words' vectors element by element and divide by how many there were; with none, return zeros of the vectors' length.",
          ],
        },
        {
          name: "model",
          notebook: "model",
          module: "model.ts",
          hints: [
            "W = RandomState(seed).randn(n_y, n_h) reshaped to [n_y][n_h], each entry / √n_h; b = n_y zeros.",
            "For every pass, for every sentence i in order: avg = sentenceToAvg; z = W·avg + b; a = softmax(z) (given); dz = a − one-hot(Y[i]).",
            "W[k][j] −= learningRate · dz[k] · avg[j]; b[k] −= learningRate · dz[k]. At the end pred = predict(the averages of X, W, b) (given).",
          ],
        },
        {
          name: "sentencesToIndices",
          notebook: "sentences_to_indices",
          module: "sentences-to-indices.ts",
          hints: [
            "Start from m·maxLen zeros (a Float32Array); for sentence i, lower-case and split on whitespace.",
            "Keep a position j for the row: write wordToIndex[w] at [i, j] and advance j only for words in wordToIndex.",
            "Return tf.tensor2d(values, [m, maxLen]).",
          ],
        },
        {
          name: "pretrainedEmbeddingLayer",
          notebook: "pretrained_embedding_layer",
          module: "pretrained-embedding-layer.ts",
          hints: [
            "vocabLen = the number of words in wordToIndex + 1 (index 0 is padding); embDim = the length of any vector.",
            "Fill a Float32Array of vocabLen·embDim: the vector of word w goes at row wordToIndex[w] (matrix.set(vector, index · embDim)).",
            "tf.layers.embedding({ inputDim: vocabLen, outputDim: embDim, trainable: false, weights: [tf.tensor2d(matrix, [vocabLen, embDim])] }).",
          ],
        },
        {
          name: "emojifyV2",
          notebook: "Emojify_V2",
          module: "emojify-v2.ts",
          hints: [
            "const sentenceIndices = tf.input({ shape: inputShape }); then your pretrainedEmbeddingLayer(...).apply(sentenceIndices).",
            "tf.layers.lstm({ units, returnSequences: true }) so the second LSTM gets every step, tf.layers.dropout({ rate: 0.5 }), tf.layers.lstm({ units }), dropout again.",
            'tf.layers.dense({ units: 5 }), then tf.layers.activation({ activation: "softmax" }); tf.model({ inputs, outputs }).',
          ],
        },
      ],
    },
    {
      slug: "06-neural-machine-translation",
      title: "Neural Machine Translation with Attention",
      functions: [
        {
          name: "oneStepAttention",
          notebook: "one_step_attention",
          module: "one-step-attention.ts",
          hints: [
            "Use the shared layers you are given, in order: repeator(sPrev) [m, Tx, n_s]; concatenator([a, that]) [m, Tx, 2n_a + n_s]; densor1 then densor2 give the energies [m, Tx, 1].",
            "activator(energies) is the softmax over time (axis 1): the alphas [m, Tx, 1] sum to 1 over the Tx steps. tfjs's own softmax layer works on another axis.",
            "The context is dotor.apply([alphas, a]): Σ_t alphas⟨t⟩ · a⟨t⟩, [m, 1, 2n_a]. Every call is layer.apply(symbolic tensor).",
          ],
        },
        {
          name: "modelf",
          notebook: "modelf",
          module: "modelf.ts",
          hints: [
            "Create every shared layer ONCE, before the loop: attentionLayers(Tx), an LSTM({ units: nS, returnState: true }) and a Dense({ units: machineVocabSize, activation: 'softmax' }).",
            "Inputs X [Tx, humanVocabSize], s0 and c0 [nS]; a = Bidirectional(LSTM({ units: nA, returnSequences: true })) on X, [m, Tx, 2n_a].",
            "Ty times: context = oneStepAttention(a, s, layers); [s, , c] = lstm.apply([context, s, c]) (tfjs takes the initial states after the input in one array); push dense.apply(s). tf.model({ inputs: [X, s0, c0], outputs }).",
          ],
        },
      ],
    },
    {
      slug: "07-trigger-word-detection",
      title: "Trigger Word Detection",
      functions: [
        {
          name: "isOverlapping",
          notebook: "is_overlapping",
          module: "is-overlapping.ts",
          hints: [
            "Segments are [start, end] with both ends inclusive: segments that share one millisecond overlap.",
            "Two segments overlap when segment_start <= previous_end and segment_end >= previous_start; loop over previousSegments.",
          ],
        },
        {
          name: "insertAudioClip",
          notebook: "insert_audio_clip",
          module: "insert-audio-clip.ts",
          hints: [
            "const random = toRandomState(rng); draw segments with getRandomTimeSegment(audioClip.ms, random) from src/trigger-audio.ts.",
            "retry = 5; while (isOverlapping(...) && retry >= 0) draw again and retry -= 1. If the last draw is free, overlay(background, audioClip, start) and append the segment to a copy of previousSegments.",
            "If every draw overlaps: return the background unchanged, segmentTime [10000, 10000] and previousSegments as they were.",
          ],
        },
        {
          name: "insertOnes",
          notebook: "insert_ones",
          module: "insert-ones.ts",
          hints: [
            "Ty = y.shape[1]; segment_end_y = Math.floor(segmentEndMs * Ty / 10000).",
            "Copy y.dataSync(), set indices segment_end_y + 1 … segment_end_y + 50 that are < Ty to 1, and build a new [1, Ty] tensor.",
          ],
        },
        {
          name: "createTrainingExample",
          notebook: "create_training_example",
          module: "create-training-example.ts",
          hints: [
            "One random state for everything: background = gain(background, -20), y = zeros [1, Ty], previousSegments = [].",
            "numberOfActivates = randint(0, 5), then one randint(0, activates.length) per activate; insert each with insertAudioClip(…, random) and label its end with insertOnes.",
            "Then randint(0, 3) negatives chosen the same way, inserted without labels; x = matchTargetAmplitude(sound, -20).spec.",
          ],
        },
        {
          name: "modelf",
          notebook: "modelf",
          module: "modelf.ts",
          hints: [
            "tf.input({ shape: inputShape }), then conv1d({ filters, kernelSize: 15, strides: 4 }), batchNormalization(), activation relu, dropout({ rate: 0.8 }).",
            "gru({ units, returnSequences: true }) twice, each followed by dropout and batch norm as in the notebook; a last dropout.",
            'tf.layers.timeDistributed({ layer: tf.layers.dense({ units: 1, activation: "sigmoid" }) }) gives one probability per output step.',
          ],
        },
      ],
    },
    {
      slug: "08-transformer",
      title: "Transformers Architecture with TensorFlow",
      functions: [
        {
          name: "getAngles",
          notebook: "get_angles",
          module: "get-angles.ts",
          hints: [
            "i = 2·⌊k/2⌋: tf.floor(k.div(2)).mul(2), so columns 2i and 2i + 1 share one frequency.",
            "pos.div(tf.pow(10000, i.div(d))): [N, 1] against [1, M] broadcasts to [N, M].",
          ],
        },
        {
          name: "positionalEncoding",
          notebook: "positional_encoding",
          module: "positional-encoding.ts",
          hints: [
            "angles = getAngles(tf.range(0, positions).expandDims(1), tf.range(0, d).expandDims(0), d), [positions, d].",
            "tfjs cannot assign to angles[:, 0::2]: compute tf.sin(angles) and tf.cos(angles) whole and pick per column with tf.where on a boolean [positions, d] mask of even columns.",
            "Return [1, positions, d] (expandDims(0)), float32. Position 0 must be [0, 1, 0, 1, …].",
          ],
        },
        {
          name: "scaledDotProductAttention",
          notebook: "scaled_dot_product_attention",
          module: "scaled-dot-product-attention.ts",
          hints: [
            "logits = tf.matMul(q, k, false, true) / √d_k, d_k = the last dimension of k.",
            "Mask convention: 1 = keep, 0 = masked. Add (1 − mask)·(−1e9) so masked keys get weight ~0 (tf.sub(1, mask)).",
            "tf.softmax works on the last axis (the keys): each query's weights sum to 1. output = tf.matMul(weights, v); return { output, attentionWeights }.",
          ],
        },
        {
          name: "EncoderLayer",
          notebook: "EncoderLayer",
          module: "encoder-layer.ts",
          hints: [
            "In the constructor, keep the notebook's names: this.mha = new MultiHeadAttention({ numHeads, keyDim: embeddingDim, dropout: dropoutRate }), this.ffn = fullyConnected(embeddingDim, fullyConnectedDim), this.layernorm1/2 = tf.layers.layerNormalization({ epsilon: layernormEps }), this.dropoutFfn = tf.layers.dropout({ rate: dropoutRate }).",
            "The given MultiHeadAttention answers [output, attentionWeights]: const [attn] = this.mha.apply([x, x, x], { attentionMask: mask, training }) as tf.Tensor[].",
            "Add & norm twice: out1 = layernorm1(x + attn); out2 = layernorm2(out1 + dropoutFfn(ffn(out1), { training })).",
          ],
        },
        {
          name: "Encoder",
          notebook: "Encoder",
          module: "encoder.ts",
          hints: [
            "Constructor: this.embedding = tf.layers.embedding({ inputDim: inputVocabSize, outputDim: embeddingDim }); this.posEncoding = positionalEncoding(maximumPositionEncoding, embeddingDim); this.encLayers = numLayers new EncoderLayers (Array.from); this.dropout = tf.layers.dropout({ rate: dropoutRate }).",
            "call: x = embedding(tokens) · √embeddingDim, then add this.posEncoding.slice([0, 0, 0], [1, T, embeddingDim]) (T = tokens.shape[1]).",
            "Dropout with { training }, then x = layer.apply(x, { training, mask }) for every layer of this.encLayers in turn.",
          ],
        },
        {
          name: "DecoderLayer",
          notebook: "DecoderLayer",
          module: "decoder-layer.ts",
          hints: [
            "Constructor: two MultiHeadAttention layers this.mha1 and this.mha2 (key size embeddingDim), this.ffn = fullyConnected(…), this.layernorm1/2/3 and this.dropoutFfn.",
            "Block 1: [a1, w1] = mha1.apply([x, x, x], { attentionMask: lookAheadMask, training }); q1 = layernorm1(a1 + x). Block 2: queries q1, values and keys encOutput: mha2.apply([q1, encOutput, encOutput], { attentionMask: paddingMask, training }); out2 = layernorm2(a2 + q1).",
            "Block 3: out3 = layernorm3(dropoutFfn(ffn(out2), { training }) + out2). Return [out3, w1, w2].",
          ],
        },
        {
          name: "Decoder",
          notebook: "Decoder",
          module: "decoder.ts",
          hints: [
            "Like Encoder: this.embedding (targetVocabSize), this.posEncoding, this.decLayers (numLayers DecoderLayers), this.dropout.",
            "x = dropout(embedding(tokens) · √embeddingDim + posEncoding's first T positions), then for each layer: [x, w1, w2] = layer.apply([x, encOutput], { training, lookAheadMask, paddingMask }).",
            "Return [x, w1 of layer 1, w2 of layer 1, w1 of layer 2, …]: the notebook's dict decoder_layer{i}_block1_self_att / _block2_decenc_att as a list.",
          ],
        },
        {
          name: "Transformer",
          notebook: "Transformer",
          module: "transformer.ts",
          hints: [
            'Constructor: this.encoder = new Encoder(numLayers, embeddingDim, numHeads, fullyConnectedDim, inputVocabSize, maxPositionalEncodingInput, dropoutRate, layernormEps), this.decoder likewise with the target\'s sizes, this.finalLayer = tf.layers.dense({ units: targetVocabSize, activation: "softmax" }).',
            "encOutput = encoder.apply(input, { training, mask: encPaddingMask }); [decOutput, ...weights] = decoder.apply([target, encOutput], { training, lookAheadMask, paddingMask: decPaddingMask }).",
            "Return [finalLayer.apply(decOutput), ...weights].",
          ],
        },
      ],
    },
  ],
});
