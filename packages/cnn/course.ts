/**
 * Course 4, Convolutional Neural Networks: the assignments written so far, their graded
 * functions in notebook order, and the hints `pnpm hint` shows. (See README.md for the
 * assignments still to come.)
 */
import { defineCourse } from "@dlc/student-kit/course";

export default defineCourse({
  slug: "cnn",
  title: "Convolutional Neural Networks",
  assignments: [
    {
      slug: "01-conv-step-by-step",
      title: "Convolutional Model, Step by Step",
      functions: [
        {
          name: "zeroPad",
          notebook: "zero_pad",
          module: "zero-pad.ts",
          hints: [
            "Only the height and width axes (1 and 2) get zeros; the batch and channel axes keep their size.",
            "tf.pad(X, [[0, 0], [pad, pad], [pad, pad], [0, 0]]): one [before, after] pair per axis.",
          ],
        },
        {
          name: "convSingleStep",
          notebook: "conv_single_step",
          module: "conv-single-step.ts",
          hints: [
            "Element-wise product of the slice and the filter (same shape), then one sum over everything, then + b.",
            "tf.sum(tf.mul(aSlicePrev, W)).add(b.reshape([])), read with dataSync()[0]; dispose what you read.",
          ],
        },
        {
          name: "convForward",
          notebook: "conv_forward",
          module: "conv-forward.ts",
          hints: [
            "Output size: n_H = ⌊(n_H_prev − f + 2·pad) / stride⌋ + 1 (Math.floor). Pad once with zeroPad before the loops.",
            "The window for output (h, w) starts at (h·stride, w·stride) of the padded input and is f×f×n_C_prev: APrevPad.slice([i, h·stride, w·stride, 0], [1, f, f, n_C_prev]).",
            "Filter c is W[:, :, :, c] (tf.unstack(W, 3)[c]) and its bias b[:, :, :, c]; write each convSingleStep into a tf.buffer and return buffer.toTensor().",
          ],
        },
        {
          name: "poolForward",
          notebook: "pool_forward",
          module: "pool-forward.ts",
          hints: [
            "No padding here: n_H = ⌊(n_H_prev − f) / stride⌋ + 1, and n_C stays n_C_prev.",
            "Pooling works per channel: the window for (i, h, w, c) is f×f of channel c only, starting at (h·stride, w·stride).",
            "APrev.bufferSync().get(i, r, s, c) reads one value; collect the window, take Math.max(...window) or its mean.",
          ],
        },
        {
          name: "convBackward",
          notebook: "conv_backward",
          module: "conv-backward.ts",
          hints: [
            "Loop exactly as in convForward; at each (i, h, w, c) the one number g = dZ[i, h, w, c] flows back into the window that made it.",
            "dA_prev_pad[window] += W[..., c]·g; dW[..., c] += a_prev_pad[window]·g; db[c] += g. tf.buffer with get/set accumulates cheaply.",
            "At the end cut the padding off: dAPrevPad.slice([0, pad, pad, 0], APrev.shape). There is no 1/m in this layer.",
          ],
        },
        {
          name: "createMaskFromWindow",
          notebook: "create_mask_from_window",
          module: "create-mask-from-window.ts",
          hints: [
            "true where the entry equals the window's maximum, false elsewhere.",
            "tf.equal(x, tf.max(x)): when several entries tie for the maximum, all of them are true, as in numpy.",
          ],
        },
        {
          name: "distributeValue",
          notebook: "distribute_value",
          module: "distribute-value.ts",
          hints: [
            "Average pooling gave every entry of the window the weight 1/(n_H·n_W).",
            "tf.fill([nH, nW], dz / (nH * nW)).",
          ],
        },
        {
          name: "poolBackward",
          notebook: "pool_backward",
          module: "pool-backward.ts",
          hints: [
            "dAPrev starts as zeros shaped like APrev; each dA[i, h, w, c] goes back into the f×f window of channel c it came from.",
            "max: the mask of createMaskFromWindow(window of APrev) times dA[i, h, w, c]; average: distributeValue(dA[i, h, w, c], [f, f]).",
            "Windows overlap when stride < f: add (+=), don't assign.",
          ],
        },
      ],
    },
    {
      slug: "02-cnn-application",
      title: "Convolutional Neural Networks: Application",
      functions: [
        {
          name: "happyModel",
          notebook: "happyModel",
          module: "happy-model.ts",
          hints: [
            "A Sequential model is a list of layers, applied in order: tf.sequential({ layers: [...] }); only the first layer gets inputShape.",
            "ZeroPadding2D({ padding: 3, inputShape }) → Conv2D({ filters: 32, kernelSize: 7, strides: 1 }) → BatchNormalization({ axis: 3 }) → ReLU → MaxPooling2D({ poolSize: 2 }) → Flatten → Dense({ units: 1, activation: 'sigmoid' }).",
            "Batch norm's axis is the channel axis: 3 in [m, n_H, n_W, n_C]. tf.layers.reLU() is the layer; 'relu' as a conv's activation would merge two layers into one.",
          ],
        },
        {
          name: "convolutionalModel",
          notebook: "convolutional_model",
          module: "convolutional-model.ts",
          hints: [
            "Functional API: const x = tf.layers.conv2d({...}).apply(previous) as tf.SymbolicTensor, one layer at a time, starting from tf.input({ shape: inputShape }).",
            "Conv2D(8, 4, 'same') → ReLU → MaxPooling2D(pool 8, strides 8, 'same') → Conv2D(16, 2, 'same') → ReLU → MaxPooling2D(pool 4, strides 4, 'same') → Flatten → Dense(6, 'softmax').",
            "tf.model({ inputs, outputs }) ties the input to the last layer's output; at 64×64 the flattened size is 2·2·16 = 64.",
          ],
        },
      ],
    },
    {
      slug: "03-residual-networks",
      title: "Residual Networks",
      functions: [
        {
          name: "identityBlock",
          notebook: "identity_block",
          module: "identity-block.ts",
          hints: [
            "Keep X as the shortcut before you change it; layers are made then applied: tf.layers.conv2d({...}).apply(X).",
            "Conv2D(F1, 1, 'valid') → BN → ReLU → Conv2D(F2, f, 'same') → BN → ReLU → Conv2D(F3, 1, 'valid') → BN, every conv with kernelInitializer: initializer(0) and strides 1.",
            "Batch norm: tf.layers.batchNormalization({ axis: 3 }).apply(x, { training }). The end: tf.layers.add().apply([X, shortcut]) then tf.layers.activation({ activation: 'relu' }).",
          ],
        },
        {
          name: "convolutionalBlock",
          notebook: "convolutional_block",
          module: "convolutional-block.ts",
          hints: [
            "The main path is the identity block's, except the first 1×1 conv has strides s.",
            "The shortcut is not X any more: Conv2D(F3, 1, strides s, 'valid') then BN on X, so it meets the main path at the same size and channels.",
          ],
        },
        {
          name: "resNet50",
          notebook: "ResNet50",
          module: "res-net50.ts",
          hints: [
            "tf.input({ shape: inputShape }), then ZeroPadding2D(3), Conv2D(width, 7, strides 2, glorotUniform(0)), BN(axis 3), ReLU, MaxPool(3, strides 2).",
            "Stages: convolutionalBlock(X, 3, [w, w, 4w], s) then identity blocks (2, 3, 5, 2 of them) with w = width, 2·width, 4·width, 8·width and s = 1, 2, 2, 2.",
            "Then AveragePooling2D(2), Flatten, Dense(classes, softmax, glorotUniform(0)); tf.model({ inputs: input, outputs: X }). The notebook's network has 23,600,006 parameters.",
          ],
        },
      ],
    },
    {
      slug: "04-transfer-learning",
      title: "Transfer Learning with MobileNetV2",
      functions: [
        {
          name: "dataAugmenter",
          notebook: "data_augmenter",
          module: "data-augmenter.ts",
          hints: [
            'A tf.sequential() with two layers: randomFlip({ mode: "horizontal" }) then randomRotation({ factor: 0.2 }), from src/augmentation.ts.',
            'tfjs\'s Sequential needs the input shape on its first layer: randomFlip({ mode: "horizontal", inputShape: imageShape }).',
          ],
        },
        {
          name: "alpacaModel",
          notebook: "alpaca_model",
          module: "alpaca-model.ts",
          hints: [
            "Use the baseModel you are given (the grader passes its own; in the notebook it is loaded inside) and freeze it first (baseModel.trainable = false), then: tf.input → dataAugmentation.apply → tf.layers.rescaling({ scale: 1 / 127.5, offset: -1 }) → baseModel.apply(x, { training: false }).",
            "Then globalAveragePooling2d, dropout({ rate: 0.2 }) and dense({ units: 1 }) with no activation: one logit per image, the loss takes logits.",
          ],
        },
        {
          name: "fineTune",
          notebook: "fine-tuning cell",
          module: "fine-tune.ts",
          hints: [
            "baseOf(model) is the base; answer one flag per baseModel.layers entry: baseModel.layers.map((_, i) => i >= fineTuneAt). Layers before fineTuneAt stay frozen.",
            'loss: binaryCrossentropyFromLogits (src/logit-loss.ts), optimizer: tf.train.adam(0.1 * baseLearningRate), metrics: ["accuracy"]. applyFineTune(model, setup) then recompiles, as the notebook\'s cell does.',
          ],
        },
      ],
    },
    {
      slug: "05-car-detection",
      title: "Autonomous Driving - Car Detection",
      functions: [
        {
          name: "yoloFilterBoxes",
          notebook: "yolo_filter_boxes",
          module: "yolo-filter-boxes.ts",
          hints: [
            "boxScores = boxConfidence · boxClassProbs (broadcast over the last axis); each box keeps tf.argMax(boxScores, -1) as its class and tf.max(boxScores, -1) as its score.",
            "The mask is tf.greaterEqual(boxClassScores, threshold): a score exactly at the threshold stays.",
            "await tf.booleanMaskAsync(tensor, mask) for the scores, the boxes and the classes (tfjs has no synchronous boolean mask, so the function is async).",
          ],
        },
        {
          name: "iou",
          notebook: "iou",
          module: "iou.ts",
          hints: [
            "The intersection's corners: the larger of the two x1 and y1, the smaller of the two x2 and y2.",
            "Its width or height is negative when the boxes do not overlap: Math.max(width, 0) · Math.max(height, 0).",
            "union = area1 + area2 − intersection (the shared part was counted twice).",
          ],
        },
        {
          name: "yoloNonMaxSuppression",
          notebook: "yolo_non_max_suppression",
          module: "yolo-non-max-suppression.ts",
          hints: [
            "tf.image.nonMaxSuppression(boxes, scores, maxBoxes, iouThreshold) returns the indices of the boxes it keeps, best first.",
            "tf.gather(scores, indices), and the same for boxes and classes.",
          ],
        },
        {
          name: "yoloEval",
          notebook: "yolo_eval",
          module: "yolo-eval.ts",
          hints: [
            "const [boxXy, boxWh, boxConfidence, boxClassProbs] = yoloOutputs; then yoloBoxesToCorners(boxXy, boxWh).",
            "await yoloFilterBoxes(...) with scoreThreshold, then scaleBoxes(boxes, imageShape) so the boxes are in pixels before non-max suppression.",
            "Last, yoloNonMaxSuppression(scores, boxes, classes, maxBoxes, iouThreshold).",
          ],
        },
      ],
    },
    {
      slug: "06-image-segmentation",
      title: "Image Segmentation with U-Net",
      functions: [
        {
          name: "convBlock",
          notebook: "conv_block",
          module: "conv-block.ts",
          hints: [
            "Two Conv2D(nFilters, 3, { padding: 'same', activation: 'relu', kernelInitializer: 'heNormal' }), each applied to the last output.",
            "Dropout only when dropoutProb > 0; the skip connection is the tensor before pooling; nextLayer is MaxPooling2D([2, 2]) of it, or the same tensor when maxPooling is false.",
          ],
        },
        {
          name: "upsamplingBlock",
          notebook: "upsampling_block",
          module: "upsampling-block.ts",
          hints: [
            "tf.layers.conv2dTranspose({ filters: nFilters, kernelSize: 3, strides: 2, padding: 'same' }) doubles the size of the expansive input.",
            "tf.layers.concatenate({ axis: 3 }).apply([up, contractiveInput]), then the two 3×3 'same' relu convolutions of convBlock.",
          ],
        },
        {
          name: "unetModel",
          notebook: "unet_model",
          module: "unet-model.ts",
          hints: [
            "Encoder: cblock1 = convBlock(inputs, n), cblock2 = convBlock(cblock1.nextLayer, 2n), … cblock4 with dropout 0.3, cblock5 = convBlock(cblock4.nextLayer, 16n, 0.3, false).",
            "Decoder: ublock6 = upsamplingBlock(cblock5.nextLayer, cblock4.skipConnection, 8n), then with cblock3, cblock2, cblock1 and 4n, 2n, n.",
            "End: Conv2D(n, 3, relu, 'same', 'heNormal') then Conv2D(nClasses, 1, 'same') (logits, no activation). The notebook's model has 8,640,471 parameters.",
          ],
        },
      ],
    },
    {
      slug: "07-face-recognition",
      title: "Face Recognition",
      functions: [
        {
          name: "tripletLoss",
          notebook: "triplet_loss",
          module: "triplet-loss.ts",
          hints: [
            "const [anchor, positive, negative] = yPred; each is [m, n]. ‖a − p‖² per example is tf.sum(tf.square(tf.sub(anchor, positive)), -1): one number per row.",
            "basic = posDist − negDist + alpha, then tf.maximum(basic, 0) clips each example on its own, and tf.sum adds them up (a sum, not a mean).",
          ],
        },
        {
          name: "verify",
          notebook: "verify",
          module: "verify.ts",
          hints: [
            "encoding = imgToEncoding(image, model) (from src/face-encoder.ts), a [32] tensor like database[identity].",
            "dist = tf.norm(tf.sub(encoding, database[identity])), read as a number with dataSync()[0]; the door opens when dist < 0.7.",
          ],
        },
        {
          name: "whoIsIt",
          notebook: "who_is_it",
          module: "who-is-it.ts",
          hints: [
            "Encode the picture once, then loop over Object.entries(database), keeping the smallest tf.norm(encoding − dbEnc) and its name (start minDist at 100).",
            "Return the nearest name even when it is far, as the notebook does; inDatabase = minDist <= 0.7.",
          ],
        },
      ],
    },
    {
      slug: "08-art-generation",
      title: "Art Generation with Neural Style Transfer",
      functions: [
        {
          name: "computeContentCost",
          notebook: "compute_content_cost",
          module: "compute-content-cost.ts",
          hints: [
            "Only the last output of each list is the content layer's: a_C = contentOutput[contentOutput.length − 1], and the same for a_G.",
            "n_H, n_W, n_C come from a_G.shape ([1, n_H, n_W, n_C]); J = tf.sum(tf.square(a_C − a_G)) / (4 · n_H · n_W · n_C).",
          ],
        },
        {
          name: "gramMatrix",
          notebook: "gram_matrix",
          module: "gram-matrix.ts",
          hints: [
            "A is [n_C, n_H·n_W]; the Gram matrix is [n_C, n_C]: which side does the transpose go on?",
            "tf.matMul(A, A, false, true) computes A·Aᵀ without building the transpose.",
          ],
        },
        {
          name: "computeLayerStyleCost",
          notebook: "compute_layer_style_cost",
          module: "compute-layer-style-cost.ts",
          hints: [
            "Unroll each activation to [n_C, n_H·n_W]: tf.reshape(a, [n_H * n_W, n_C]) then tf.transpose. A direct reshape to [n_C, n_H·n_W] mixes channels and positions.",
            "J = Σ (G_S − G_G)² / (4 · n_C² · (n_H·n_W)²), with G = gramMatrix of each unrolled activation.",
          ],
        },
        {
          name: "computeStyleCost",
          notebook: "compute_style_cost",
          module: "compute-style-cost.ts",
          hints: [
            "Both lists end with the content layer's activations: leave the last out (slice(0, −1)).",
            "Loop over styleLayers with their index i: J += weight · computeLayerStyleCost(a_S[i], a_G[i]); start from tf.scalar(0).",
          ],
        },
        {
          name: "totalCost",
          notebook: "total_cost",
          module: "total-cost.ts",
          hints: [
            "J = α · J_content + β · J_style: tf.add(tf.mul(alpha, JContent), tf.mul(beta, JStyle)).",
          ],
        },
        {
          name: "trainStep",
          notebook: "train_step",
          module: "train-step.ts",
          hints: [
            "optimizer.minimize(f, true, [generatedImage]) runs f, takes the gradient of what it returns with respect to the image, steps, and returns the cost (pass true to get it).",
            "Inside f: aG = encoder(generatedImage); J = totalCost(computeContentCost(aC, aG), computeStyleCost(aS, aG, styleLayers), 10, 40).",
            "After the step: generatedImage.assign(tf.clipByValue(generatedImage, 0, 1)); return the cost as a number (dataSync()[0]) and dispose the tensor.",
          ],
        },
      ],
    },
  ],
});
