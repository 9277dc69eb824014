import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { Pipeline } from "../../src/end-to-end-data.ts";

/**
 * The pipeline's prediction, stage after stage: lengths = ruler.W·X + ruler.b, then
 * ŷ = σ(classifier.W·lengths + classifier.b), and 1 where ŷ > 0.5.
 *
 * @param pipeline { ruler: W [2, nX], b [2, 1]; classifier: W [1, 2], b [1, 1] }
 * @param X images as columns, [nX, m]
 * @returns predictions 0/1 as float32, [1, m]
 */
export function predictPipeline(pipeline: Pipeline, X: tf.Tensor): tf.Tensor {
  // TODO: lengths = ruler.W·X + ruler.b, then σ(classifier.W·lengths + classifier.b) > 0.5, as float32.
  throw new NotImplemented("predictPipeline");
}
