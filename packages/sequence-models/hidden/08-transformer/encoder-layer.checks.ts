import type { RandomState } from "@dlc/grader/check";
import { between, defineChecks, expectAllClose, normal } from "@dlc/grader/checks";
import * as tf from "@tensorflow/tfjs";
import { EncoderLayer } from "../../solutions/08-transformer/encoder-layer.ts";
import { ENCODER_LAYER_PARTS, type EncoderLayerCase } from "../../src/transformer.harness.ts";
import { createPaddingMask } from "../../src/transformer-masks.ts";

/** A reference layer of random sizes with seeded weights (layer-norm γ and β random too). */
function encoderCase(rng: RandomState, masked: boolean) {
  const b = between(rng, 1, 3);
  const t = between(rng, 2, 5);
  const numHeads = between(rng, 1, 3);
  const embeddingDim = 2 * between(rng, 1, 3);
  const fullyConnectedDim = between(rng, 3, 10);
  const x = normal(rng, [b, t, embeddingDim]);
  let mask: tf.Tensor | null = null;
  if (masked) {
    const ids = Float32Array.from(rng.rand(b * t), (u) => (u < 0.35 ? 0 : 1));
    for (let i = 0; i < b; i++) ids[i * t] = 1;
    mask = createPaddingMask(tf.tensor2d(ids, [b, t]));
  }
  const reference = new EncoderLayer(embeddingDim, numHeads, fullyConnectedDim);
  tf.dispose(reference.apply(x, { training: false, mask }) as tf.Tensor);
  const weights = Object.fromEntries(
    ENCODER_LAYER_PARTS.map((part) => {
      const w = reference[part].getWeights().map((v) => normal(rng, v.shape, 0.6));
      reference[part].setWeights(w);
      return [part, w];
    }),
  ) as EncoderLayerCase["weights"];
  const expected = reference.apply(x, { training: false, mask }) as tf.Tensor;
  const c: EncoderLayerCase = { embeddingDim, numHeads, fullyConnectedDim, weights, x, mask };
  const what = `EncoderLayer(${embeddingDim}, ${numHeads}, ${fullyConnectedDim}) on x [${x.shape}]${mask ? ` with padding mask [${mask.shape}]` : ""}`;
  return { c, expected, what };
}

export default defineChecks("EncoderLayer", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "with the reference's weights loaded into mha, ffn, layernorm1 and layernorm2, the output equals the reference's (training false, no mask)",
    async run({ harness, rng }) {
      for (let i = 0; i < 2; i++) {
        const { c, expected, what } = encoderCase(rng, false);
        const actual = await harness("transformer.harness.ts", "runEncoderLayer", c);
        expectAllClose(what, { output: actual }, { output: expected }, { atol: 1e-4 });
      }
    },
  },
  {
    id: "padding-mask",
    kind: "reference",
    points: 2,
    description: "the same with a padding mask: padded positions get no attention",
    async run({ harness, rng }) {
      for (let i = 0; i < 2; i++) {
        const { c, expected, what } = encoderCase(rng, true);
        const actual = await harness("transformer.harness.ts", "runEncoderLayer", c);
        expectAllClose(what, { output: actual }, { output: expected }, { atol: 1e-4 });
      }
    },
  },
]);
