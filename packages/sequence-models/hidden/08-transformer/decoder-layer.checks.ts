import { between, defineChecks, normal } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { DecoderLayer } from "../../solutions/08-transformer/decoder-layer.ts";
import { createLookAheadMask } from "../../src/transformer-masks.ts";
import {
  DECODER_LAYER_PARTS,
  expectList,
  paddingMask,
  transplant,
} from "../shared/transformer-cases.ts";

/** A reference layer of random sizes with seeded weights; T and T_enc differ. */
function decoderLayerCase(rng: RandomState, masked: boolean) {
  const b = between(rng, 1, 2);
  const t = between(rng, 2, 4);
  const tEnc = t + between(rng, 1, 2);
  const args = [2 * between(rng, 2, 3), between(rng, 1, 3), between(rng, 3, 8)] as const;
  const x = normal(rng, [b, t, args[0]]);
  const encOutput = normal(rng, [b, tEnc, args[0]]);
  const kwargs = {
    training: false,
    lookAheadMask: masked ? createLookAheadMask(t) : null,
    paddingMask: masked ? paddingMask(rng, b, tEnc) : null,
  };
  const reference = new DecoderLayer(...args);
  const { c, expected } = transplant(
    rng,
    reference,
    DECODER_LAYER_PARTS,
    [...args],
    [x, encOutput],
    kwargs,
  );
  const what = `DecoderLayer(${args.join(", ")}) on x [${x.shape}], encOutput [${encOutput.shape}]${masked ? " with the look-ahead and a padding mask" : ""}`;
  return { c, expected: expected as tf.Tensor[], what };
}

const names = ["out3", "attnWeightsBlock1", "attnWeightsBlock2"];

export default defineChecks("DecoderLayer", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "with the reference's weights loaded into mha1, mha2, ffn and layernorm1–3: out3 and both blocks' attention weights equal the reference's (no masks)",
    async run({ harness, rng }) {
      const { c, expected, what } = decoderLayerCase(rng, false);
      expectList(
        what,
        await harness("transformer.harness.ts", "runLayer", "DecoderLayer", c),
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
      "the same with the look-ahead mask (self-attention) and a padding mask over the encoder's positions",
    async run({ harness, rng }) {
      for (let i = 0; i < 2; i++) {
        const { c, expected, what } = decoderLayerCase(rng, true);
        expectList(
          what,
          await harness("transformer.harness.ts", "runLayer", "DecoderLayer", c),
          expected,
          names,
        );
      }
    },
  },
  {
    id: "dropout-while-training",
    kind: "property",
    points: 1,
    description:
      "with dropoutRate 0.5 and training true, dropout changes the output (and training false leaves it as the reference's)",
    async run({ harness, rng }) {
      const { c, expected, what } = decoderLayerCase(rng, true);
      const withDropout = { ...c, args: [...c.args, 0.5] };
      const evalOut = await harness(
        "transformer.harness.ts",
        "runLayer",
        "DecoderLayer",
        withDropout,
      );
      expectList(what, evalOut, expected, names);
      const trainOut = await harness("transformer.harness.ts", "runLayer", "DecoderLayer", {
        ...withDropout,
        kwargs: { ...c.kwargs, training: true },
      });
      const [got, ref] = [(trainOut as tf.Tensor[])[0], expected[0]!];
      if (!(got instanceof tf.Tensor) || got.shape.join() !== ref.shape.join())
        throw new CheckError(
          `${what} with training true should return [${ref.shape}] as with training false`,
        );
      const change = got.sub(ref).abs().max().dataSync()[0]!;
      if (!(change > 1e-3))
        throw new CheckError(
          `${what}, dropoutRate 0.5: training true gave the same output as training false; pass { training } to the dropout layers`,
        );
    },
  },
]);
