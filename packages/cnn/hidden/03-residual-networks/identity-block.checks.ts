import { between, defineChecks, expectModel, modelProbe, normal } from "@dlc/grader/checks";
import { identityBlock } from "../../solutions/03-residual-networks/identity-block.ts";
import { blockModel } from "../../src/resnet.harness.ts";

export default defineChecks("identityBlock", [
  {
    id: "matches-reference",
    kind: "model",
    points: 3,
    description:
      "layer by layer, and with the reference's weights the same outputs (inference and training), on random sizes",
    async run({ model, rng }) {
      for (let i = 0; i < 2; i++) {
        const c = between(rng, 2, 6);
        const shape: [number, number, number] = [between(rng, 3, 6), between(rng, 3, 6), c];
        const f = between(rng, 2, 3);
        const filters: [number, number, number] = [between(rng, 1, 4), between(rng, 1, 4), c];
        const reference = blockModel(identityBlock, shape, f, filters);
        const probe = modelProbe(reference, normal(rng, [2, ...shape]), [false, true]);
        const via = { file: "resnet.harness.ts", fn: "blockModel" };
        expectModel(
          `identityBlock(X of [${shape}], ${f}, [${filters}])`,
          await model([shape, f, filters], probe, via),
          reference,
          probe,
        );
      }
    },
  },
]);
