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
  const [F1, F2, F3] = filters;
  const XShortcut = X;
  const conv = (n: number, kernelSize: number, padding: "valid" | "same") =>
    tf.layers.conv2d({
      filters: n,
      kernelSize,
      strides: 1,
      padding,
      kernelInitializer: initializer(0),
    });
  const bn = (x: BlockInput) =>
    tf.layers.batchNormalization({ axis: 3 }).apply(x, { training }) as BlockInput;
  const relu = (x: BlockInput) =>
    tf.layers.activation({ activation: "relu" }).apply(x) as BlockInput;
  let Y = relu(bn(conv(F1, 1, "valid").apply(X) as BlockInput));
  Y = relu(bn(conv(F2, f, "same").apply(Y) as BlockInput));
  Y = bn(conv(F3, 1, "valid").apply(Y) as BlockInput);
  return relu(tf.layers.add().apply([Y, XShortcut] as tf.SymbolicTensor[]) as BlockInput);
}
