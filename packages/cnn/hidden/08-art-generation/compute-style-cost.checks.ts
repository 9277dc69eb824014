import { between, defineChecks, expectNumber, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { computeStyleCost } from "../../solutions/08-art-generation/compute-style-cost.ts";

const value = (what: string, J: unknown): number => {
  const v = (J as tf.Tensor | undefined)?.arraySync?.() ?? J;
  expectNumber(what, v);
  return v;
};

function encoderOutputs(rng: Parameters<typeof normal>[0], shapes: number[][]): tf.Tensor[] {
  return shapes.map((shape) => normal(rng, shape));
}

export default defineChecks("computeStyleCost", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description: "Σ λ_l · J_style(l) with random weights over 2 to 4 layers of different sizes",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const layers = between(rng, 2, 4);
        const shapes = Array.from({ length: layers + 1 }, () => [
          1,
          between(rng, 1, 4),
          between(rng, 1, 4),
          between(rng, 1, 4),
        ]);
        const [aS, aG] = [encoderOutputs(rng, shapes), encoderOutputs(rng, shapes)];
        const weights = Array.from(rng.rand(layers), (w, l): [string, number] => [
          `conv${l + 1}`,
          w,
        ]);
        input("style_layers", weights);
        const what = `computeStyleCost(a_S, a_G, ${layers} layers)`;
        expectClose(
          what,
          value(what, await call(aS, aG, weights)),
          computeStyleCost(aS, aG, weights).arraySync() as number,
        );
      }
    },
  },
  {
    id: "default-layers",
    kind: "reference",
    points: 1,
    description:
      "STYLE_LAYERS by default (five layers at 0.2), the content layer's output left out",
    async run({ call, rng }) {
      for (let i = 0; i < 2; i++) {
        const shapes = Array.from({ length: 6 }, () => [
          1,
          between(rng, 1, 3),
          between(rng, 1, 3),
          between(rng, 1, 3),
        ]);
        const [aS, aG] = [encoderOutputs(rng, shapes), encoderOutputs(rng, shapes)];
        expectClose(
          "computeStyleCost(a_S, a_G)",
          value("computeStyleCost(a_S, a_G)", await call(aS, aG)),
          computeStyleCost(aS, aG).arraySync() as number,
        );
      }
    },
  },
]);
