import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import type { BoneRuler, Pipeline } from "../../src/end-to-end-data.ts";
import { trainEndToEnd } from "./train-end-to-end.ts";

/**
 * The pipeline: stage 1, the hand-designed ruler, measures the bone lengths of every image
 * (lengths = ruler.W·X + ruler.b) and is not trained; stage 2, a logistic classifier, learns
 * the label from the lengths alone, with the same learner as trainEndToEnd.
 *
 * @param X images as columns, [nX, m]
 * @param Y labels 0/1, [1, m]
 * @param ruler the hand-designed component: W [2, nX], b [2, 1]
 * @param learningRate step size α of stage 2
 * @param numIterations gradient descent steps of stage 2
 * @returns pipeline: the ruler as given and the trained classifier (W [1, 2], b [1, 1]);
 *   costs: stage 2's cost at steps 0, 100, 200, …
 */
export function trainPipeline(
  X: tf.Tensor,
  Y: tf.Tensor,
  ruler: BoneRuler,
  learningRate = 0.1,
  numIterations = 500,
): { pipeline: Pipeline; costs: number[] } {
  // TODO: lengths = ruler.W·X + ruler.b (stage 1, not trained); stage 2 = your trainEndToEnd on (lengths, Y).
  throw new NotImplemented("trainPipeline");
}
