/**
 * A faster matMul with transposed operands on the tfjs wasm backend, without changing the
 * code that calls it.
 *
 * tfjs-backend-wasm 4.22 multiplies a transposed operand in place with a cache-unfriendly
 * loop: on the Course 1 application's first layer, `matMul(dZ1, X, false, true)` takes
 * 50 ms and `matMul(W1, dZ1, true, false)` 118 ms, against 3.5 ms for the untransposed
 * `matMul(W1, X)` of the same size (bench/, platform-notes.md). Those are exactly the
 * backward pass's dW = dZ·A_prevᵀ and dA_prev = Wᵀ·dZ that every course writes.
 *
 * This wraps the wasm `BatchMatMul` kernel: a large transposed operand is first copied
 * into row-major transposed form (a blocked copy in JS), then multiplied untransposed. The
 * copy is kept per tensor while the tensor lives: X, transposed again at every iteration of
 * a training loop, is copied once; the copy is freed when its tensor is.
 */
import type * as tfNamespace from "@tensorflow/tfjs";

type Tf = typeof tfNamespace;
type Info = { dataId: object; shape: number[]; dtype: string };
interface WasmBackend {
  dataIdMap: { has(dataId: object): boolean };
  makeOutput(shape: number[], dtype: string): Info;
  typedArrayFromHeap(info: Info): Float32Array;
  disposeData(dataId: object, force?: boolean): boolean;
}

/** Operands with fewer elements go to the stock kernel: their transpose is cheap either way. */
export const TRANSPOSE_COPY_MIN_ELEMENTS = 1 << 15;
/** Tile edge of the blocked transpose (keeps both the rows read and the rows written in cache). */
const TILE = 32;

const installed = new WeakSet<object>();

/** Wraps the wasm BatchMatMul kernel (once per backend instance); call after `setBackend("wasm")`. */
export function installTransposedMatMul(tf: Tf): void {
  const backend = tf.findBackend("wasm") as unknown as WasmBackend | null;
  if (!backend || installed.has(backend)) return;
  const stock = tf.getKernel("BatchMatMul", "wasm");
  if (!stock) return;
  installed.add(backend);
  const copies = new Map<object, Info>();

  const free = backend.disposeData.bind(backend);
  backend.disposeData = (dataId: object, force?: boolean) => {
    const done = free(dataId, force);
    const copy = copies.get(dataId);
    if (copy && !backend.dataIdMap.has(dataId)) {
      copies.delete(dataId);
      free(copy.dataId, true);
    }
    return done;
  };

  /** The row-major transpose of the last two axes of `x` ([batch, rows, cols] or [rows, cols]). */
  const transposed = (x: Info): Info => {
    const cached = copies.get(x.dataId);
    if (cached && backend.dataIdMap.has(cached.dataId)) return cached;
    const [batch, rows, cols] = x.shape.length === 3 ? x.shape : [1, ...x.shape];
    const shape = x.shape.length === 3 ? [batch!, cols!, rows!] : [cols!, rows!];
    const out = backend.makeOutput(shape, "float32");
    const src = backend.typedArrayFromHeap(x);
    const dst = backend.typedArrayFromHeap(out);
    for (let k = 0, base = 0; k < batch!; k++, base += rows! * cols!) {
      for (let i0 = 0; i0 < rows!; i0 += TILE) {
        const i1 = Math.min(i0 + TILE, rows!);
        for (let j0 = 0; j0 < cols!; j0 += TILE) {
          const j1 = Math.min(j0 + TILE, cols!);
          for (let i = i0; i < i1; i++)
            for (let j = j0; j < j1; j++) dst[base + j * rows! + i] = src[base + i * cols! + j]!;
        }
      }
    }
    copies.set(x.dataId, out);
    return out;
  };
  const worthCopying = (x: Info, flag: boolean) =>
    flag &&
    x.dtype === "float32" &&
    (x.shape.length === 2 || x.shape.length === 3) &&
    tf.util.sizeFromShape(x.shape) >= TRANSPOSE_COPY_MIN_ELEMENTS;

  tf.unregisterKernel("BatchMatMul", "wasm");
  tf.registerKernel({
    ...stock,
    kernelFunc: (args) => {
      const { a, b } = args.inputs as unknown as { a: Info; b: Info };
      const attrs = args.attrs as { transposeA: boolean; transposeB: boolean };
      const copyA = worthCopying(a, attrs.transposeA);
      const copyB = worthCopying(b, attrs.transposeB);
      if (!copyA && !copyB) return stock.kernelFunc(args);
      return stock.kernelFunc({
        ...args,
        inputs: { a: copyA ? transposed(a) : a, b: copyB ? transposed(b) : b } as never,
        attrs: {
          ...attrs,
          transposeA: copyA ? false : attrs.transposeA,
          transposeB: copyB ? false : attrs.transposeB,
        },
      });
    },
  });
}
