/**
 * The gradient of max pooling on the wasm backend, replacing tfjs-backend-wasm 4.22's
 * `MaxPoolGrad`, which drops gradients: on a 6×6 input with 2×2 windows and stride 2 it
 * returned 6 of the 9 windows' gradients (the cpu backend and TensorFlow return all 9), so
 * every CNN with max pooling trained on wrong gradients. Each window's gradient goes to the
 * first position holding its maximum (row-major scan, as TensorFlow and the cpu backend do).
 *
 * Shapes (NHWC): x [N, H, W, C], dy [N, oh, ow, C] → dx [N, H, W, C].
 */
import type * as tfNamespace from "@tensorflow/tfjs";
import {
  type Info,
  kernelKit,
  replaceKernel,
  type Tf,
  type WasmBackend,
} from "./wasm-kernel-kit.ts";

interface PoolAttrs {
  filterSize: number | [number, number];
  strides: number | [number, number];
  pad: "valid" | "same" | number;
  dimRoundingMode?: "floor" | "round" | "ceil";
}

export function maxPoolGrad(tf: Tf): tfNamespace.KernelFunc {
  return (args) => {
    const { dy, input } = args.inputs as unknown as { dy: Info; input: Info };
    const attrs = args.attrs as unknown as PoolAttrs;
    const kit = kernelKit(tf, args.backend as unknown as WasmBackend, [dy, input]);
    const info = tf.backend_util.computePool2DInfo(
      input.shape as [number, number, number, number],
      attrs.filterSize,
      attrs.strides,
      1,
      attrs.pad,
      attrs.dimRoundingMode,
    );
    const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth } = info;
    const { strideHeight, strideWidth, filterHeight, filterWidth } = info;
    const { top, left } = info.padInfo;
    const out = kit.backend.makeOutput(input.shape, "float32");
    const dx = kit.heap(out);
    const xs = kit.heap(input);
    const dys = kit.heap(dy);
    dx.fill(0);
    for (let n = 0; n < batchSize; n++)
      for (let i = 0; i < outHeight; i++) {
        const r0 = i * strideHeight - top;
        for (let j = 0; j < outWidth; j++) {
          const c0 = j * strideWidth - left;
          for (let d = 0; d < inChannels; d++) {
            let best = Number.NEGATIVE_INFINITY;
            let at = -1;
            for (let a = 0; a < filterHeight; a++) {
              const r = r0 + a;
              if (r < 0 || r >= inHeight) continue;
              for (let b = 0; b < filterWidth; b++) {
                const c = c0 + b;
                if (c < 0 || c >= inWidth) continue;
                const k = ((n * inHeight + r) * inWidth + c) * inChannels + d;
                const v = xs[k]!;
                if (v > best || at < 0) {
                  best = v;
                  at = k;
                }
              }
            }
            if (at >= 0) dx[at]! += dys[((n * outHeight + i) * outWidth + j) * inChannels + d]!;
          }
        }
      }
    return out as never;
  };
}

export function installMaxPoolGrad(tf: Tf): void {
  replaceKernel(tf, "MaxPoolGrad", () => maxPoolGrad(tf));
}
