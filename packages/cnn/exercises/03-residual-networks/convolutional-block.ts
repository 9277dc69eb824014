import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { type BlockInput, glorotUniform, type InitializerFactory } from "../../src/resnet.ts";

/**
 * ResNet's convolutional block: the identity block's main path with stride s on its first
 * 1×1 convolution, and a shortcut that is itself a 1×1 convolution with stride s plus batch
 * norm, so the two paths meet at the new size and channel count.
 *
 * @param X the input, [m, n_H, n_W, n_C] (symbolic or real)
 * @param f the middle convolution's window size
 * @param filters [F1, F2, F3], the main path's filter counts (F3 also the shortcut's)
 * @param s the stride of the first convolution and of the shortcut
 * @param training batch norm's mode
 * @param initializer makes each convolution's kernel initializer, called with seed 0
 * @returns [m, ⌊(n_H − 1)/s⌋ + 1, ⌊(n_W − 1)/s⌋ + 1, F3]
 */
export function convolutionalBlock(
  X: BlockInput,
  f: number,
  filters: [number, number, number],
  s = 2,
  training = true,
  initializer: InitializerFactory = glorotUniform,
): BlockInput {
  // TODO: the identity block's main path with strides s on the first 1×1 conv; the shortcut is
  // Conv2D(F3, 1×1, strides s, "valid") → BatchNorm; Add the two paths, then ReLU.
  throw new NotImplemented("convolutionalBlock");
}
