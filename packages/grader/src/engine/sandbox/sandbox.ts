/**
 * The parent's handle on a sandbox process: start it, load a module or call a function in
 * it with a deadline, and replace it when it dies. Every failure of the submission becomes
 * a `SandboxFailure` with a reason a student can read (timeout after N s, out of memory,
 * exited, threw); a sandbox that cannot start at all is the grader's failure
 * (`SandboxStartError`), never the student's.
 */
import { type ChildProcess, spawn, spawnSync } from "node:child_process";
import * as tf from "@tensorflow/tfjs";
import type { ModelProbe } from "./model-probe.ts";
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
  /** test only: extra flags for the child's node (e.g. a bogus one, to see a start failure) */
  nodeFlags?: string[];
  /** test only: no network namespace even where the OS allows one */
  noNetworkNamespace?: boolean;
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

/**
 * The sandbox could not start before any student module was loaded (a node flag refused,
 * tfjs's wasm backend failing, no `ready` in time): the grader is broken, not the submission.
 */
export class SandboxStartError extends Error {
  override readonly name = "SandboxStartError";
}

/** Which protections were in force (recorded in the grade report). */
export interface SandboxProtection {
  /** "namespace": a network namespace of its own (no network at all); else the globals are gone */
  network: "namespace" | "globals-removed";
  /** the permission-model flag this Node takes */
  permission: "--permission" | "--experimental-permission";
  /** the Node version running the sandbox */
  node: string;
}

/** `--permission` since Node 22.13/23.5 (Node 24 refuses the old name), else the experimental one. */
export function permissionFlag(): SandboxProtection["permission"] {
  return process.allowedNodeEnvironmentFlags.has("--permission")
    ? "--permission"
    : "--experimental-permission";
}

let namespaceCommand: string[] | null | undefined;

/**
 * The command that starts a process in a new network namespace, if this machine allows it:
 * `unshare -n` (as root), else `unshare -rn` (in a user namespace), else none (asked once).
 */
export function networkNamespace(): string[] | null {
  if (namespaceCommand !== undefined) return namespaceCommand;
  namespaceCommand = null;
  for (const flags of ["-n", "-rn"]) {
    const probe = spawnSync("unshare", [flags, "--", "/bin/true"], {
      stdio: "ignore",
      timeout: 5000,
    });
    if (probe.status === 0) {
      namespaceCommand = ["unshare", flags, "--"];
      break;
    }
  }
  return namespaceCommand;
}

let reservedMb: number | undefined;

/**
 * What this Node reserves as data at start beyond an ordinary ~50 MB, MB. RLIMIT_DATA counts
 * reservations too: Node 24's V8 reserves its 512 MB code range as data (a bare `node -e 0`
 * has VmData ~560 MB, against ~48 MB on Node 20 and 22), so a 512 MB cap would not even let it
 * start. The cap is raised by this much, to leave the submission the memory it was promised.
 */
export function reservedDataMb(): number {
  if (reservedMb !== undefined) return reservedMb;
  reservedMb = 0;
  const probe = spawnSync(
    process.execPath,
    ["-e", "process.stdout.write(require('fs').readFileSync('/proc/self/status','utf8'))"],
    { encoding: "utf8", timeout: 10_000, env: { PATH: process.env.PATH ?? "/usr/bin:/bin" } },
  );
  const kb = Number(/VmData:\s*(\d+)\s*kB/.exec(probe.stdout ?? "")?.[1]);
  if (Number.isFinite(kb)) reservedMb = Math.max(0, Math.ceil(kb / 1024) - 64);
  return reservedMb;
}

interface Pending {
  id: number;
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Message {
  type?: string;
  id?: number;
  ok?: boolean;
  value?: unknown;
  error?: { name: string; message: string };
  message?: string;
}

const STDERR_LIMIT = 16_384;

/** The failure of an answer nobody asked for (a second one, or one for an id not pending). */
const UNASKED = "the sandbox sent an answer it was not asked for";

export class Sandbox {
  private child: ChildProcess | undefined;
  private ready: Promise<void> | undefined;
  private pending: Pending | undefined;
  private stderr = "";
  private nextId = 1;
  /** how many processes were started (1 + restarts) */
  starts = 0;
  /** how many times the sandbox sent a message it was not asked for (each one restarts it) */
  tampered = 0;
  /** an unasked message came between calls: the next call fails with it */
  private unaskedWhileIdle = false;
  /** the protections in force */
  readonly protection: SandboxProtection;
  private readonly namespace: string[] | null;

  constructor(private readonly options: SandboxOptions) {
    this.namespace = options.noNetworkNamespace ? null : networkNamespace();
    this.protection = {
      network: this.namespace ? "namespace" : "globals-removed",
      permission: permissionFlag(),
      node: process.version,
    };
  }

  private start(): Promise<void> {
    const { childScript, buildDir, readable, memoryMb } = this.options;
    const node = [
      ...(this.namespace ?? []),
      process.execPath,
      this.protection.permission,
      "--disable-warning=ExperimentalWarning",
      "--disallow-code-generation-from-strings",
      ...readable.map((p) => `--allow-fs-read=${p}`),
      `--max-old-space-size=${Math.max(64, Math.floor(memoryMb / 2))}`,
      ...(this.options.nodeFlags ?? []),
      childScript,
      buildDir,
    ];
    const quoted = node.map((a) => `'${a.replaceAll("'", "'\\''")}'`).join(" ");
    // ulimit -d caps typed arrays and wasm memory too, which --max-old-space-size does not.
    const dataKb = (memoryMb + reservedDataMb()) * 1024;
    const child = spawn("/bin/sh", ["-c", `ulimit -d ${dataKb} && exec ${quoted}`], {
      stdio: ["ignore", "ignore", "pipe", "ipc"],
      serialization: "advanced",
      env: { PATH: process.env.PATH ?? "/usr/bin:/bin", NODE_OPTIONS: "" },
    });
    this.child = child;
    this.stderr = "";
    this.starts++;
    // a send to a process that just died: its exit is reported by the "exit" handler
    child.on("error", () => {});
    child.stderr?.on("data", (chunk: Buffer) => {
      if (this.stderr.length < STDERR_LIMIT) this.stderr += chunk.toString("utf8");
    });
    const startTimeoutMs = this.options.startTimeoutMs ?? 30_000;
    let started = false;
    const ready = new Promise<void>((resolve, reject) => {
      const cannotStart = (why: string) => {
        clearTimeout(timer);
        const detail = this.stderr.trim().split("\n").find(Boolean);
        reject(
          new SandboxStartError(
            `the sandbox could not start (${why})${detail ? `: ${detail.slice(0, 300)}` : ""}`,
          ),
        );
      };
      const timer = setTimeout(() => {
        this.kill();
        cannotStart(`no ready signal within ${startTimeoutMs / 1000} s`);
      }, startTimeoutMs);
      child.on("message", (message: Message) => {
        if (!started && message?.type === "ready") {
          started = true;
          clearTimeout(timer);
          resolve();
        } else if (!started) {
          // no student code has run yet: whatever this is, the sandbox itself is broken
          this.kill();
          cannotStart(
            message?.type === "fatal"
              ? String(message.message)
              : `unexpected message before ready: ${String(message?.type)}`,
          );
        } else if (message?.type === "result") this.settle(message);
        else this.unasked();
      });
      child.on("exit", (code, signal) => {
        const why = this.exitReason(code, signal);
        this.child = undefined;
        this.ready = undefined;
        if (!started) cannotStart(why);
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

  /**
   * A message nobody asked for (an answer for an id not pending, a second answer, a second
   * `ready`): tampering. The call in progress fails as `bad-answer` and the process is replaced.
   */
  private unasked() {
    this.tampered++;
    const pending = this.pending;
    this.pending = undefined;
    this.kill();
    if (pending) pending.reject(new SandboxFailure("bad-answer", UNASKED));
    else this.unaskedWhileIdle = true;
  }

  private settle(message: Message) {
    const pending = this.pending;
    if (!pending || message.id !== pending.id) {
      this.unasked();
      return;
    }
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

  /** Starts the process if none runs; resolves when it is ready (or throws `SandboxStartError`). */
  async started(): Promise<void> {
    if (!this.child || !this.ready) this.ready = this.start();
    await this.ready;
  }

  /**
   * Calls `fn` exported by the built `module` (a path inside the build folder) with `args`.
   * With `probe` (a `model` check), `fn` must return a layers model and the answer is its
   * summary and outputs (model-probe.ts), not the model. With `harness` (a built module and
   * one of its functions), the harness is called instead, with `fn` as its first argument.
   */
  call(
    module: string,
    fn: string,
    args: unknown[],
    timeoutMs: number,
    extra: { probe?: ModelProbe; harness?: { module: string; fn: string } } = {},
  ): Promise<unknown> {
    return this.request(
      {
        op: "call",
        module,
        fn,
        args: toWire(tf, args),
        ...(extra.probe ? { probe: toWire(tf, extra.probe) } : {}),
        ...(extra.harness ? { harness: extra.harness } : {}),
      },
      timeoutMs,
    );
  }

  /** Imports the built `module` (its top level runs) without calling anything. */
  async load(module: string, timeoutMs: number): Promise<void> {
    await this.request({ op: "load", module, fn: "", args: [] }, timeoutMs);
  }

  private async request(
    body: {
      op: "load" | "call";
      module: string;
      fn: string;
      args: unknown;
      probe?: unknown;
      harness?: { module: string; fn: string };
    },
    timeoutMs: number,
  ): Promise<unknown> {
    await this.started();
    if (this.unaskedWhileIdle) {
      this.unaskedWhileIdle = false;
      throw new SandboxFailure("bad-answer", UNASKED);
    }
    const child = this.child;
    if (!child) throw new SandboxFailure("crash", "the sandbox is not running");
    const id = this.nextId++;
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
      child.send({ id, ...body });
    });
  }

  /** Kills the process with SIGKILL (a child can ignore SIGTERM); the next call starts a fresh one. */
  kill() {
    const child = this.child;
    this.child = undefined;
    this.ready = undefined;
    if (child && child.exitCode === null) {
      child.removeAllListeners("exit");
      child.removeAllListeners("message");
      child.kill("SIGKILL");
    }
  }
}
