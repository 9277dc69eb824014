import type * as tf from "@tensorflow/tfjs";
import { propagate } from "./propagate.ts";

export function optimize(
  w: tf.Tensor,
  b: number,
  X: tf.Tensor,
  Y: tf.Tensor,
  numIterations = 100,
  learningRate = 0.009,
  printCost = false,
): { params: { w: tf.Tensor; b: number }; grads: { dw: tf.Tensor; db: number }; costs: number[] } {
  const costs: number[] = [];
  let grads = { dw: w, db: 0 };
  for (let i = 0; i < numIterations; i++) {
    const result = propagate(w, b, X, Y);
    grads = result.grads;
    w = w.sub(grads.dw.mul(learningRate));
    b = b - learningRate * grads.db;
    if (i % 100 === 0) {
      costs.push(result.cost);
      if (printCost) console.log(`Cost after iteration ${i}: ${result.cost}`);
    }
  }
  return { params: { w, b }, grads, costs };
}
