/**
 * Every kernel this project adds to or replaces in tfjs-backend-wasm 4.22, installed in
 * one call by whatever sets the backend up (`useWasmBackend`, the grader's sandbox), so a
 * student's run, the reference's and the grader's use the same kernels:
 *
 * | kernel | why |
 * | --- | --- |
 * | BatchMatMul | transposed operands copied once per tensor (wasm-matmul.ts) |
 * | Conv2D, FusedConv2D, DepthwiseConv2dNative, FusedDepthwiseConv2D | 'same' padding given explicitly: XNNPACK's own is wrong where the stride overshoots the filter (wasm-same-padding.ts) |
 * | Conv2DBackpropFilter | missing: no conv model could train (wasm-conv-backprop.ts) |
 * | Conv2DBackpropInput | stock is a naive loop; a conv is 3–9× faster (wasm-conv-backprop.ts) |
 * | MaxPoolGrad | stock drops gradients (3 of 9 windows on a 6×6 input, 2×2, stride 2) (wasm-maxpool-grad.ts) |
 * | UnsortedSegmentSum | missing: the gradient of gather, an Embedding could not train (wasm-segment-sum.ts) |
 * | DepthwiseConv2dNativeBackpropFilter, …Input | missing: no depthwise conv could train (wasm-depthwise-backprop.ts) |
 */
import { installConvBackprop } from "./wasm-conv-backprop.ts";
import { installDepthwiseBackprop } from "./wasm-depthwise-backprop.ts";
import { type Tf, wasmBackend } from "./wasm-kernel-kit.ts";
import { installTransposedMatMul } from "./wasm-matmul.ts";
import { installMaxPoolGrad } from "./wasm-maxpool-grad.ts";
import { installSamePadding } from "./wasm-same-padding.ts";
import { installSegmentSum } from "./wasm-segment-sum.ts";

const installed = new WeakSet<object>();

/** Installs every kernel above on the wasm backend (once per backend); call after `setBackend("wasm")`. */
export function installWasmKernels(tf: Tf): void {
  const backend = wasmBackend(tf);
  if (!backend || installed.has(backend)) return;
  installed.add(backend);
  installTransposedMatMul(tf);
  installSamePadding(tf);
  installConvBackprop(tf);
  installSegmentSum(tf);
  installDepthwiseBackprop(tf);
  installMaxPoolGrad(tf);
}
