import { NotImplemented } from "@dlc/student-kit/check";
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
  // TODO: encoder: convBlock with n, 2n, 4n, 8n filters (the last with dropout 0.3), then 16n with
  // dropout 0.3 and no pooling; decoder: upsamplingBlock with 8n, 4n, 2n, n, each joined to the
  // encoder block of its size; then Conv2D(n, 3×3, relu, "same", "heNormal") and Conv2D(nClasses,
  // 1×1, "same"); tf.model({ inputs, outputs }).
  throw new NotImplemented("unetModel");
}
