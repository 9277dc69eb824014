/**
 * The comparison helpers against adversarial answers (issue 12): for an expected value drawn
 * at random, every answer derived from it by a plausible forgery (NaN or ±∞ in one place, a
 * value missing or added, a hole, the wrong dtype, a nested array, a string, an object that
 * only looks like a tensor, getters) must be refused with a CheckError that names the problem,
 * and every honest answer within tolerance must pass.
 */

import { CheckError, expectClose, expectShape } from "@dlc/student-kit/src/check/compare.ts";
import { expectPlain } from "@dlc/student-kit/src/check/compare-plain.ts";
import { fc, test } from "@fast-check/vitest";
import * as tf from "@tensorflow/tfjs";
import { describe, expect } from "vitest";
import { expectNumber, expectNumbers } from "./check-kit.ts";

const shapes = fc.array(fc.integer({ min: 1, max: 4 }), { minLength: 1, maxLength: 3 });
const values = (n: number) =>
  fc.array(fc.float({ min: -100, max: 100, noNaN: true, noDefaultInfinity: true }), {
    minLength: n,
    maxLength: n,
  });
const expected = shapes.chain((shape) =>
  values(shape.reduce((a, b) => a * b, 1)).map((v) => ({ shape, values: v.map(Math.fround) })),
);

/** Runs `f` and returns the CheckError it threw (fails the test if it threw something else or nothing). */
function refusal(f: () => void): CheckError {
  try {
    f();
  } catch (error) {
    expect(error).toBeInstanceOf(CheckError);
    return error as CheckError;
  }
  throw new Error("the forged answer was accepted");
}

type Forgery = (e: { shape: number[]; values: number[] }, at: number) => unknown;

const forgeries: Record<string, Forgery> = {
  "NaN in one place": (e, at) =>
    tf.tensor(
      e.values.map((v, i) => (i === at ? Number.NaN : v)),
      e.shape,
    ),
  "+∞ in one place": (e, at) =>
    tf.tensor(
      e.values.map((v, i) => (i === at ? Number.POSITIVE_INFINITY : v)),
      e.shape,
    ),
  "−∞ in one place": (e, at) =>
    tf.tensor(
      e.values.map((v, i) => (i === at ? Number.NEGATIVE_INFINITY : v)),
      e.shape,
    ),
  "one value missing": (e) => tf.tensor(e.values.slice(1)),
  "one value too many": (e) => tf.tensor([...e.values, 0]),
  "int32 instead of float32": (e) => tf.tensor(e.values.map(Math.round), e.shape, "int32"),
  "a nested array": (e) => tf.tensor(e.values, e.shape).arraySync(),
  "an array with a hole": (e) => {
    const a: number[] = [...e.values];
    delete a[0];
    return a;
  },
  "a string": (e) => String(e.values[0]),
  undefined: () => undefined,
  null: () => null,
  "an object that looks like a tensor": (e) => ({
    shape: e.shape,
    dtype: "float32",
    size: e.values.length,
    dataSync: () => Float32Array.from(e.values),
    arraySync: () => tf.tensor(e.values, e.shape).arraySync(),
  }),
  "an object whose getters answer right": (e) =>
    Object.defineProperties(
      {},
      {
        shape: { get: () => e.shape },
        dtype: { get: () => "float32" },
        values: { get: () => e.values },
      },
    ),
};

describe("expectClose refuses every forged answer and accepts honest ones", () => {
  for (const [name, forge] of Object.entries(forgeries))
    test.prop([expected, fc.nat()])(`refuses ${name}`, (e, n) => {
      const at = n % e.values.length;
      const error = refusal(() => expectClose("f(x)", forge(e, at), tf.tensor(e.values, e.shape)));
      expect(error.message.startsWith("f(x)")).toBe(true);
    });

  test.prop([expected, fc.float({ min: -1, max: 1, noNaN: true })])(
    "accepts the expected values moved by less than the tolerance",
    (e, jitter) => {
      const honest = tf.tensor(
        e.values.map((v) => v + jitter * 1e-6 * (1 + Math.abs(v))),
        e.shape,
      );
      expect(() =>
        expectClose("f(x)", honest, tf.tensor(e.values, e.shape), { rtol: 1e-4, atol: 1e-5 }),
      ).not.toThrow();
    },
  );

  test.prop([expected])("expectShape refuses everything but a tensor of that shape", (e) => {
    for (const forge of Object.values(forgeries)) {
      const forged = forge(e, 0);
      if (forged instanceof tf.Tensor && forged.shape.join() === e.shape.join()) continue; // same shape, other values
      refusal(() => expectShape("f(x)", forged, e.shape));
    }
  });
});

describe("the plain-number helpers refuse non-numbers where numbers are due", () => {
  const notNumbers = [
    Number.NaN,
    Number.POSITIVE_INFINITY,
    Number.NEGATIVE_INFINITY,
    "1",
    undefined,
    null,
    [1],
    { valueOf: () => 1 },
    true,
  ];

  test.prop([
    fc.array(fc.float({ min: -10, max: 10, noNaN: true }), { minLength: 1, maxLength: 8 }),
    fc.nat(),
    fc.constantFrom(...notNumbers),
  ])("expectNumbers: a bad entry, a hole, a missing or an extra entry", (costs, n, bad) => {
    const at = n % costs.length;
    refusal(() =>
      expectNumbers(
        "costs",
        costs.map((c, i) => (i === at ? bad : c)),
        costs,
      ),
    );
    const holed: number[] = [...costs];
    delete holed[at];
    refusal(() => expectNumbers("costs", holed, costs));
    refusal(() => expectNumbers("costs", costs.slice(1), costs));
    refusal(() => expectNumbers("costs", [...costs, 0], costs));
    expect(() => expectNumbers("costs", [...costs], costs)).not.toThrow();
  });

  test.prop([fc.constantFrom(...notNumbers)])("expectNumber and expectPlain refuse it", (bad) => {
    refusal(() => expectNumber("J", bad));
    refusal(() => expectPlain("score", bad, 1));
    refusal(() => expectPlain("scores", [1, bad, 3], [1, 2, 3]));
    refusal(() => expectPlain("report", { f1: bad }, { f1: 0.5 }));
  });
});
