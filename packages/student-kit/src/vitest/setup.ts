/**
 * Vitest setup file of every course: tfjs on wasm, quietly, before any test; and one
 * fast-check seed for the run (DLC_FC_SEED, default fixed), so a run is reproducible
 * and a failure message's seed replays it.
 */
import fc from "fast-check";
import { useWasmBackend } from "../check/tf.ts";

fc.configureGlobal({
  ...fc.readConfigureGlobal(),
  seed: Number(process.env.DLC_FC_SEED ?? 20261125),
});
await useWasmBackend();
