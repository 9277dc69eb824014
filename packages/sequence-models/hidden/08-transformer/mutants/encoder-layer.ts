import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "no-attention-skip",
    bug: "out1 = layernorm1(attn) without adding x back",
    edits: [["this.layernorm1.apply(x.add(attn!))", "this.layernorm1.apply(attn!)"]],
  },
  {
    id: "no-ffn-skip",
    bug: "out2 = layernorm2(ffn(out1)) without adding out1 back",
    edits: [["this.layernorm2.apply(out1.add(ffnOut))", "this.layernorm2.apply(ffnOut)"]],
  },
  {
    id: "mask-not-passed",
    bug: "the mask never reaches the attention",
    edits: [["attentionMask: kwargs.mask ?? null", "attentionMask: null"]],
  },
  {
    id: "ffn-on-x",
    bug: "the feed-forward network reads x instead of out1",
    edits: [["this.ffn.apply(out1)", "this.ffn.apply(x)"]],
  },
  {
    id: "one-layernorm",
    bug: "layernorm1 used for both normalisations",
    edits: [["this.layernorm2.apply(out1.add(ffnOut))", "this.layernorm1.apply(out1.add(ffnOut))"]],
  },
  {
    id: "never-training",
    bug: "training never reaches the dropout layers (always inference)",
    edits: [["const training = kwargs.training ?? false;", "const training = false;"]],
  },
]);
