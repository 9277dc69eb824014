import { between, defineChecks, expectAllClose } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { Encoder } from "../../solutions/08-transformer/encoder.ts";
import { createPaddingMask } from "../../src/transformer-masks.ts";
import { ENCODER_LAYER_PARTS, tokens, transplant } from "../shared/transformer-cases.ts";

/** A reference encoder of random sizes with seeded weights, and its output on random tokens. */
function encoderCase(rng: RandomState, masked: boolean) {
  const numLayers = between(rng, 1, 2);
  const t = between(rng, 2, 5);
  const b = between(rng, 1, 3);
  const vocab = between(rng, 6, 20);
  const args = [
    numLayers,
    2 * between(rng, 2, 3),
    between(rng, 1, 2),
    between(rng, 3, 8),
    vocab,
    t + between(rng, 0, 3),
  ];
  const ids = tokens(rng, b, t, vocab);
  const mask = masked ? createPaddingMask(ids) : null;
  const paths = [
    "embedding",
    ...Array.from({ length: numLayers }, (_, i) =>
      ENCODER_LAYER_PARTS.map((p) => `encLayers.${i}.${p}`),
    ).flat(),
  ];
  const reference = new Encoder(...(args as [number, number, number, number, number, number]));
  const { c, expected } = transplant(rng, reference, paths, args, ids, { training: false, mask });
  const what = `Encoder(${args.join(", ")}) on tokens [${ids.shape}]${mask ? " with their padding mask" : ""}`;
  return { c, expected: expected as tf.Tensor, what };
}

export default defineChecks("Encoder", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "with the reference's weights loaded (embedding, encLayers[i].mha/ffn/layernorm1/layernorm2), the output equals the reference's (training false, no mask)",
    async run({ harness, rng }) {
      for (let i = 0; i < 2; i++) {
        const { c, expected, what } = encoderCase(rng, false);
        const actual = await harness("transformer.harness.ts", "runLayer", "Encoder", c);
        expectAllClose(what, { output: actual }, { output: expected }, { atol: 1e-4 });
      }
    },
  },
  {
    id: "padding-mask",
    kind: "reference",
    points: 2,
    description: "the same with the tokens' padding mask, passed to every layer",
    async run({ harness, rng }) {
      for (let i = 0; i < 2; i++) {
        const { c, expected, what } = encoderCase(rng, true);
        const actual = await harness("transformer.harness.ts", "runLayer", "Encoder", c);
        expectAllClose(what, { output: actual }, { output: expected }, { atol: 1e-4 });
      }
    },
  },
]);
