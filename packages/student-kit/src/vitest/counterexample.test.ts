import { describe, expect, it } from "vitest";
import { nameCounterexample, propertyParameters, splitTopLevel } from "./counterexample.ts";

const source = `
  test.prop([fc.integer(), fc.integer(), fc.nat(100)])(
    "agrees with tf.grad, each gradient shaped like its variable",
    (nPrev, n, seed) => {
      expect(1).toBe(1);
    },
  );
  test.prop([problem])("gives a non-negative cost", (data) => {});
  test.prop([problem])('in single quotes', async function (x: number, y = 2) {});
  test.prop({ a: fc.nat() })("a record", ({ a }) => {});
`;

describe("named counterexamples", () => {
  it("splits fast-check's values at top-level commas only", () => {
    expect(splitTopLevel('1,[2,3],{"a":1,"b":[4]},"x,y",new Float32Array([1,2])')).toEqual([
      "1",
      "[2,3]",
      '{"a":1,"b":[4]}',
      '"x,y"',
      "new Float32Array([1,2])",
    ]);
  });

  it("reads the parameters of the property a test name introduces", () => {
    expect(
      propertyParameters(
        source,
        "agrees with tf.grad, each gradient shaped like its variable (with seed=123)",
      ),
    ).toEqual(["nPrev", "n", "seed"]);
    expect(propertyParameters(source, "gives a non-negative cost")).toEqual(["data"]);
    expect(propertyParameters(source, "in single quotes")).toEqual(["x", "y"]);
    expect(propertyParameters(source, "a record")).toBeUndefined();
    expect(propertyParameters(source, "not in the file")).toBeUndefined();
  });

  it("names each value, and leaves a counterexample it cannot match as it was", () => {
    expect(nameCounterexample("Counterexample: [1,1,2,0]", ["nPrev", "n", "m", "seed"])).toBe(
      "Counterexample: nPrev = 1, n = 1, m = 2, seed = 0",
    );
    expect(nameCounterexample("Counterexample: [1,2]", ["a"])).toBe("Counterexample: [1,2]");
    expect(nameCounterexample("Counterexample: [1]", undefined)).toBe("Counterexample: [1]");
  });
});
