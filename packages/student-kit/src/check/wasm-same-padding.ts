/**
 * Convolutions with `padding: "same"` on wasm, padded the way tfjs computes it.
 *
 * tfjs-backend-wasm 4.22 hands 'same' convolutions to XNNPACK with a flag, and XNNPACK works
 * the padding out itself. Where TensorFlow's rule gives no padding because the stride
 * overshoots the filter ((out − 1)·s + f − in < 0, e.g. a 1×1 stride-2 'same' conv on an even
 * size, ResNet's and MobileNet's shape), XNNPACK's result is wrong: x [1, 3, 3, 1] ⊛ a 2×2
 * filter, stride 3, gives 0 where the cpu backend (and TensorFlow) give 4. This wrapper gives
 * each conv kernel explicit paddings computed by tfjs's own `computeConv2DInfo`, which the
 * cpu backend uses, so both backends agree (wasm-kernels.test.ts sweeps the shapes).
 */
import { replaceKernel, type Tf } from "./wasm-kernel-kit.ts";

/** [kernel, whether it is depthwise] */
const CONVOLUTIONS: [string, boolean][] = [
  ["Conv2D", false],
  ["FusedConv2D", false],
  ["DepthwiseConv2dNative", true],
  ["FusedDepthwiseConv2D", true],
];

interface Shaped {
  shape: number[];
}

export function installSamePadding(tf: Tf): void {
  for (const [name, depthwise] of CONVOLUTIONS) {
    replaceKernel(tf, name, (stock) => (args) => {
      if (!stock) throw new Error(`wasm kernel ${name} is missing`);
      const attrs = args.attrs as Record<string, unknown>;
      if (attrs.pad !== "same" || (attrs.dataFormat ?? "NHWC") !== "NHWC")
        return stock.kernelFunc(args);
      const { x, filter } = args.inputs as unknown as { x: Shaped; filter: Shaped };
      const info = tf.backend_util.computeConv2DInfo(
        x.shape as [number, number, number, number],
        filter.shape as [number, number, number, number],
        attrs.strides as number,
        (attrs.dilations ?? 1) as number,
        "same",
        attrs.dimRoundingMode as never,
        depthwise,
      );
      const { top, bottom, left, right } = info.padInfo;
      const pad = [
        [0, 0],
        [top, bottom],
        [left, right],
        [0, 0],
      ];
      return stock.kernelFunc({ ...args, attrs: { ...attrs, pad } as never });
    });
  }
}
