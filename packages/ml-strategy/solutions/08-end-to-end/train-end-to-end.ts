import * as tf from "@tensorflow/tfjs";
import type { LogisticModel } from "../../src/end-to-end-data.ts";

/**
 * The end-to-end model: one logistic unit from the raw image to the label, ŷ = σ(W·x + b),
 * no hand-designed stage in between. Batch gradient descent on the cross-entropy from
 * W = 0, b = 0: dZ = ŷ − Y, dW = (1/m) dZ·Xᵀ, db = (1/m) Σ dZ.
 *
 * @param X inputs as columns, [n, m]
 * @param Y labels 0/1, [1, m]
 * @param learningRate step size α
 * @param numIterations gradient descent steps
 * @returns model: W [1, n], b [1, 1]; costs: the cross-entropy at steps 0, 100, 200, …
 *   (before each of those steps)
 */
export function trainEndToEnd(
  X: tf.Tensor,
  Y: tf.Tensor,
  learningRate = 0.1,
  numIterations = 500,
): { model: LogisticModel; costs: number[] } {
  const m = X.shape[1]!;
  let W = tf.zeros([1, X.shape[0]!]);
  let b = tf.zeros([1, 1]);
  const costs: number[] = [];
  for (let i = 0; i < numIterations; i++) {
    const [nextW, nextB] = tf.tidy(() => {
      const A = tf.sigmoid(W.matMul(X).add(b));
      if (i % 100 === 0) {
        const logLikelihood = Y.mul(A.log()).add(
          tf.scalar(1).sub(Y).mul(tf.scalar(1).sub(A).log()),
        );
        costs.push(-logLikelihood.sum().dataSync()[0]! / m);
      }
      const dZ = A.sub(Y);
      const dW = dZ.matMul(X, false, true).div(m);
      const db = dZ.sum(1, true).div(m);
      return [W.sub(dW.mul(learningRate)), b.sub(db.mul(learningRate))];
    });
    tf.dispose([W, b]);
    [W, b] = [nextW!, nextB!];
  }
  return { model: { W, b }, costs };
}
