/**
 * What the gradient-checking checks share: seeded float64 networks of varied sizes, the
 * backward passes with bugs a student's `gradientCheckN` must flag, and comparisons of plain
 * float64 numbers, vectors and matrices that say which parameter entry is off.
 */

import { between } from "@dlc/grader/checks";
import { CheckError, describeValue, type RandomState } from "@dlc/student-kit/check";
import { gradientCheckN } from "../../solutions/03-gradient-checking/gradient-check-n.ts";
import { gradientsToVector } from "../../solutions/03-gradient-checking/gradients-to-vector.ts";
import {
  backwardPropagationN,
  backwardPropagationNFixed,
  forwardPropagationN,
  type GradientCheckCache,
  type NetGradients,
  type NetParameters,
} from "../../src/gradient-check-net.ts";
import { fromValues, type Matrix, norm, shapeOf } from "../../src/matrix64.ts";

export const PARAMETER_KEYS = ["W1", "b1", "W2", "b2", "W3", "b3"];
export const GRADIENT_KEYS = ["dW1", "db1", "dW2", "db2", "dW3", "db3"];

/** A [rows, cols] matrix of standard normals times `scale`. */
export function randnMatrix(rng: RandomState, rows: number, cols: number, scale = 1): Matrix {
  return fromValues(
    rows,
    cols,
    Array.from(rng.randn(rows, cols), (v) => v * scale),
  );
}

/** Parameters of a network with the given sizes, randn · scale. */
export function randomParameters(rng: RandomState, dims: number[], scale = 1): NetParameters {
  const parameters: NetParameters = {};
  for (let l = 1; l < dims.length; l++) {
    parameters[`W${l}`] = randnMatrix(rng, dims[l]!, dims[l - 1]!, scale);
    parameters[`b${l}`] = randnMatrix(rng, dims[l]!, 1, scale);
  }
  return parameters;
}

/** Layer sizes [n0, n1, n2, n3] other than the notebook's; n3 = 1 when the cost must work. */
export function randomDims(rng: RandomState, outputs: [number, number] = [1, 1]): number[] {
  return [between(rng, 2, 5), between(rng, 2, 5), between(rng, 2, 4), between(rng, ...outputs)];
}

/** The label of entry i of theta for these sizes: "W1[0][2]", "b2[1][0]", … */
export function entryLabels(dims: number[], prefix = ""): string[] {
  const labels: string[] = [];
  for (let l = 1; l < dims.length; l++) {
    for (let r = 0; r < dims[l]!; r++)
      for (let c = 0; c < dims[l - 1]!; c++) labels.push(`${prefix}W${l}[${r}][${c}]`);
    for (let r = 0; r < dims[l]!; r++) labels.push(`${prefix}b${l}[${r}][0]`);
  }
  return labels;
}

export interface Network {
  dims: number[];
  X: Matrix;
  Y: Matrix;
  parameters: NetParameters;
  cache: GradientCheckCache;
}

/** A network of varied sizes: X randn [n0, m], Y with both labels, parameters randn · 0.5. */
export function randomNetwork(rng: RandomState): Network {
  const dims = randomDims(rng);
  const m = between(rng, 3, 6);
  const X = randnMatrix(rng, dims[0]!, m);
  const labels = Array.from(rng.rand(m), (v) => (v < 0.5 ? 1 : 0));
  labels[0] = 1;
  labels[m - 1] = 0;
  const Y = [labels];
  // 0.5 keeps σ away from 0 and 1, where log(1 − a) loses digits and a correct backward pass
  // could miss the 2e-7 threshold
  const parameters = randomParameters(rng, dims, 0.5);
  const { cache } = forwardPropagationN(X, Y, parameters);
  return { dims, X, Y, parameters, cache };
}

export interface Bug {
  name: string;
  backward(X: Matrix, Y: Matrix, cache: GradientCheckCache): NetGradients;
}

const scaled = (A: Matrix, s: number) => A.map((row) => row.map((v) => s * v));

/** Backward passes a gradient check must flag. */
export const BUGS: Bug[] = [
  {
    name: "the notebook's provided backwardPropagationN (dW2 twice, db1 four times too large)",
    backward: backwardPropagationN,
  },
  {
    name: "a backward pass with the wrong sign of db3",
    backward: (X, Y, cache) => {
      const g = backwardPropagationNFixed(X, Y, cache);
      return { ...g, db3: scaled(g.db3!, -1) };
    },
  },
  {
    name: "a backward pass whose dW1 misses the 1/m",
    backward: (X, Y, cache) => {
      const g = backwardPropagationNFixed(X, Y, cache);
      return { ...g, dW1: scaled(g.dW1!, shapeOf(X)[1]) };
    },
  },
  {
    name: "a backward pass whose db2 misses the 1/m",
    backward: (X, Y, cache) => {
      const g = backwardPropagationNFixed(X, Y, cache);
      return { ...g, db2: scaled(g.db2!, shapeOf(X)[1]) };
    },
  },
];

function relativeDistance(a: number[], b: number[]): number {
  return norm(a.map((v, i) => v - b[i]!)) / (norm(a) + norm(b));
}

/**
 * A network on which the reference passes the correct backward pass with a wide margin
 * (difference below 5e-8) and every bug of `BUGS` changes the gradient vector by more than
 * 1e-3 (a bug in a dead relu unit would be invisible). Redraws until both hold.
 */
export function checkableNetwork(rng: RandomState): Network {
  for (let attempt = 0; attempt < 100; attempt++) {
    const net = randomNetwork(rng);
    const { X, Y, parameters, cache } = net;
    const correct = backwardPropagationNFixed(X, Y, cache);
    if (!(gradientCheckN(parameters, correct, X, Y) < 5e-8)) continue;
    const good = gradientsToVector(correct);
    if (
      BUGS.every(
        (bug) => relativeDistance(gradientsToVector(bug.backward(X, Y, cache)), good) > 1e-3,
      )
    )
      return net;
  }
  throw new Error("checkableNetwork: no suitable network in 100 draws");
}

/** Asserts a finite number within rtol·|expected| + atol of `expected`. */
export function expectScalar(
  what: string,
  actual: unknown,
  expected: number,
  { rtol = 1e-6, atol = 0, hint = "" }: { rtol?: number; atol?: number; hint?: string } = {},
): number {
  if (typeof actual !== "number")
    throw new CheckError(`${what} should be a plain number, got ${describeValue(actual)}`);
  if (!Number.isFinite(actual)) throw new CheckError(`${what} should be finite, got ${actual}`);
  if (!(Math.abs(actual - expected) <= rtol * Math.abs(expected) + atol))
    throw new CheckError(`${what} should be ${expected}, got ${actual}${hint ? `. ${hint}` : ""}`);
  return actual;
}

/**
 * Asserts an array of `expected.length` numbers equal to `expected` (within rtol), naming the
 * first wrong entry by `labels[i]` ("theta[21], which should be b1[1][0]").
 */
export function expectVector(
  what: string,
  actual: unknown,
  expected: readonly number[],
  labels: readonly string[],
  { rtol = 0, hint = "" }: { rtol?: number; hint?: string } = {},
): number[] {
  if (!Array.isArray(actual))
    throw new CheckError(
      `${what} should be an array of ${expected.length} numbers, got ${describeValue(actual)}`,
    );
  if (actual.length !== expected.length)
    throw new CheckError(
      `${what} has ${actual.length} entries, expected ${expected.length} (one per parameter: ` +
        `${labels[0]} … ${labels.at(-1)})${hint ? `. ${hint}` : ""}`,
    );
  actual.forEach((v, i) => {
    if (typeof v !== "number" || !Number.isFinite(v))
      throw new CheckError(`${what}[${i}] should be a finite number, got ${describeValue(v)}`);
  });
  const wrong = expected.findIndex(
    (e, i) => !(Math.abs((actual[i] as number) - e) <= rtol * Math.abs(e)),
  );
  if (wrong >= 0)
    throw new CheckError(
      `${what}[${wrong}] should be ${labels[wrong]} = ${expected[wrong]}, got ${actual[wrong]}` +
        `${hint ? `. ${hint}` : ""}`,
    );
  return actual as number[];
}

/** Asserts an object of matrices (arrays of rows) equal to `expected`, key by key. */
export function expectMatrices(
  what: string,
  actual: unknown,
  expected: Record<string, Matrix>,
  hint = "",
): void {
  const tail = hint ? `. ${hint}` : "";
  if (typeof actual !== "object" || actual === null || Array.isArray(actual))
    throw new CheckError(
      `${what} should be an object with ${Object.keys(expected).join(", ")}, got ${describeValue(actual)}`,
    );
  const record = actual as Record<string, unknown>;
  for (const [key, matrix] of Object.entries(expected)) {
    const [rows, cols] = shapeOf(matrix);
    const got = record[key];
    if (
      !Array.isArray(got) ||
      got.length !== rows ||
      !got.every((row) => Array.isArray(row) && row.length === cols)
    ) {
      const shape =
        Array.isArray(got) && Array.isArray(got[0])
          ? `[${got.length}, ${(got[0] as unknown[]).length}]`
          : describeValue(got);
      throw new CheckError(
        `${what}.${key} should be a [${rows}, ${cols}] matrix (an array of ${rows} rows of ${cols} numbers), got ${shape}${tail}`,
      );
    }
    for (const [r, row] of matrix.entries())
      for (const [c, e] of row.entries()) {
        const a = (got as unknown[][])[r]![c];
        if (a !== e)
          throw new CheckError(
            `${what}.${key}[${r}][${c}] should be ${e}, got ${typeof a === "number" ? a : describeValue(a)}${tail}`,
          );
      }
  }
}
