import { between, defineChecks, expectModel, modelProbe, normal } from "@dlc/grader/checks";
import { convBlock } from "../../solutions/06-image-segmentation/conv-block.ts";
import { convBlockModel } from "../../src/segmentation.harness.ts";

const via = { file: "segmentation.harness.ts", fn: "convBlockModel" };

export default defineChecks("convBlock", [
  {
    id: "matches-reference",
    kind: "model",
    points: 2,
    description:
      "with pooling and without dropout: layers, then both outputs with the reference's weights",
    async run({ model, rng }) {
      for (let i = 0; i < 2; i++) {
        const shape: [number, number, number] = [
          2 * between(rng, 1, 4),
          2 * between(rng, 1, 4),
          between(rng, 1, 3),
        ];
        const n = between(rng, 1, 5);
        const reference = convBlockModel(convBlock, shape, n);
        const probe = modelProbe(reference, normal(rng, [2, ...shape]));
        expectModel(
          `convBlock(inputs of [${shape}], ${n})`,
          await model([shape, n], probe, via),
          reference,
          probe,
        );
      }
    },
  },
  {
    id: "dropout-and-no-pooling",
    kind: "model",
    points: 1,
    description: "a dropout layer only when asked, and no pooling when maxPooling is false",
    async run({ model, rng }) {
      for (const [dropout, pool] of [
        [0.3, false],
        [0, false],
        [0.5, true],
      ] as const) {
        const shape: [number, number, number] = [4, 6, 2];
        const reference = convBlockModel(convBlock, shape, 3, dropout, pool);
        const probe = modelProbe(reference, normal(rng, [2, ...shape]));
        expectModel(
          `convBlock(inputs, 3, ${dropout}, ${pool})`,
          await model([shape, 3, dropout, pool], probe, via),
          reference,
          probe,
        );
      }
    },
  },
]);
