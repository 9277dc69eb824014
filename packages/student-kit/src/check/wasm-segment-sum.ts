/**
 * `UnsortedSegmentSum` on the wasm backend, which tfjs-backend-wasm 4.22 lacks. It is the
 * gradient of `tf.gather`: without it an Embedding layer cannot train (Course 5).
 *
 * x [n, ...rest], segmentIds [n] (int32) → out [numSegments, ...rest], where
 * out[s] = Σ_{i : ids[i] = s} x[i]; ids outside [0, numSegments) are dropped, as in
 * TensorFlow. A direct scatter-add over the heap: O(n · |rest|), where the one-hot matMul
 * form would cost O(n · numSegments · |rest|) (a vocabulary of 2000 makes that 2000× more).
 * Sums are accumulated in float64 and rounded once.
 */
import type * as tfNamespace from "@tensorflow/tfjs";
import {
  type Info,
  kernelKit,
  replaceKernel,
  type Tf,
  type WasmBackend,
} from "./wasm-kernel-kit.ts";

export function unsortedSegmentSum(tf: Tf): tfNamespace.KernelFunc {
  return (args) => {
    const { x, segmentIds } = args.inputs as unknown as { x: Info; segmentIds: Info };
    const { numSegments } = args.attrs as unknown as { numSegments: number };
    const kit = kernelKit(tf, args.backend as unknown as WasmBackend, [x, segmentIds]);
    const n = segmentIds.shape.reduce((a, b) => a * b, 1);
    const rows = x.shape.slice(0, segmentIds.shape.length).reduce((a, b) => a * b, 1);
    if (rows !== n)
      throw new Error(
        `unsortedSegmentSum: ${n} segment ids for x of shape [${x.shape}] (needs one per row)`,
      );
    const rest = x.shape.slice(segmentIds.shape.length);
    const width = rest.reduce((a, b) => a * b, 1);
    const out = kit.backend.makeOutput([numSegments, ...rest], x.dtype);
    const sums = new Float64Array(numSegments * width);
    const ids = kit.heap(segmentIds);
    const values = kit.heap(x);
    for (let i = 0; i < n; i++) {
      const s = ids[i]!;
      if (!(s >= 0 && s < numSegments)) continue;
      const from = i * width;
      const to = s * width;
      for (let k = 0; k < width; k++) sums[to + k]! += values[from + k]!;
    }
    kit.heap(out).set(sums);
    return out as never;
  };
}

export function installSegmentSum(tf: Tf): void {
  replaceKernel(tf, "UnsortedSegmentSum", () => unsortedSegmentSum(tf));
}
