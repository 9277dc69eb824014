import { between, defineChecks, expectModel, modelProbe, normal } from "@dlc/grader/checks";
import { upsamplingBlock } from "../../solutions/06-image-segmentation/upsampling-block.ts";
import { upsamplingBlockModel } from "../../src/segmentation.harness.ts";

export default defineChecks("upsamplingBlock", [
  {
    id: "matches-reference",
    kind: "model",
    points: 3,
    description:
      "transposed convolution, concatenation and convolutions: layers, then outputs with the reference's weights",
    async run({ model, rng }) {
      for (let i = 0; i < 2; i++) {
        const [h, w] = [between(rng, 1, 4), between(rng, 1, 4)];
        const expansive: [number, number, number] = [h, w, between(rng, 1, 6)];
        const contractive: [number, number, number] = [2 * h, 2 * w, between(rng, 1, 6)];
        const n = between(rng, 1, 5);
        const reference = upsamplingBlockModel(upsamplingBlock, expansive, contractive, n);
        const probe = modelProbe(reference, [
          normal(rng, [2, ...expansive]),
          normal(rng, [2, ...contractive]),
        ]);
        const via = { file: "segmentation.harness.ts", fn: "upsamplingBlockModel" };
        expectModel(
          `upsamplingBlock(expansive [${expansive}], contractive [${contractive}], ${n})`,
          await model([expansive, contractive, n], probe, via),
          reference,
          probe,
        );
      }
    },
  },
]);
