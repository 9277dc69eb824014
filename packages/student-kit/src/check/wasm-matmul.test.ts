import * as tf from "@tensorflow/tfjs";
import { describe, expect, it } from "vitest";
import { useWasmBackend } from "./tf.ts";
import { TRANSPOSE_COPY_MIN_ELEMENTS } from "./wasm-matmul.ts";

/** matMul on plain JS numbers, the oracle. */
function naive(a: number[][], b: number[][]): number[][] {
  return a.map((row) => b[0]!.map((_, j) => row.reduce((s, v, k) => s + v * b[k]![j]!, 0)));
}
const transpose = (m: number[][]) => m[0]!.map((_, j) => m.map((row) => row[j]!));
/** How many buffers the wasm backend holds (tensors and the kernel's transposed copies). */
const buffers = () => (tf.backend() as unknown as { numDataIds(): number }).numDataIds();

describe("matMul with large transposed operands on wasm (wasm-matmul.ts)", () => {
  const big = Math.ceil(TRANSPOSE_COPY_MIN_ELEMENTS / 7) + 3; // a [7, big] operand is above the threshold

  it("Aᵀ·B with a large A equals the product of the transpose", async () => {
    await useWasmBackend();
    const A = tf.randomNormal([7, big], 0, 1, "float32", 1);
    const B = tf.randomNormal([7, 5], 0, 1, "float32", 2);
    const expected = naive(transpose(A.arraySync() as number[][]), B.arraySync() as number[][]);
    const got = tf.matMul(A, B, true, false).arraySync() as number[][];
    expect([got.length, got[0]!.length]).toEqual([big, 5]);
    for (let i = 0; i < big; i += 997)
      for (let j = 0; j < 5; j++) expect(got[i]![j]!).toBeCloseTo(expected[i]![j]!, 4);
  });

  it("L·Bᵀ with a large B equals the product of the transpose", async () => {
    await useWasmBackend();
    const B = tf.randomNormal([big, 7], 0, 1, "float32", 3);
    const L = tf.randomNormal([3, 7], 0, 1, "float32", 4);
    const expected = naive(L.arraySync() as number[][], transpose(B.arraySync() as number[][]));
    const got = tf.matMul(L, B, false, true).arraySync() as number[][];
    expect([got.length, got[0]!.length]).toEqual([3, big]);
    for (let i = 0; i < 3; i++)
      for (let j = 0; j < big; j += 991) expect(got[i]![j]!).toBeCloseTo(expected[i]![j]!, 4);
  });

  it("keeps one copy per tensor while it lives and frees it with the tensor", async () => {
    await useWasmBackend();
    const start = buffers();
    const X = tf.randomNormal([4096, 16], 0, 1, "float32", 5);
    const dZ = tf.randomNormal([3, 16], 0, 1, "float32", 6);
    const first = tf.matMul(dZ, X, false, true);
    const afterFirst = buffers();
    const second = tf.matMul(dZ, X, false, true);
    expect(buffers()).toBe(afterFirst + 1); // only the new result: the copy of X was reused
    expect(second.arraySync()).toEqual(first.arraySync());
    tf.dispose([first, second, X, dZ]);
    expect(buffers()).toBe(start);
  });
});
