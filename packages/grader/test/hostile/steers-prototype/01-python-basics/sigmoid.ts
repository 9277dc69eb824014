/**
 * Hostile fixture: steers what the grader decodes. The sandbox's encoder copies an array
 * with `Array.prototype.map`; patched, `map` hands over any value at all, here an object with
 * an own `__proto__` key holding a tensor entry. A decoder that assigns keys one by one makes
 * that tensor the answer's prototype: an object that passes `instanceof tf.Tensor` without
 * being a validated tensor. (Its values are sigmoid's own, so a steered decoder gives it full
 * marks; an honest one refuses it.)
 */
import * as tf from "@tensorflow/tfjs";

export function sigmoid(x: tf.Tensor): tf.Tensor {
  const right = tf.sigmoid(x);
  // JSON.parse makes `__proto__` an own key (an object literal would set the prototype)
  const steered = JSON.parse('{"__proto__": 0}') as Record<string, unknown>;
  Object.defineProperty(steered, "__proto__", {
    value: {
      $tensor: {
        shape: [...right.shape],
        dtype: "float32",
        data: Float32Array.from(right.dataSync()),
      },
    },
    enumerable: true,
  });
  const marker: unknown[] = [];
  const map = Array.prototype.map;
  Array.prototype.map = function (this: unknown[], ...args: Parameters<typeof map>) {
    if (this === marker) {
      Array.prototype.map = map;
      return steered as unknown as unknown[];
    }
    return Reflect.apply(map, this, args);
  } as typeof map;
  return marker as unknown as tf.Tensor;
}
