/**
 * `@dlc/grader/checks`: how a course writes hidden checks. One file per graded
 * function, `hidden/NN-slug/<module>.checks.ts`, default-exports
 * `defineChecks("propagate", [...])`. A check runs in the trusted parent: it draws
 * inputs from its seeded `rng`, calls the student's function in the sandbox through
 * `ctx.call`, compares against the reference it imports itself, and throws (a
 * `CheckError` from `expectClose`, or any Error) to fail.
 */

import type { RandomState } from "@dlc/student-kit/src/check/random-state.ts";
import * as fc from "fast-check";
import type { ModelProbe } from "./sandbox/model-probe.ts";
import { SandboxFailure, SandboxStartError } from "./sandbox/sandbox.ts";

export type CheckKind = "contract" | "reference" | "property" | "gradient" | "training" | "model";

/**
 * What a sandbox call resolves to: plain data with tensors rebuilt by the parent. Typed
 * loosely on purpose: a check states what it expects and a contract check verifies it.
 */
// biome-ignore lint/suspicious/noExplicitAny: answers are validated by the checks themselves
export type Answer = any;

/** A course harness and its function (see `CheckContext.harness`). */
export interface HarnessCall {
  /** `src/<file>`, a `*.harness.ts` module of the course */
  file: string;
  fn: string;
}

export interface CheckContext {
  /** calls the student's function under check in the sandbox; tensors come back rebuilt */
  call(...args: unknown[]): Promise<Answer>;
  /**
   * Calls the student's function, which must build a layers model, and answers with what the
   * probe asks of that model: its layer rows, weight shapes and, given inputs, its outputs
   * after loading the probe's weights (see `modelProbe` and `expectModel`). With `via`, a
   * harness builds the model from the student's function (a block applied to a symbolic input).
   */
  model(args: unknown[], probe: ModelProbe, via?: HarnessCall): Promise<Answer>;
  /**
   * Calls a harness of the course (`src/<file>`, a `*.harness.ts` module) inside the sandbox
   * with the student's function as its first argument, for functions whose arguments cannot
   * cross as plain data (a tf.Variable, an optimizer, a model): `harness("style-transfer.harness.ts",
   * "runTrainSteps", content, style, 5)`. The harness returns plain data; verify it, don't trust it.
   */
  harness(file: string, fn: string, ...args: unknown[]): Promise<Answer>;
  /** calls another graded function of the submission: `callOther("linearForward", A, W, b)` */
  callOther(fn: string, ...args: unknown[]): Promise<Answer>;
  /** this check's seed (derived from the run's seed and the check id) */
  seed: number;
  /** numpy-compatible generator seeded with `seed` */
  rng: RandomState;
  /** whether feedback may show the hidden inputs */
  reveal: boolean;
  /** records a hidden input so `--reveal` can show it next to a failure */
  input(label: string, value: unknown): void;
  /**
   * Runs a fast-check property with this check's seed. On failure the minimal
   * counterexample is shown only with `--reveal`.
   */
  property<T>(
    arbitrary: fc.Arbitrary<T>,
    predicate: (value: T) => Promise<void>,
    options?: { numRuns?: number },
  ): Promise<void>;
}

export interface Check {
  /** stable within the function, kebab-case: `grads-match-reference` */
  id: string;
  kind: CheckKind;
  points: number;
  /** one line a student sees: what is checked, not how */
  description: string;
  /** per-call timeout override, ms (training checks need more) */
  timeoutMs?: number;
  run(ctx: CheckContext): Promise<void>;
}

export interface FunctionChecks {
  /** the graded function's exported name */
  fn: string;
  checks: Check[];
}

export function defineChecks(fn: string, checks: Check[]): FunctionChecks {
  const ids = new Set<string>();
  for (const check of checks) {
    if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(check.id))
      throw new Error(`${fn}: check id '${check.id}' must be kebab-case`);
    if (ids.has(check.id)) throw new Error(`${fn}: check id '${check.id}' is used twice`);
    if (!(check.points > 0)) throw new Error(`${fn}: check '${check.id}' needs positive points`);
    ids.add(check.id);
  }
  return { fn, checks };
}

/** A stable 31-bit seed for one check: the run's seed mixed with the check's id (FNV-1a). */
export function checkSeed(runSeed: number, id: string): number {
  let h = 0x811c9dc5 ^ runSeed;
  for (let i = 0; i < id.length; i++) {
    h ^= id.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) % 2 ** 31;
}

/** Runs a property the way `CheckContext.property` promises. */
export async function runProperty<T>(
  seed: number,
  reveal: boolean,
  arbitrary: fc.Arbitrary<T>,
  predicate: (value: T) => Promise<void>,
  numRuns = 20,
): Promise<void> {
  const details = await fc.check(fc.asyncProperty(arbitrary, predicate), {
    seed,
    numRuns,
    endOnFailure: false,
  });
  if (!details.failed) return;
  // a submission that crashed or timed out keeps that reason, not "wrong"
  // and a sandbox that could not start stops the grading
  if (
    details.errorInstance instanceof SandboxFailure ||
    details.errorInstance instanceof SandboxStartError
  )
    throw details.errorInstance;
  const cause =
    details.errorInstance instanceof Error
      ? details.errorInstance.message
      : String(details.errorInstance);
  const shown = reveal
    ? `\nMinimal counterexample: ${fc.stringify(details.counterexample)}`
    : " (run with --reveal to see the minimal counterexample)";
  throw new Error(
    `property failed after ${details.numRuns} inputs and ${details.numShrinks} shrinks: ${cause}${shown}`,
  );
}
