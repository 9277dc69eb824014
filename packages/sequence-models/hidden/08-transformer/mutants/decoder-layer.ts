import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "masks-swapped",
    bug: "the padding mask on the self-attention and the look-ahead mask on the encoder attention",
    edits: [
      ["attentionMask: kwargs.lookAheadMask ?? null", "attentionMask: kwargs.paddingMask ?? null"],
      [
        "attentionMask: kwargs.paddingMask ?? null,\n        training,\n      }) as tf.Tensor[];\n      const out2",
        "attentionMask: kwargs.lookAheadMask ?? null,\n        training,\n      }) as tf.Tensor[];\n      const out2",
      ],
    ],
  },
  {
    id: "no-block2-skip",
    bug: "out2 = layernorm2(a2) without adding q1 back",
    edits: [["this.layernorm2.apply(a2!.add(q1))", "this.layernorm2.apply(a2!)"]],
  },
  {
    id: "block2-queries-x",
    bug: "the encoder attention's queries come from x instead of q1",
    edits: [
      [
        "this.mha2.apply([q1, encOutput!, encOutput!]",
        "this.mha2.apply([x!, encOutput!, encOutput!]",
      ],
    ],
  },
  {
    id: "encoder-as-query",
    bug: "mha2([encOutput, q1, q1]): queries and values swapped",
    edits: [
      ["this.mha2.apply([q1, encOutput!, encOutput!]", "this.mha2.apply([encOutput!, q1, q1]"],
    ],
  },
  {
    id: "block1-weights-twice",
    bug: "returns the self-attention's weights in place of the encoder attention's",
    edits: [["return [out3, w1!, w2!];", "return [out3, w1!, w1!];"]],
  },
  {
    id: "never-training",
    bug: "training never reaches the dropout layers (always inference)",
    edits: [["const training = kwargs.training ?? false;", "const training = false;"]],
  },
]);
