/**
 * What the sandbox process takes away before any student module loads (design.md, threat
 * model). Student code shares the process with the IPC channel to the grader; Node's
 * permission model guards files, child processes and workers, but not the channel, not
 * Node's internals and not the network. So:
 *
 * - the child keeps the channel's raw send function and its own message handler in
 *   closures, and deletes every route to the channel from `process` (`send`, `_send`,
 *   `_channel`, `disconnect`, …; `channel` becomes an empty stand-in): student code has
 *   nothing to send with;
 * - `process.emit` is replaced, for good (non-writable, non-configurable), by one that gives
 *   a request from the parent to the child's handler only: a `message` listener added by
 *   student code is never called, so it learns no call id and no input ahead of time;
 * - the routes to Node's internals go (`getBuiltinModule`, `binding`, `_linkedBinding`,
 *   `dlopen`, `kill`, `_getActiveHandles`, `report`, `execve`, …); dynamic `import()` is
 *   compiled away by the build and `eval`/`new Function` are off
 *   (`--disallow-code-generation-from-strings`), so no built-in module can be loaded later;
 * - the network globals go (`fetch`, `WebSocket`, `EventSource`, undici's dispatcher) and
 *   tfjs's own fetch (which would `require("node-fetch")`) refuses.
 */
import type * as tfNamespace from "@tensorflow/tfjs";

type Tf = typeof tfNamespace;
type Send = (message: unknown) => void;
type Loose = Record<string | symbol, unknown>;

/** Members of `process` that reach the IPC channel, Node's internals or other processes. */
export const PROCESS_ROUTES = [
  "send",
  "_send",
  "channel",
  "_channel",
  "connected",
  "disconnect",
  "_disconnect",
  "_handleQueue",
  "_pendingMessage",
  "getBuiltinModule",
  "binding",
  "_linkedBinding",
  "dlopen",
  "kill",
  "_kill",
  "_getActiveHandles",
  "_getActiveRequests",
  "_debugProcess",
  "_debugEnd",
  "_startProfilerIdleNotifier",
  "_stopProfilerIdleNotifier",
  "openStdin",
  "report",
  "loadEnvFile",
  "execve",
  "chdir",
  "setuid",
  "setgid",
  "seteuid",
  "setegid",
  "setgroups",
  "initgroups",
  "mainModule",
  "_preload_modules",
] as const;

/** Globals that open network connections (Node 20-24). */
export const NETWORK_GLOBALS = ["fetch", "WebSocket", "EventSource"] as const;

/**
 * Closes every route listed above and returns the only function left that sends to the
 * parent. `onMessage` receives each request of the parent; nothing else does.
 */
export function lockdown(tf: Tf, onMessage: (message: unknown) => void): Send {
  const proc = process as unknown as Loose;
  const apply = Reflect.apply;
  const rawSend = proc._send;
  const channel = proc.channel as object;
  if (typeof rawSend !== "function" || typeof proc.send !== "function")
    throw new Error("the sandbox must be started with an IPC channel");
  // `_send` reads these from `this` (and the channel itself from its closure): a private
  // receiver that student code never sees
  const self = Object.freeze({
    connected: true,
    channel: true,
    _handleQueue: null,
    emit() {},
  });
  const options = Object.freeze({ swallowErrors: true });
  const send: Send = (message) => {
    apply(rawSend, self, [message, undefined, options, undefined]);
  };

  // a "message" listener is what keeps the channel (and so the process) alive; requests go
  // to `onMessage` only, and Node asks `listenerCount("message")` before emitting
  process.on("message", () => {});
  const emit = proc.emit as (...args: unknown[]) => boolean;
  const listenerCount = proc.listenerCount as (...args: unknown[]) => number;
  Object.defineProperty(process, "emit", {
    value: function (this: unknown, event: unknown, message: unknown) {
      if (event === "message") {
        onMessage(message);
        return true;
      }
      // biome-ignore lint/complexity/noArguments: forwards every argument, without an iterator student code could patch
      return apply(emit, this, arguments);
    },
    writable: false,
    configurable: false,
  });
  Object.defineProperty(process, "listenerCount", {
    value: function (this: unknown, event: unknown) {
      // biome-ignore lint/complexity/noArguments: as above
      return event === "message" ? 1 : apply(listenerCount, this, arguments);
    },
    writable: false,
    configurable: false,
  });

  for (const name of PROCESS_ROUTES) {
    try {
      delete proc[name];
    } catch {
      // not configurable here: make it useless instead
      try {
        proc[name] = undefined;
      } catch {}
    }
  }

  // Node delivers a request only while `process.channel` is truthy, and looks at its queue of
  // early messages whenever a listener is added: a stand-in with an empty queue, fixed for good
  const standIn = Object.create(null) as Loose;
  for (const key of Object.getOwnPropertySymbols(channel))
    if (/pending/i.test(String(key.description))) standIn[key] = Object.freeze([]);
  Object.defineProperty(process, "channel", {
    value: Object.freeze(standIn),
    writable: false,
    configurable: false,
  });

  for (const name of NETWORK_GLOBALS) delete (globalThis as Loose)[name];
  for (const key of Object.getOwnPropertySymbols(globalThis))
    if (/undici/i.test(String(key.description))) delete (globalThis as Loose)[key];
  const refuse = () => Promise.reject(new Error("the sandbox has no network"));
  const platform = tf.env().platform as unknown as Loose | undefined;
  if (platform) {
    const proto = Object.getPrototypeOf(platform) as Loose;
    for (const target of [proto, platform])
      Object.defineProperty(target, "fetch", {
        value: refuse,
        writable: false,
        configurable: false,
      });
  }
  return send;
}
