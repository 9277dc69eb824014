import * as tf from "@tensorflow/tfjs";
import { convBlock } from "./conv-block.ts";
import { upsamplingBlock } from "./upsampling-block.ts";

type Layer = tf.SymbolicTensor;

/**
 * U-Net: four encoder blocks that halve the size and double the filters (the last two with
 * dropout 0.3), a bottleneck block without pooling, four decoder blocks that double the size
 * back and join the encoder's skip connections, a 3×3 convolution and a 1×1 convolution to
 * one logit per class and pixel.
 *
 * @param inputSize [n_H, n_W, 3] (multiples of 16)
 * @param nFilters the first block's filters (the notebook's 32)
 * @param nClasses classes per pixel (the notebook's 23)
 * @returns the model, [m, n_H, n_W, 3] → [m, n_H, n_W, nClasses] logits
 */
export function unetModel(
  inputSize: [number, number, number] = [96, 128, 3],
  nFilters = 32,
  nClasses = 23,
): tf.LayersModel {
  const inputs = tf.input({ shape: inputSize });
  const cblock1 = convBlock(inputs, nFilters);
  const cblock2 = convBlock(cblock1.nextLayer, nFilters * 2);
  const cblock3 = convBlock(cblock2.nextLayer, nFilters * 4);
  const cblock4 = convBlock(cblock3.nextLayer, nFilters * 8, 0.3);
  const cblock5 = convBlock(cblock4.nextLayer, nFilters * 16, 0.3, false);
  const ublock6 = upsamplingBlock(cblock5.nextLayer, cblock4.skipConnection, nFilters * 8);
  const ublock7 = upsamplingBlock(ublock6, cblock3.skipConnection, nFilters * 4);
  const ublock8 = upsamplingBlock(ublock7, cblock2.skipConnection, nFilters * 2);
  const ublock9 = upsamplingBlock(ublock8, cblock1.skipConnection, nFilters);
  const conv9 = tf.layers
    .conv2d({
      filters: nFilters,
      kernelSize: 3,
      activation: "relu",
      padding: "same",
      kernelInitializer: "heNormal",
    })
    .apply(ublock9) as Layer;
  const conv10 = tf.layers
    .conv2d({ filters: nClasses, kernelSize: 1, padding: "same" })
    .apply(conv9) as Layer;
  return tf.model({ inputs, outputs: conv10 });
}
