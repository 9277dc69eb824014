/**
 * The two gradients of `conv2d` on the wasm backend, as convolutions XNNPACK runs fast.
 *
 * tfjs-backend-wasm 4.22 has no `Conv2DBackpropFilter` kernel: `tf.grad` through a conv
 * with respect to its filter, and so `model.fit` of any conv model, throws. Its
 * `Conv2DBackpropInput` is a naive loop (380 ms on a 32×64×64 batch through a 7×7×3×32
 * filter, where the same work as a forward conv takes ~120 ms).
 *
 * Shapes (NHWC): x [N, H, W, Ci], filter W [fh, fw, Ci, Co], dy [N, oh, ow, Co], stride s,
 * padding (top pt, left pl) from `computeConv2DInfo`.
 *
 * - dW[a, b, ci, co] = Σ_{n, i, j} xPad[n, i·s + a, j·s + b, ci] · dy[n, i, j, co]: a conv
 *   of xPad transposed to [Ci, Hp, Wp, N] (Ci as the batch, N as the channels) with dy
 *   transposed to [oh, ow, N, Co] as the filter, stride 1, dilation s; cropped to fh×fw and
 *   transposed back to [fh, fw, Ci, Co].
 * - dx = conv(dy dilated by s and padded by fh−1−pt on top (fw−1−pl on the left), W flipped
 *   in both spatial axes with its channel axes swapped), stride 1, valid.
 */
import type * as tfNamespace from "@tensorflow/tfjs";
import {
  type Info,
  kernelKit,
  replaceKernel,
  type Tf,
  type WasmBackend,
} from "./wasm-kernel-kit.ts";

interface ConvAttrs {
  strides: number | [number, number];
  pad: "valid" | "same" | number | number[][];
  dataFormat?: "NHWC" | "NCHW";
  dimRoundingMode?: "floor" | "round" | "ceil";
}

function convInfo(tf: Tf, xShape: number[], filterShape: number[], attrs: ConvAttrs) {
  if (attrs.dataFormat === "NCHW")
    throw new Error("conv2d gradients on wasm support NHWC (channels last) only");
  return tf.backend_util.computeConv2DInfo(
    xShape as [number, number, number, number],
    filterShape as [number, number, number, number],
    attrs.strides,
    1,
    attrs.pad as never,
    attrs.dimRoundingMode,
    false,
    "channelsLast",
  );
}

/** dW of conv2d: registered as `Conv2DBackpropFilter`, which the stock wasm backend lacks. */
export function conv2dBackpropFilter(tf: Tf): tfNamespace.KernelFunc {
  return (args) => {
    const { x, dy } = args.inputs as unknown as { x: Info; dy: Info };
    const attrs = args.attrs as unknown as ConvAttrs & { filterShape: number[] };
    const kit = kernelKit(tf, args.backend as unknown as WasmBackend, [x, dy]);
    const info = convInfo(tf, x.shape, attrs.filterShape, attrs);
    const { top, bottom, left, right } = info.padInfo;
    const { filterHeight: fh, filterWidth: fw, strideHeight, strideWidth } = info;
    const xPad =
      top || bottom || left || right
        ? kit.run(
            "PadV2",
            { x },
            {
              paddings: [
                [0, 0],
                [top, bottom],
                [left, right],
                [0, 0],
              ],
              constantValue: 0,
            },
          )
        : x;
    const xT = kit.run("Transpose", { x: xPad }, { perm: [3, 1, 2, 0] }); // [Ci, Hp, Wp, N]
    const dyT = kit.run("Transpose", { x: dy }, { perm: [1, 2, 0, 3] }); // [oh, ow, N, Co]
    const conv = kit.run(
      "Conv2D",
      { x: xT, filter: dyT },
      {
        strides: [1, 1],
        pad: "valid",
        dataFormat: "NHWC",
        dilations: [strideHeight, strideWidth],
      },
    ); // [Ci, ≥fh, ≥fw, Co]
    kit.free(xPad, xT, dyT);
    const [ci, ch, cw, co] = conv.shape as [number, number, number, number];
    const cropped =
      ch === fh && cw === fw
        ? conv
        : kit.run("Slice", { x: conv }, { begin: [0, 0, 0, 0], size: [ci, fh, fw, co] });
    if (cropped !== conv) kit.free(conv);
    const dW = kit.run("Transpose", { x: cropped }, { perm: [1, 2, 0, 3] });
    kit.free(cropped);
    return dW as never;
  };
}

/** dx of conv2d, replacing the stock `Conv2DBackpropInput` (kept for unusual paddings). */
export function conv2dBackpropInput(
  tf: Tf,
  stock: tfNamespace.KernelConfig | undefined,
): tfNamespace.KernelFunc {
  return (args) => {
    const { dy, filter } = args.inputs as unknown as { dy: Info; filter: Info };
    const attrs = args.attrs as unknown as ConvAttrs & { inputShape: number[] };
    const info = convInfo(tf, attrs.inputShape, filter.shape, attrs);
    const [n, h, w, ci] = info.inShape;
    const { filterHeight: fh, filterWidth: fw, strideHeight: sh, strideWidth: sw } = info;
    const [, oh, ow, co] = dy.shape as [number, number, number, number];
    const dh = (oh - 1) * sh + 1;
    const dw = (ow - 1) * sw + 1;
    const top = fh - 1 - info.padInfo.top;
    const left = fw - 1 - info.padInfo.left;
    const bottom = h - dh - top + fh - 1;
    const right = w - dw - left + fw - 1;
    if (Math.min(top, left, bottom, right) < 0 || dy.dtype !== "float32") {
      if (!stock) throw new Error("conv2d input gradient: padding larger than the filter");
      return stock.kernelFunc(args);
    }
    const kit = kernelKit(tf, args.backend as unknown as WasmBackend, [dy, filter]);
    const dilated = sh === 1 && sw === 1 ? dy : dilate(kit, dy, [n!, oh, ow, co], sh, sw);
    const padded = kit.run(
      "PadV2",
      { x: dilated },
      {
        paddings: [
          [0, 0],
          [top, bottom],
          [left, right],
          [0, 0],
        ],
        constantValue: 0,
      },
    );
    if (dilated !== dy) kit.free(dilated);
    const flipped = kit.run("Reverse", { x: filter }, { dims: [0, 1] });
    const swapped = kit.run("Transpose", { x: flipped }, { perm: [0, 1, 3, 2] }); // [fh, fw, Co, Ci]
    kit.free(flipped);
    const dx = kit.run(
      "Conv2D",
      { x: padded, filter: swapped },
      { strides: [1, 1], pad: "valid", dataFormat: "NHWC", dilations: [1, 1] },
    );
    kit.free(padded, swapped);
    if (dx.shape[1] !== h || dx.shape[2] !== w || dx.shape[3] !== ci)
      throw new Error(`conv2d input gradient: got [${dx.shape}], expected [${info.inShape}]`);
    return dx as never;
  };
}

/** dy [n, oh, ow, c] with s−1 zeros between neighbouring rows and columns. */
function dilate(
  kit: ReturnType<typeof kernelKit>,
  dy: Info,
  [n, oh, ow, c]: number[],
  sh: number,
  sw: number,
): Info {
  const dh = (oh! - 1) * sh + 1;
  const dw = (ow! - 1) * sw + 1;
  const out = kit.backend.makeOutput([n!, dh, dw, c!], "float32");
  const src = kit.heap(dy);
  const dst = kit.heap(out);
  dst.fill(0);
  for (let b = 0; b < n!; b++)
    for (let i = 0; i < oh!; i++)
      for (let j = 0; j < ow!; j++) {
        const from = ((b * oh! + i) * ow! + j) * c!;
        const to = ((b * dh + i * sh) * dw + j * sw) * c!;
        for (let k = 0; k < c!; k++) dst[to + k] = src[from + k]!;
      }
  return out;
}

/** Registers both conv2d gradient kernels on wasm. */
export function installConvBackprop(tf: Tf): void {
  replaceKernel(tf, "Conv2DBackpropFilter", () => conv2dBackpropFilter(tf));
  replaceKernel(tf, "Conv2DBackpropInput", (stock) => conv2dBackpropInput(tf, stock));
}
