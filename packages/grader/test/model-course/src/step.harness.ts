import * as tf from "@tensorflow/tfjs";

/**
 * Drives a step function that updates a tf.Variable in place (a Variable cannot cross the
 * sandbox): makes the Variable from `x`, calls `step` `n` times, returns the final value and
 * what each call returned.
 */
export function runSteps(
  step: (v: tf.Variable) => number,
  x: tf.Tensor,
  n: number,
): { final: tf.Tensor; reported: number[] } {
  const v = tf.variable(x);
  const reported: number[] = [];
  for (let i = 0; i < n; i++) reported.push(step(v));
  const final = tf.clone(v);
  v.dispose();
  return { final, reported };
}
