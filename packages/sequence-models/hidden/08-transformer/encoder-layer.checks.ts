import { between, defineChecks, expectAllClose, normal } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { EncoderLayer } from "../../solutions/08-transformer/encoder-layer.ts";
import { ENCODER_LAYER_PARTS, paddingMask, transplant } from "../shared/transformer-cases.ts";

/** A reference layer of random sizes with seeded weights, and its output on a random x. */
function encoderCase(rng: RandomState, masked: boolean) {
  const b = between(rng, 1, 3);
  const t = between(rng, 2, 5);
  const args = [2 * between(rng, 2, 3), between(rng, 1, 3), between(rng, 3, 10)] as const;
  const x = normal(rng, [b, t, args[0]]);
  const mask = masked ? paddingMask(rng, b, t) : null;
  const reference = new EncoderLayer(...args);
  const kwargs = { training: false, mask };
  const { c, expected } = transplant(rng, reference, ENCODER_LAYER_PARTS, [...args], x, kwargs);
  const what = `EncoderLayer(${args.join(", ")}) on x [${x.shape}]${mask ? ` with padding mask [${mask.shape}]` : ""}`;
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
        const actual = await harness("transformer.harness.ts", "runLayer", "EncoderLayer", c);
        expectAllClose(what, { output: actual }, { output: expected as tf.Tensor }, { atol: 1e-4 });
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
        const actual = await harness("transformer.harness.ts", "runLayer", "EncoderLayer", c);
        expectAllClose(what, { output: actual }, { output: expected as tf.Tensor }, { atol: 1e-4 });
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
      const { c, expected, what } = encoderCase(rng, true);
      const withDropout = { ...c, args: [...c.args, 0.5] };
      const evalOut = await harness(
        "transformer.harness.ts",
        "runLayer",
        "EncoderLayer",
        withDropout,
      );
      expectAllClose(what, { output: evalOut }, { output: expected as tf.Tensor }, { atol: 1e-4 });
      const trainOut = await harness("transformer.harness.ts", "runLayer", "EncoderLayer", {
        ...withDropout,
        kwargs: { ...c.kwargs, training: true },
      });
      const [got, ref] = [trainOut as tf.Tensor, expected as tf.Tensor];
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
