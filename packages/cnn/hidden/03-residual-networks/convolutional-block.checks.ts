import { between, defineChecks, expectModel, modelProbe, normal } from "@dlc/grader/checks";
import { convolutionalBlock } from "../../solutions/03-residual-networks/convolutional-block.ts";
import { blockModel } from "../../src/resnet.harness.ts";

export default defineChecks("convolutionalBlock", [
  {
    id: "matches-reference",
    kind: "model",
    points: 3,
    description:
      "layer by layer, and with the reference's weights the same outputs, for strides 1 to 3 on odd and even sizes",
    async run({ model, rng }) {
      for (const s of [2, 1, 3]) {
        const shape: [number, number, number] = [
          between(rng, 3, 7),
          between(rng, 3, 7),
          between(rng, 1, 4),
        ];
        const f = between(rng, 2, 3);
        const filters: [number, number, number] = [
          between(rng, 1, 4),
          between(rng, 1, 4),
          between(rng, 2, 6),
        ];
        const reference = blockModel(convolutionalBlock, shape, f, filters, s);
        const probe = modelProbe(reference, normal(rng, [2, ...shape]), [false, true]);
        const via = { file: "resnet.harness.ts", fn: "blockModel" };
        expectModel(
          `convolutionalBlock(X of [${shape}], ${f}, [${filters}], ${s})`,
          await model([shape, f, filters, s], probe, via),
          reference,
          probe,
        );
      }
    },
  },
]);
