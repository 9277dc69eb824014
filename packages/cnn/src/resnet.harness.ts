/**
 * Builds a model around a block (a function from a tensor to a tensor), so a block can be
 * compared layer by layer and, with the reference's weights loaded, output by output, with
 * the grader's `model` checks and in public tests.
 */
import * as tf from "@tensorflow/tfjs";
import type { BlockInput } from "./resnet.ts";

export function blockModel(
  block: (X: BlockInput, ...args: never[]) => BlockInput,
  inputShape: [number, number, number],
  ...args: unknown[]
): tf.LayersModel {
  const input = tf.input({ shape: inputShape });
  const output = block(input, ...(args as never[])) as tf.SymbolicTensor;
  return tf.model({ inputs: input, outputs: output });
}
