/**
 * The parent's handle on a sandbox process: start it, call a function in it with a
 * deadline, and replace it when it dies. Every failure becomes a `SandboxFailure`
 * with a reason a student can read (timeout after N s, out of memory, exited, threw).
 */
import { type ChildProcess, spawn } from "node:child_process";
import * as tf from "@tensorflow/tfjs";
import { fromWire, toWire } from "./wire.ts";

export interface SandboxOptions {
  /** the built child script (child.mjs) */
  childScript: string;
  /** the build folder the child imports student modules from */
  buildDir: string;
  /** folders and files the child may read (the build folder, the dependencies) */
  readable: string[];
  /** memory cap for the whole process (RLIMIT_DATA), MB */
  memoryMb: number;
  /** how long the process may take to start and load tfjs, ms */
  startTimeoutMs?: number;
}

/** Why a call gave no answer, or the answer was an error thrown by the student's code. */
export class SandboxFailure extends Error {
  constructor(
    readonly reason: "timeout" | "crash" | "threw" | "not-implemented" | "missing" | "bad-answer",
    message: string,
  ) {
    super(message);
    this.name = "SandboxFailure";
  }
}

interface Pending {
  id: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

const STDERR_LIMIT = 16_384;

export class Sandbox {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private pending: Pending | undefined;
  private stderr = "";
  private nextId = 1;
  /** how many processes were started (1 + restarts) */
  starts = 0;

  constructor(private readonly options: SandboxOptions) {}

  private start(): Promise<void> {
    const { childScript, buildDir, readable, memoryMb } = this.options;
    const node = [
      process.execPath,
      "--experimental-permission",
      "--disable-warning=ExperimentalWarning",
      ...readable.map((p) => `--allow-fs-read=${p}`),
      `--max-old-space-size=${Math.max(64, Math.floor(memoryMb / 2))}`,
      childScript,
      buildDir,
    ];
    const quoted = node.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(" ");
    // ulimit -d caps typed arrays and wasm memory too, which --max-old-space-size does not.
    const child = spawn("/bin/sh", ["-c", `ulimit -d ${memoryMb * 1024} && exec ${quoted}`], {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", NODE_OPTIONS: "" },
    });
    this.child = child;
    this.stderr = "";
    this.starts++;
    child.stderr?.on("data", (chunk: Buffer) => {
      if (this.stderr.length < STDERR_LIMIT) this.stderr += chunk.toString("utf8");
    });
    const ready = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => {
        this.kill();
        reject(
          new SandboxFailure(
            "crash",
            `the sandbox did not start within ${this.options.startTimeoutMs ?? 20_000} ms`,
          ),
        );
      }, this.options.startTimeoutMs ?? 20_000);
      child.on(
        "message",
        (message: {
          type?: string;
          id?: number;
          ok?: boolean;
          value?: unknown;
          error?: { name: string; message: string };
          message?: string;
        }) => {
          if (message?.type === "ready") {
            clearTimeout(timer);
            resolve();
          } else if (message?.type === "fatal") {
            clearTimeout(timer);
            reject(new SandboxFailure("crash", String(message.message)));
          } else if (message?.type === "result") this.settle(message);
        },
      );
      child.on("exit", (code, signal) => {
        clearTimeout(timer);
        const why = this.exitReason(code, signal);
        this.child = undefined;
        this.ready = undefined;
        reject(new SandboxFailure("crash", why));
        const pending = this.pending;
        this.pending = undefined;
        pending?.reject(new SandboxFailure("crash", why));
      });
    });
    ready.catch(() => {});
    return ready;
  }

  private exitReason(code: number | null, signal: NodeJS.Signals | null): string {
    const err = this.stderr;
    if (
      /heap out of memory|Array buffer allocation failed|Out of memory|memory access out of bounds|Cannot allocate/i.test(
        err,
      )
    ) {
      return `out of memory (the sandbox is capped at ${this.options.memoryMb} MB)`;
    }
    if (/ERR_ACCESS_DENIED/.test(err))
      return `the process was stopped: it tried something the sandbox does not allow (${err.match(/permission: '(\w+)'/)?.[1] ?? "access denied"})`;
    if (signal) return `the process was killed by ${signal}`;
    return `the process exited with code ${code} during the call`;
  }

  private settle(message: {
    id?: number;
    ok?: boolean;
    value?: unknown;
    error?: { name: string; message: string };
  }) {
    const pending = this.pending;
    if (!pending || message.id !== pending.id) return; // stale or forged: ignore
    this.pending = undefined;
    if (message.ok) {
      try {
        pending.resolve(fromWire(tf, message.value));
      } catch (error) {
        pending.reject(
          new SandboxFailure(
            "bad-answer",
            `the answer could not be read: ${(error as Error).message}`,
          ),
        );
      }
      return;
    }
    const { name = "Error", message: text = "" } = message.error ?? {};
    if (name === "NotImplemented")
      pending.reject(new SandboxFailure("not-implemented", String(text)));
    else if (name === "Missing") pending.reject(new SandboxFailure("missing", String(text)));
    else pending.reject(new SandboxFailure("threw", `threw ${String(name)}: ${String(text)}`));
  }

  /** Calls `fn` exported by the built `module` (a path inside the build folder) with `args`. */
  async call(module: string, fn: string, args: unknown[], timeoutMs: number): Promise<unknown> {
    if (!this.child || !this.ready) this.ready = this.start();
    await this.ready;
    const child = this.child;
    if (!child) throw new SandboxFailure("crash", "the sandbox is not running");
    const id = this.nextId++;
    const payload = { id, module, fn, args: toWire(tf, args) };
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.pending = undefined;
        this.kill();
        reject(
          new SandboxFailure(
            "timeout",
            `no answer within ${(timeoutMs / 1000).toFixed(1)} s (timeout); the process was killed`,
          ),
        );
      }, timeoutMs);
      this.pending = {
        id,
        resolve: (v) => {
          clearTimeout(timer);
          resolve(v);
        },
        reject: (e) => {
          clearTimeout(timer);
          reject(e);
        },
      };
      child.send(payload);
    });
  }

  /** Kills the process with SIGKILL (a child can ignore SIGTERM); the next call starts a fresh one. */
  kill() {
    const child = this.child;
    this.child = undefined;
    this.ready = undefined;
    if (child && child.exitCode === null) {
      child.removeAllListeners("exit");
      child.kill("SIGKILL");
    }
  }
}
