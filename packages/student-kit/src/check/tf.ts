/**
 * tfjs on the wasm backend, set up once per process.
 *
 * `tf.setBackend('wasm')` does not throw when the backend fails to start: it logs
 * and stays on the slow cpu backend. `useWasmBackend` checks and throws instead,
 * and turns on PROD mode first so tfjs prints no banner and skips debug checks.
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { installWasmKernels } from "./wasm-kernels.ts";

let ready: Promise<void> | undefined;

/** Selects the wasm backend (once); rejects if tfjs would silently fall back to cpu. */
export function useWasmBackend(): Promise<void> {
  ready ??= (async () => {
    tf.env().set("PROD", true);
    const ok = await tf.setBackend("wasm");
    await tf.ready();
    if (!ok || tf.getBackend() !== "wasm") {
      throw new Error(
        `tfjs: the wasm backend did not start (backend is '${tf.getBackend()}'); ` +
          "check that @tensorflow/tfjs-backend-wasm is installed next to @tensorflow/tfjs",
      );
    }
    installWasmKernels(tf);
  })();
  return ready;
}

export { tf };
