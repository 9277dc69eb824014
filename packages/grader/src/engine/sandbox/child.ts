/**
 * The sandbox process. The parent bundles this file with esbuild and starts it under
 * Node's permission model (reads: the build folder and the dependencies; no writes, no
 * child processes, no workers). It answers one kind of message: call `fn` of the built
 * `module` with these arguments, and replies with plain data (see wire.ts).
 */
import * as tf from "@tensorflow/tfjs";
import "@tensorflow/tfjs-backend-wasm";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { installTransposedMatMul } from "../../check/wasm-matmul.ts";
import { fromWire, toWire } from "./wire.ts";

interface CallMessage {
  id: number;
  module: string;
  fn: string;
  args: unknown[];
}

const buildDir = process.argv[2] ?? ".";
const send = process.send?.bind(process);
if (!send) throw new Error("the sandbox must be started with an IPC channel");

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
// the same kernels as the student's own runs (and the reference's): see wasm-matmul.ts
installTransposedMatMul(tf);

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

async function call({ module, fn, args }: CallMessage): Promise<unknown> {
  const exports = await load(module);
  const f = exports[fn];
  if (typeof f !== "function")
    throw Object.assign(new Error(`${fn} is not exported by ${module.replace(/\.mjs$/, ".ts")}`), {
      name: "Missing",
    });
  tf.engine().startScope();
  try {
    const result = await (f as (...a: unknown[]) => unknown)(...(fromWire(tf, args) as unknown[]));
    return toWire(tf, result);
  } finally {
    tf.engine().endScope();
  }
}

process.on("message", (message: CallMessage) => {
  call(message).then(
    (value) => send({ type: "result", id: message.id, ok: true, value }),
    (error) => send({ type: "result", id: message.id, ok: false, error: describeError(error) }),
  );
});

send({ type: "ready" });
