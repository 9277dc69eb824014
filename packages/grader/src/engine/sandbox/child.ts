/**
 * The sandbox process. The parent bundles this file with esbuild and starts it under
 * Node's permission model (reads: the build folder and the dependencies; no writes, no
 * child processes, no workers), without code generation from strings and, where the OS
 * allows, in a network namespace of its own. It answers two kinds of message: load the
 * built `module`, and call `fn` of it with these arguments; it replies with plain data
 * (see wire.ts).
 *
 * Student code runs in this process, beside the IPC channel. So before any student module
 * loads, the child keeps what it needs in closures (lockdown.ts) and takes away every
 * route to the channel, to Node's internals and to the network: the only answers that
 * reach the parent are the ones this file sends.
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { installWasmKernels } from "@dlc/student-kit/src/check/wasm-kernels.ts";
import { lockdown } from "./lockdown.ts";
import { type ModelProbe, probeModel } from "./model-probe.ts";
import { fromWire, toWire } from "./wire.ts";

interface Request {
  id: number;
  /** "load": import the module (its top level runs); "call": call `fn` of it */
  op?: "load" | "call";
  module: string;
  fn: string;
  args: unknown[];
  /** set by `model` checks: answer with the model's summary and outputs (model-probe.ts) */
  probe?: unknown;
  /** set by `ctx.harness`: call this built course module's function with `fn` as its first argument */
  harness?: { module: string; fn: string };
}

const buildDir = process.argv[2] ?? ".";

// every route out is closed here; `send` is the one way left, and only this file holds it
const send = lockdown(tf, (message) => onMessage(message as Request));

tf.env().set("PROD", true);
await tf.setBackend("wasm");
await tf.ready();
if (tf.getBackend() !== "wasm") {
  send({
    type: "fatal",
    message: `tfjs wasm backend did not start (backend '${tf.getBackend()}')`,
  });
  process.exit(1);
}
// the same kernels as the student's own runs (and the reference's): see wasm-kernels.ts
installWasmKernels(tf);

const modules = new Map<string, Promise<Record<string, unknown>>>();

function load(module: string): Promise<Record<string, unknown>> {
  let loaded = modules.get(module);
  if (!loaded) {
    loaded = import(pathToFileURL(join(buildDir, module)).href) as Promise<Record<string, unknown>>;
    modules.set(module, loaded);
  }
  return loaded;
}

function describeError(error: unknown): { name: string; message: string } {
  if (error instanceof Error)
    return { name: String(error.name), message: String(error.message).slice(0, 2000) };
  return { name: "Thrown", message: `threw a non-Error value: ${String(error).slice(0, 200)}` };
}

async function call({ op, module, fn, args, probe, harness }: Request): Promise<unknown> {
  const exports = await load(module);
  if (op === "load") return null;
  const f = exports[fn];
  if (typeof f !== "function")
    throw Object.assign(new Error(`${fn} is not exported by ${module.replace(/\.mjs$/, ".ts")}`), {
      name: "Missing",
    });
  tf.engine().startScope();
  try {
    const decoded = fromWire(tf, args) as unknown[];
    const drive = harness ? (await load(harness.module))[harness.fn] : undefined;
    if (harness && typeof drive !== "function")
      throw new Error(`harness ${harness.fn} is not exported by ${harness.module}`);
    const result = drive
      ? await (drive as (...a: unknown[]) => unknown)(f, ...decoded)
      : await (f as (...a: unknown[]) => unknown)(...decoded);
    if (probe !== undefined)
      return toWire(tf, probeModel(tf, fn, result, fromWire(tf, probe) as ModelProbe));
    return toWire(tf, result);
  } finally {
    tf.engine().endScope();
  }
}

function onMessage(message: Request) {
  const id = message.id;
  call(message).then(
    (value) => send({ type: "result", id, ok: true, value }),
    (error) => send({ type: "result", id, ok: false, error: describeError(error) }),
  );
}

send({ type: "ready" });
