import { between, defineChecks, normal } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { Decoder } from "../../solutions/08-transformer/decoder.ts";
import { createLookAheadMask } from "../../src/transformer-masks.ts";
import {
  DECODER_LAYER_PARTS,
  expectList,
  layerPaths,
  paddingMask,
  tokens,
  transplant,
  weightNames,
} from "../shared/transformer-cases.ts";

/** A reference decoder of random sizes with seeded weights; T and T_enc differ. */
function decoderCase(rng: RandomState, masked: boolean) {
  const numLayers = between(rng, 1, 2);
  const b = between(rng, 1, 2);
  const t = between(rng, 2, 4);
  const tEnc = t + between(rng, 1, 2);
  const vocab = between(rng, 6, 20);
  const d = 2 * between(rng, 2, 3);
  const args = [
    numLayers,
    d,
    between(rng, 1, 2),
    between(rng, 3, 8),
    vocab,
    t + between(rng, 0, 2),
  ];
  const ids = tokens(rng, b, t, vocab);
  const encOutput = normal(rng, [b, tEnc, d]);
  const kwargs = {
    training: false,
    lookAheadMask: masked ? createLookAheadMask(t) : null,
    paddingMask: masked ? paddingMask(rng, b, tEnc) : null,
  };
  const paths = ["embedding", ...layerPaths("decLayers", numLayers, DECODER_LAYER_PARTS)];
  const reference = new Decoder(...(args as [number, number, number, number, number, number]));
  const { c, expected } = transplant(rng, reference, paths, args, [ids, encOutput], kwargs);
  const what = `Decoder(${args.join(", ")}) on tokens [${ids.shape}], encOutput [${encOutput.shape}]${masked ? " with the look-ahead and a padding mask" : ""}`;
  return { c, expected: expected as tf.Tensor[], what, names: ["x", ...weightNames(numLayers)] };
}

export default defineChecks("Decoder", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "with the reference's weights loaded (embedding, decLayers[i].mha1/mha2/ffn/layernorm1–3): x and every layer's two attention weights equal the reference's (no masks)",
    async run({ harness, rng }) {
      const { c, expected, what, names } = decoderCase(rng, false);
      expectList(
        what,
        await harness("transformer.harness.ts", "runLayer", "Decoder", c),
        expected,
        names,
      );
    },
  },
  {
    id: "masks",
    kind: "reference",
    points: 2,
    description: "the same with the look-ahead mask and a padding mask, passed to every layer",
    async run({ harness, rng }) {
      for (let i = 0; i < 2; i++) {
        const { c, expected, what, names } = decoderCase(rng, true);
        expectList(
          what,
          await harness("transformer.harness.ts", "runLayer", "Decoder", c),
          expected,
          names,
        );
      }
    },
  },
]);
