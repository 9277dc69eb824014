/**
 * What the replacement wasm kernels (wasm-conv-backprop.ts, wasm-segment-sum.ts,
 * wasm-depthwise-backprop.ts) are written with: a kernel that calls other wasm kernels
 * on `TensorInfo`s, frees what it made, and reads or writes the wasm heap directly.
 *
 * A kernel function must not call tf ops (it runs inside the engine's kernel dispatch, so
 * ops would be recorded on the gradient tape and tracked by scopes): it calls the wasm
 * backend's own kernel functions instead, as tfjs-backend-wasm's kernels do.
 */
import type * as tfNamespace from "@tensorflow/tfjs";

export type Tf = typeof tfNamespace;

/** A tensor as a kernel sees it: where its data lives, its shape and dtype. */
export interface Info {
  dataId: object;
  shape: number[];
  dtype: string;
}

/** The parts of tfjs-backend-wasm's BackendWasm the kernels use. */
export interface WasmBackend {
  dataIdMap: { has(dataId: object): boolean };
  makeOutput(shape: number[], dtype: string): Info;
  typedArrayFromHeap(info: Info): Float32Array | Int32Array | Uint8Array;
  disposeData(dataId: object, force?: boolean): boolean;
}

export interface KernelKit {
  backend: WasmBackend;
  /** runs the wasm kernel `name` (the currently registered one) on infos */
  run(name: string, inputs: Record<string, Info>, attrs?: Record<string, unknown>): Info;
  /** frees intermediates (an input passed through unchanged is never freed) */
  free(...infos: Info[]): void;
  /** the heap view of a tensor's values (valid until the next wasm allocation) */
  heap(info: Info): Float32Array | Int32Array | Uint8Array;
}

export function kernelKit(tf: Tf, backend: WasmBackend, keep: Info[] = []): KernelKit {
  const kept = new Set(keep.map((k) => k.dataId));
  return {
    backend,
    run(name, inputs, attrs = {}) {
      const kernel = tf.getKernel(name, "wasm");
      if (!kernel) throw new Error(`wasm kernel ${name} is not registered`);
      return kernel.kernelFunc({
        inputs: inputs as never,
        attrs: attrs as never,
        backend: backend as never,
      }) as unknown as Info;
    },
    free(...infos) {
      for (const info of infos) if (!kept.has(info.dataId)) backend.disposeData(info.dataId);
    },
    heap: (info) => backend.typedArrayFromHeap(info),
  };
}

/** The wasm backend instance, or null when tfjs has none registered. */
export function wasmBackend(tf: Tf): WasmBackend | null {
  return tf.findBackend("wasm") as unknown as WasmBackend | null;
}

const stockKernels = new Map<string, tfNamespace.KernelConfig>();

/** The kernel tfjs-backend-wasm shipped for `name`, before `replaceKernel` (for benchmarks). */
export function stockKernel(name: string): tfNamespace.KernelConfig | undefined {
  return stockKernels.get(name);
}

/**
 * Registers `kernelFunc` for `name` on wasm, replacing a stock kernel if there is one
 * (the stock config is passed so a replacement can fall back to it).
 */
export function replaceKernel(
  tf: Tf,
  name: string,
  make: (stock: tfNamespace.KernelConfig | undefined) => tfNamespace.KernelFunc,
): void {
  const stock = tf.getKernel(name, "wasm");
  if (stock) {
    stockKernels.set(name, stock);
    tf.unregisterKernel(name, "wasm");
  }
  tf.registerKernel({
    ...(stock ?? {}),
    kernelName: name,
    backendName: "wasm",
    kernelFunc: make(stock),
  });
}
