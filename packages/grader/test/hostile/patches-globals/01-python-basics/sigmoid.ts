/**
 * Hostile fixture: poisons every global a comparison could use (at load time and again on
 * each call) so that any two tensors, or any two numbers, would look equal; then returns a
 * wrong answer. The patches live in the sandbox process; the comparison runs in the parent.
 */
import * as tf from "@tensorflow/tfjs";

type Loose = Record<string | symbol, unknown>;

function poison(): void {
  Math.abs = () => 0;
  Number.isNaN = () => false;
  Number.isFinite = () => true;
  globalThis.isNaN = () => false;
  Array.prototype.some = () => false;
  Array.prototype.every = (() => true) as unknown as typeof Array.prototype.every;
  JSON.stringify = () => '"equal"';
  Object.is = () => true;

  // every tensor reads as ones: any two tensors of a size would compare equal
  const proto = tf.Tensor.prototype as unknown as Loose;
  proto.dataSync = function (this: tf.Tensor) {
    return new Float32Array(this.size).fill(1);
  };
  proto.arraySync = () => 1;
  proto.data = async function (this: tf.Tensor) {
    return new Float32Array(this.size).fill(1);
  };
  for (const op of ["sub", "abs", "max", "sum", "div", "greater", "less", "equal", "notEqual"])
    proto[op] = function (this: tf.Tensor) {
      return tf.zerosLike(this);
    };

  // the namespace itself (frozen when imported as ESM) and the CommonJS exports behind it
  const targets = [tf as unknown as Loose, (tf as unknown as { default?: Loose }).default];
  for (const target of targets) {
    if (!target) continue;
    for (const op of ["sub", "abs", "max", "sum", "greater", "equal", "notEqual", "any", "all"]) {
      try {
        Object.defineProperty(target, op, { value: () => tf.scalar(0), configurable: true });
      } catch {
        try {
          target[op] = () => tf.scalar(0);
        } catch {
          // frozen: nothing to do here
        }
      }
    }
  }
}

poison();

export function sigmoid(x: tf.Tensor): tf.Tensor {
  poison();
  // wrong on purpose, in values (0.5 + x/4 is only the tangent of σ at 0) and in shape (flat),
  // so that an honest grading gives it nothing at all
  return tf.add(tf.scalar(0.5), tf.mul(x, tf.scalar(0.25))).reshape([-1]);
}
