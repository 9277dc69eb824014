import { between, defineChecks } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { Transformer } from "../../solutions/08-transformer/transformer.ts";
import { createLookAheadMask, createPaddingMask } from "../../src/transformer-masks.ts";
import {
  DECODER_LAYER_PARTS,
  ENCODER_LAYER_PARTS,
  expectList,
  layerPaths,
  paddingMask,
  tokens,
  transplant,
  weightNames,
} from "../shared/transformer-cases.ts";

/** A reference Transformer of random sizes with seeded weights; T_in and T_tar differ. */
function transformerCase(rng: RandomState, masked: boolean) {
  const numLayers = between(rng, 1, 2);
  const b = between(rng, 1, 2);
  const tIn = between(rng, 2, 5);
  const tTar = between(rng, 2, 4);
  const [inVocab, tarVocab] = [between(rng, 6, 16), between(rng, 6, 16)];
  const args = [
    numLayers,
    2 * between(rng, 2, 3),
    between(rng, 1, 2),
    between(rng, 3, 8),
    inVocab,
    tarVocab,
    tIn + between(rng, 0, 2),
    tTar + between(rng, 0, 2),
  ];
  const input = tokens(rng, b, tIn, inVocab);
  const target = tokens(rng, b, tTar, tarVocab);
  const kwargs = {
    training: false,
    encPaddingMask: masked ? createPaddingMask(input) : null,
    lookAheadMask: masked ? createLookAheadMask(tTar) : null,
    decPaddingMask: masked ? paddingMask(rng, b, tIn) : null,
  };
  const paths = [
    "encoder.embedding",
    ...layerPaths("encoder.encLayers", numLayers, ENCODER_LAYER_PARTS),
    "decoder.embedding",
    ...layerPaths("decoder.decLayers", numLayers, DECODER_LAYER_PARTS),
    "finalLayer",
  ];
  const reference = new Transformer(
    ...(args as [number, number, number, number, number, number, number, number]),
  );
  const { c, expected } = transplant(rng, reference, paths, args, [input, target], kwargs);
  const what = `Transformer(${args.join(", ")}) on input [${input.shape}], target [${target.shape}]${masked ? " with its three masks" : ""}`;
  return {
    c,
    expected: expected as tf.Tensor[],
    what,
    names: ["finalOutput", ...weightNames(numLayers)],
  };
}

export default defineChecks("Transformer", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "with the reference's weights loaded (encoder, decoder, finalLayer, by their sub-layers): the output distributions and the decoder's attention weights equal the reference's (no masks)",
    async run({ harness, rng }) {
      const { c, expected, what, names } = transformerCase(rng, false);
      expectList(
        what,
        await harness("transformer.harness.ts", "runLayer", "Transformer", c),
        expected,
        names,
      );
    },
  },
  {
    id: "masks",
    kind: "reference",
    points: 2,
    description:
      "the same with the encoder's padding mask, the look-ahead mask and the decoder's padding mask, each where it belongs",
    async run({ harness, rng }) {
      const { c, expected, what, names } = transformerCase(rng, true);
      expectList(
        what,
        await harness("transformer.harness.ts", "runLayer", "Transformer", c),
        expected,
        names,
      );
    },
  },
]);
