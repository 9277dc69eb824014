import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { allFunctions, type Course } from "@dlc/student-kit/src/course/define-course.ts";
import { describe, expect, it } from "vitest";
import { declaredValueImports, missingImports, usedValueImports } from "./stub-imports.ts";

const solution = `import * as tf from "@tensorflow/tfjs";
import { type Matrix, norm } from "../../src/matrix64.ts";
import { sigmoid } from "./sigmoid.ts";
import type { Parameters } from "../../src/types.ts";
export function f(x: tf.Tensor, p: Parameters, m: Matrix): tf.Tensor {
  return tf.exp(sigmoid(x)).mul(norm(m));
}`;

describe("stub imports", () => {
  it("keeps the value imports a solution's body uses, not the type-only ones", () => {
    expect(usedValueImports(solution)).toEqual([
      { from: "@tensorflow/tfjs", imported: "*", local: "tf" },
      { from: "../../src/matrix64.ts", imported: "norm", local: "norm" },
      { from: "./sigmoid.ts", imported: "sigmoid", local: "sigmoid" },
    ]);
  });

  it("reads a stub's value imports, type-only ones excluded, whatever the formatting", () => {
    const stub = `import { NotImplemented } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import {
  type Matrix,
  norm as n2,
} from "../../src/matrix64.ts";`;
    expect(declaredValueImports(stub)).toEqual([
      { from: "@dlc/student-kit/check", imported: "NotImplemented", local: "NotImplemented" },
      { from: "../../src/matrix64.ts", imported: "norm", local: "n2" },
    ]);
  });

  it("names what a stub importing tf as a type only lacks (the 'tf is not defined' bug)", () => {
    const stub = `import { NotImplemented } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import type { Parameters } from "../../src/types.ts";
import type { Matrix } from "../../src/matrix64.ts";
export function f(x: tf.Tensor, p: Parameters, m: Matrix): tf.Tensor {
  // TODO
  throw new NotImplemented("f");
}`;
    expect(missingImports(stub, solution)).toEqual([
      'import * as tf from "@tensorflow/tfjs"',
      'import { norm } from "../../src/matrix64.ts"',
      'import { sigmoid } from "./sigmoid.ts"',
    ]);
  });

  it("is satisfied when the stub imports the same values", () => {
    const stub = `import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { type Matrix, norm } from "../../src/matrix64.ts";
import type { Parameters } from "../../src/types.ts";
import { sigmoid } from "./sigmoid.ts";
export function f(x: tf.Tensor, p: Parameters, m: Matrix): tf.Tensor {
  throw new NotImplemented("f");
}`;
    expect(missingImports(stub, solution)).toEqual([]);
  });

  // every course, present and future: what `dlc prove` checks, here in seconds
  const packages = fileURLToPath(new URL("../../../", import.meta.url));
  const courses = readdirSync(packages).filter((name) =>
    readdirSync(join(packages, name)).includes("course.ts"),
  );
  it.each(courses)("%s: every stub imports what its solution's body uses", async (name) => {
    const dir = join(packages, name);
    const course = (
      (await import(pathToFileURL(join(dir, "course.ts")).href)) as { default: Course }
    ).default;
    const gaps = allFunctions(course).flatMap(({ assignment, fn }) => {
      const read = (folder: string) =>
        readFileSync(join(dir, folder, assignment.slug, fn.module), "utf8");
      const missing = missingImports(read("exercises"), read("solutions"));
      return missing.length ? [`${assignment.slug}/${fn.module}: ${missing.join("; ")}`] : [];
    });
    expect(gaps).toEqual([]);
  });
});
