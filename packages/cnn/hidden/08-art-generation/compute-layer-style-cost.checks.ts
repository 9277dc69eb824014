import { between, defineChecks, expectNumber, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { computeLayerStyleCost } from "../../solutions/08-art-generation/compute-layer-style-cost.ts";

const value = (what: string, J: unknown): number => {
  const v = (J as tf.Tensor | undefined)?.arraySync?.() ?? J;
  expectNumber(what, v);
  return v;
};

export default defineChecks("computeLayerStyleCost", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "J_style of one layer on random activations with n_H ≠ n_W",
    async run({ call, rng, input }) {
      for (let i = 0; i < 4; i++) {
        const h = between(rng, 1, 5);
        const shape = [1, h, h + between(rng, 1, 3), between(rng, 2, 5)];
        const [aS, aG] = [normal(rng, shape), normal(rng, shape)] as tf.Tensor4D[];
        input("a_S", aS);
        input("a_G", aG);
        const what = `computeLayerStyleCost(a_S, a_G of shape [${shape}])`;
        expectClose(
          what,
          value(what, await call(aS, aG)),
          computeLayerStyleCost(aS!, aG!).arraySync() as number,
        );
      }
    },
  },
  {
    id: "positions-do-not-matter",
    kind: "property",
    points: 1,
    description:
      "unrolled channel by channel: moving positions around (all channels together) costs 0",
    async run({ call, rng }) {
      for (let i = 0; i < 2; i++) {
        const [h, w, c] = [between(rng, 2, 4), between(rng, 3, 5), between(rng, 2, 4)];
        const aS = normal(rng, [1, h, w, c]) as tf.Tensor4D;
        const moved = aS
          .reshape([h * w, c])
          .reverse(0)
          .reshape([1, h, w, c]);
        const what = `computeLayerStyleCost(a_S, a_S with its ${h}×${w} positions reversed)`;
        expectClose(what, value(what, await call(aS, moved)), 0, { atol: 1e-5 });
        const other = normal(rng, [1, h, w, c]);
        const twice = `computeLayerStyleCost(a_S, another a_G) (to see the cost is not always 0)`;
        expectClose(
          twice,
          value(twice, await call(aS, other)),
          computeLayerStyleCost(aS, other as tf.Tensor4D).arraySync() as number,
        );
      }
    },
  },
]);
