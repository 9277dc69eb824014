import { between, defineChecks, normal } from "@dlc/grader/checks";
import { CheckError, expectClose } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { createMaskFromWindow } from "../../solutions/01-conv-step-by-step/create-mask-from-window.ts";

/** The mask as 0/1 floats: a bool tensor (numpy's) or a 0/1 number tensor both count. */
function asNumbers(what: string, mask: unknown, shape: number[]): tf.Tensor {
  if (!(mask instanceof tf.Tensor))
    throw new CheckError(
      `${what} should be a bool tf.Tensor of shape (${shape.join(", ")}), got ${typeof mask}`,
    );
  return mask.cast("float32");
}

async function expectMask(
  call: (...a: unknown[]) => Promise<unknown>,
  x: tf.Tensor2D,
  what: string,
) {
  const expected = createMaskFromWindow(x).cast("float32");
  const got = asNumbers(what, await call(x), x.shape);
  expectClose(what, got, expected, { atol: 0, rtol: 0 });
}

export default defineChecks("createMaskFromWindow", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 1,
    description: "true at the maximum of random windows, false elsewhere",
    async run({ call, rng }) {
      for (let i = 0; i < 4; i++) {
        const x = normal(rng, [between(rng, 1, 4), between(rng, 1, 4)]) as tf.Tensor2D;
        await expectMask(call, x, `createMaskFromWindow(x of shape (${x.shape.join(", ")}))`);
      }
    },
  },
  {
    id: "ties",
    kind: "reference",
    points: 1,
    description:
      "every entry tied for the maximum is true, as numpy's x == max(x); all-negative windows too",
    async run({ call, rng }) {
      const v = normal(rng, [1]).dataSync()[0]!;
      const windows: number[][][] = [
        [
          [v, -3],
          [v, v - 1],
        ],
        [
          [-2, -2],
          [-2, -2],
        ],
        [
          [-5, -1.5, -4],
          [-1.5, -9, -2],
        ],
      ];
      for (const w of windows)
        await expectMask(call, tf.tensor2d(w), `createMaskFromWindow(${JSON.stringify(w)})`);
    },
  },
]);
