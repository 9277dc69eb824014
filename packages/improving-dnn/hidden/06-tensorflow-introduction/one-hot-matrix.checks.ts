import { between, defineChecks } from "@dlc/grader/checks";
import { CheckError, expectClose, expectShape } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

type Form = "number" | "array" | "scalar" | "vector";
const FORMS: Form[] = ["number", "array", "scalar", "vector"];
const describeLabel: Record<Form, (k: number) => string> = {
  number: (k) => `${k}`,
  array: (k) => `[${k}]`,
  scalar: (k) => `tf.scalar(${k}, "int32")`,
  vector: (k) => `tf.tensor1d([${k}], "int32")`,
};

function label(form: Form, k: number): unknown {
  if (form === "number") return k;
  if (form === "array") return [k];
  if (form === "scalar") return tf.scalar(k, "int32");
  return tf.tensor1d([k], "int32");
}

const oneHot = (k: number, C: number) => Array.from({ length: C }, (_, i) => (i === k ? 1 : 0));

export default defineChecks("oneHotMatrix", [
  {
    id: "shape-and-dtype",
    kind: "contract",
    points: 1,
    description:
      "returns a float32 vector of shape (C,), also for a one-element label [k], with its 1 at k",
    async run({ call, rng }) {
      const C = between(rng, 3, 9);
      for (const form of FORMS) {
        const what = `oneHotMatrix(${describeLabel[form](1)}, ${C})`;
        const y = await call(label(form, 1), C);
        expectShape(what, y, [C]);
        if (y.dtype !== "float32")
          throw new CheckError(
            `${what} has dtype ${y.dtype}, expected float32 (tf.oneHot gives int32: cast it)`,
          );
        // a shape alone is met by zeros: the values too
        expectClose(what, y, oneHot(1, C), { atol: 0, rtol: 0 });
      }
    },
  },
  {
    id: "every-label",
    kind: "reference",
    points: 2,
    description: "encodes every label 0 … C−1 for several C, in every form the label may take",
    async run({ call, rng }) {
      for (const C of [between(rng, 2, 4), 6, between(rng, 7, 10)]) {
        for (let k = 0; k < C; k++) {
          const form = FORMS[(k + C) % FORMS.length]!;
          const what = `oneHotMatrix(${describeLabel[form](k)}, ${C})`;
          expectClose(what, await call(label(form, k), C), oneHot(k, C), { atol: 0, rtol: 0 });
        }
      }
    },
  },
  {
    id: "default-depth",
    kind: "property",
    points: 1,
    description: "uses C = 6 (the six signs) when C is not given",
    async run({ call, rng }) {
      const k = between(rng, 0, 5);
      expectClose(`oneHotMatrix(${k})`, await call(k), oneHot(k, 6), { atol: 0, rtol: 0 });
    },
  },
]);
