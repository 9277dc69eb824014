import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "dc-prev-without-forget-gate",
    bug: "dc_prev = dc, without ⊙ Γf",
    edits: [["dcPrev: dc.mul(ft) as tf.Tensor2D", "dcPrev: dc as tf.Tensor2D"]],
  },
  {
    id: "dc-ignores-da",
    bug: "the memory's gradient forgets the path through a_next: dc = dc_next",
    edits: [
      [
        "const dc = dcNext.add(ot.mul(tf.sub(1, tf.square(tanhC))).mul(daNext));",
        "const dc = dcNext;",
      ],
    ],
  },
  {
    id: "concat-order",
    bug: "dW against [xt; a_prev] instead of [a_prev; xt]",
    edits: [["tf.concat([aPrev, xt], 0)", "tf.concat([xt, aPrev], 0)"]],
  },
  {
    id: "split-order",
    bug: "da_prev read from the last n_a rows of the concat's gradient, dxt from the first",
    edits: [
      [
        "const [daPrev, dxt] = tf.split(dconcat, [nA, xt.shape[0]], 0)",
        "const [dxt, daPrev] = tf.split(dconcat, [xt.shape[0], nA], 0)",
      ],
    ],
  },
  {
    id: "forget-gate-uses-candidate",
    bug: "dΓf with c̃ where c_prev belongs",
    edits: [["dc.mul(cPrev).mul(ft)", "dc.mul(cct).mul(ft)"]],
  },
]);
