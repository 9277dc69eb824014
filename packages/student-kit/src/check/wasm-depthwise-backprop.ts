/**
 * The two gradients of `depthwiseConv2d` on the wasm backend, which tfjs-backend-wasm 4.22
 * lacks (a depthwise or separable conv, as in MobileNet, cannot be fine-tuned without them).
 * Direct loops over the heap, ported from tfjs-backend-cpu's kernels of the same names:
 * depthwise convs are cheap (no sum over input channels), so loops are fast enough.
 *
 * Shapes (NHWC): x [N, H, W, C], filter [fh, fw, C, M] (M = channel multiplier),
 * dy [N, oh, ow, C·M]; dilation 1 (tfjs refuses gradients of dilated depthwise convs).
 */
import type * as tfNamespace from "@tensorflow/tfjs";
import {
  type Info,
  kernelKit,
  replaceKernel,
  type Tf,
  type WasmBackend,
} from "./wasm-kernel-kit.ts";

interface DepthwiseAttrs {
  strides: number | [number, number];
  dilations: number | [number, number];
  pad: "valid" | "same" | number | number[][];
  dimRoundingMode?: "floor" | "round" | "ceil";
}

function depthwiseInfo(tf: Tf, xShape: number[], filterShape: number[], attrs: DepthwiseAttrs) {
  return tf.backend_util.computeConv2DInfo(
    xShape as [number, number, number, number],
    filterShape as [number, number, number, number],
    attrs.strides,
    attrs.dilations,
    attrs.pad as never,
    attrs.dimRoundingMode,
    true,
  );
}

/** dFilter [fh, fw, C, M] = Σ_{n, i, j} x[n, i·s + a − pt, j·s + b − pl, c] · dy[n, i, j, c·M + m]. */
export function depthwiseBackpropFilter(tf: Tf): tfNamespace.KernelFunc {
  return (args) => {
    const { x, dy } = args.inputs as unknown as { x: Info; dy: Info };
    const attrs = args.attrs as unknown as DepthwiseAttrs & { filterShape: number[] };
    const kit = kernelKit(tf, args.backend as unknown as WasmBackend, [x, dy]);
    const info = depthwiseInfo(tf, x.shape, attrs.filterShape, attrs);
    const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = info;
    const { filterHeight, filterWidth, strideHeight, strideWidth } = info;
    const { top, left } = info.padInfo;
    const chMul = outChannels / inChannels;
    const out = kit.backend.makeOutput(info.filterShape, "float32");
    const xs = kit.heap(x);
    const dys = kit.heap(dy);
    const dW = kit.heap(out);
    for (let a = 0; a < filterHeight; a++) {
      const iMin = Math.max(0, Math.ceil((top - a) / strideHeight));
      const iMax = Math.min(outHeight, (inHeight + top - a) / strideHeight);
      for (let b = 0; b < filterWidth; b++) {
        const jMin = Math.max(0, Math.ceil((left - b) / strideWidth));
        const jMax = Math.min(outWidth, (inWidth + left - b) / strideWidth);
        for (let d2 = 0; d2 < outChannels; d2++) {
          const d1 = Math.trunc(d2 / chMul);
          let sum = 0;
          for (let n = 0; n < batchSize; n++)
            for (let i = iMin; i < iMax; i++) {
              const xr = a + i * strideHeight - top;
              for (let j = jMin; j < jMax; j++) {
                const xc = b + j * strideWidth - left;
                sum +=
                  xs[((n * inHeight + xr) * inWidth + xc) * inChannels + d1]! *
                  dys[((n * outHeight + i) * outWidth + j) * outChannels + d2]!;
              }
            }
          dW[(a * filterWidth + b) * outChannels + d2] = sum;
        }
      }
    }
    return out as never;
  };
}

/** dx [N, H, W, C] = Σ over the windows that read x[n, r, c, d] of dy · filter. */
export function depthwiseBackpropInput(tf: Tf): tfNamespace.KernelFunc {
  return (args) => {
    const { dy, filter } = args.inputs as unknown as { dy: Info; filter: Info };
    const attrs = args.attrs as unknown as DepthwiseAttrs & { inputShape: number[] };
    const kit = kernelKit(tf, args.backend as unknown as WasmBackend, [dy, filter]);
    const info = depthwiseInfo(tf, attrs.inputShape, filter.shape, attrs);
    const { batchSize, inHeight, inWidth, inChannels, outHeight, outWidth, outChannels } = info;
    const { filterHeight, filterWidth, strideHeight, strideWidth } = info;
    const topPad = filterHeight - 1 - info.padInfo.top;
    const leftPad = filterWidth - 1 - info.padInfo.left;
    const chMul = outChannels / inChannels;
    const out = kit.backend.makeOutput(info.inShape, "float32");
    const dys = kit.heap(dy);
    const ws = kit.heap(filter);
    const dx = kit.heap(out);
    for (let n = 0; n < batchSize; n++)
      for (let d1 = 0; d1 < inChannels; d1++)
        for (let xr = 0; xr < inHeight; xr++) {
          const rCorner = xr - topPad;
          const iMin = Math.max(0, Math.ceil(rCorner / strideHeight));
          const iMax = Math.min(outHeight, (filterHeight + rCorner) / strideHeight);
          for (let xc = 0; xc < inWidth; xc++) {
            const cCorner = xc - leftPad;
            const jMin = Math.max(0, Math.ceil(cCorner / strideWidth));
            const jMax = Math.min(outWidth, (filterWidth + cCorner) / strideWidth);
            let sum = 0;
            for (let i = iMin; i < iMax; i++) {
              const a = i * strideHeight - rCorner;
              for (let j = jMin; j < jMax; j++) {
                const b = j * strideWidth - cCorner;
                const dyAt = ((n * outHeight + i) * outWidth + j) * outChannels;
                const wAt =
                  ((filterHeight - 1 - a) * filterWidth + (filterWidth - 1 - b)) * outChannels;
                for (let m = 0; m < chMul; m++) {
                  const d2 = d1 * chMul + m;
                  sum += dys[dyAt + d2]! * ws[wAt + d2]!;
                }
              }
            }
            dx[((n * inHeight + xr) * inWidth + xc) * inChannels + d1] = sum;
          }
        }
    return out as never;
  };
}

export function installDepthwiseBackprop(tf: Tf): void {
  replaceKernel(tf, "DepthwiseConv2dNativeBackpropFilter", () => depthwiseBackpropFilter(tf));
  replaceKernel(tf, "DepthwiseConv2dNativeBackpropInput", () => depthwiseBackpropInput(tf));
}
