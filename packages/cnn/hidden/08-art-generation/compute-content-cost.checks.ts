import { between, defineChecks, expectNumber, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { computeContentCost } from "../../solutions/08-art-generation/compute-content-cost.ts";

/** An encoder's outputs: a few earlier layers of other shapes, then [1, h, w, c]. */
function outputs(rng: Parameters<typeof normal>[0], last: number[]): tf.Tensor[] {
  const earlier = Array.from({ length: between(rng, 0, 3) }, () =>
    normal(rng, [1, between(rng, 2, 5), between(rng, 2, 5), between(rng, 1, 4)]),
  );
  return [...earlier, normal(rng, last)];
}

const value = (what: string, J: unknown): number => {
  const v = (J as tf.Tensor | undefined)?.arraySync?.() ?? J;
  expectNumber(what, v);
  return v;
};

export default defineChecks("computeContentCost", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "J_content on the last outputs of random encoders (other layers before them)",
    async run({ call, rng, input }) {
      for (let i = 0; i < 4; i++) {
        const shape = [1, between(rng, 1, 6), between(rng, 1, 6), between(rng, 1, 5)];
        const [content, generated] = [outputs(rng, shape), outputs(rng, shape)];
        input("content_output", content);
        input("generated_output", generated);
        const what = `computeContentCost(…) on a_C, a_G of shape [${shape}]`;
        expectClose(
          what,
          value(what, await call(content, generated)),
          computeContentCost(content, generated).arraySync() as number,
        );
      }
    },
  },
  {
    id: "edges",
    kind: "reference",
    points: 1,
    description: "0 for identical activations; one position and one channel",
    async run({ call, rng }) {
      const a = normal(rng, [1, 3, 4, 2]);
      expectClose(
        "computeContentCost([a], [a])",
        value("computeContentCost([a], [a])", await call([a], [a])),
        0,
      );
      const [c, g] = [normal(rng, [1, 1, 1, 1], 3), normal(rng, [1, 1, 1, 1], 3)];
      expectClose(
        "computeContentCost on [1, 1, 1, 1] activations",
        value("computeContentCost", await call([c], [g])),
        computeContentCost([c], [g]).arraySync() as number,
      );
    },
  },
]);
