import type * as tf from "@tensorflow/tfjs";
import { initializeWithZeros } from "./initialize-with-zeros.ts";
import { optimize } from "./optimize.ts";
import { predict } from "./predict.ts";

export interface LogisticModel {
  costs: number[];
  YPredictionTest: tf.Tensor;
  YPredictionTrain: tf.Tensor;
  w: tf.Tensor;
  b: number;
  learningRate: number;
  numIterations: number;
}

export function model(
  XTrain: tf.Tensor,
  YTrain: tf.Tensor,
  XTest: tf.Tensor,
  YTest: tf.Tensor,
  numIterations = 2000,
  learningRate = 0.5,
  printCost = false,
): LogisticModel {
  const { w, b } = initializeWithZeros(XTrain.shape[0]!);
  const { params, costs } = optimize(w, b, XTrain, YTrain, numIterations, learningRate, printCost);
  return {
    costs,
    YPredictionTest: predict(params.w, params.b, XTest),
    YPredictionTrain: predict(params.w, params.b, XTrain),
    w: params.w,
    b: params.b,
    learningRate,
    numIterations,
  };
}
