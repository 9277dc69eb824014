/** Vitest setup file of every course: tfjs on wasm, quietly, before any test. */
import { useWasmBackend } from "../check/tf.ts";

await useWasmBackend();
