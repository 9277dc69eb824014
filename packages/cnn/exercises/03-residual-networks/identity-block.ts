import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { type BlockInput, type InitializerFactory, randomUniform } from "../../src/resnet.ts";

/**
 * ResNet's identity block: three convolutions (1×1, f×f 'same', 1×1) each followed by batch
 * norm, ReLU after the first two, then the input added back (the skip connection) and a ReLU.
 * Input and output have the same shape, so F3 must equal the input's channels.
 *
 * @param X the input, [m, n_H, n_W, n_C] (symbolic or real)
 * @param f the middle convolution's window size
 * @param filters [F1, F2, F3], the three convolutions' filter counts
 * @param training batch norm's mode (true: the batch's statistics; false: the moving averages)
 * @param initializer makes each convolution's kernel initializer, called with seed 0
 * @returns the block's output, [m, n_H, n_W, n_C]
 */
export function identityBlock(
  X: BlockInput,
  f: number,
  filters: [number, number, number],
  training = true,
  initializer: InitializerFactory = randomUniform,
): BlockInput {
  // TODO: main path: Conv2D(F1, 1×1, "valid") → BatchNorm(axis 3, training) → ReLU → Conv2D(F2,
  // f×f, "same") → BatchNorm → ReLU → Conv2D(F3, 1×1, "valid") → BatchNorm; then Add the input X
  // back and a final ReLU. Every conv: strides 1, kernelInitializer initializer(0); apply layers
  // with layer.apply(x), batch norm with { training }.
  throw new NotImplemented("identityBlock");
}
