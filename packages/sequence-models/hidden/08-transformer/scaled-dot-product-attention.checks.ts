import { between, defineChecks, expectAllClose, expectTensors, normal } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import { CheckError } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { scaledDotProductAttention } from "../../solutions/08-transformer/scaled-dot-product-attention.ts";
import { createLookAheadMask, createPaddingMask } from "../../src/transformer-masks.ts";

interface Case {
  lead: number[];
  tq: number;
  tk: number;
  dk: number;
  dv: number;
}

/** Leading (batch, head) axes of rank 0, 1 or 2, and small sequence and depth sizes. */
function sizes(rng: RandomState, fixed: Partial<Case> = {}): Case {
  const rank = between(rng, 0, 2);
  return {
    lead: Array.from({ length: rank }, () => between(rng, 1, 3)),
    tq: between(rng, 1, 5),
    tk: between(rng, 1, 6),
    dk: between(rng, 1, 8),
    dv: between(rng, 1, 4),
    ...fixed,
  };
}

function qkv(rng: RandomState, c: Case, scale = 1) {
  return {
    q: normal(rng, [...c.lead, c.tq, c.dk], scale),
    k: normal(rng, [...c.lead, c.tk, c.dk], scale),
    v: normal(rng, [...c.lead, c.tk, c.dv]),
  };
}

/** 0/1 of shape [..., T_q, T_k], 1 = keep, at least one key kept per query. */
function randomMask(rng: RandomState, c: Case): tf.Tensor {
  const shape = [...c.lead, c.tq, c.tk];
  const n = shape.reduce((a, b) => a * b, 1);
  const values = Float32Array.from(rng.rand(n), (u) => (u < 0.6 ? 1 : 0));
  for (let row = 0; row < n / c.tk; row++) values[row * c.tk + between(rng, 0, c.tk - 1)] = 1;
  return tf.tensor(values, shape);
}

const what = (c: Case, mask: string) =>
  `scaledDotProductAttention (q [${[...c.lead, c.tq, c.dk]}], k [${[...c.lead, c.tk, c.dk]}], v [${[...c.lead, c.tk, c.dv]}], ${mask})`;

async function compare(
  call: (...a: unknown[]) => Promise<unknown>,
  label: string,
  q: tf.Tensor,
  k: tf.Tensor,
  v: tf.Tensor,
  mask: tf.Tensor | null,
) {
  const expected = scaledDotProductAttention(q, k, v, mask);
  const actual = await call(q, k, v, mask);
  expectTensors(label, actual, {
    output: expected.output.shape,
    attentionWeights: expected.attentionWeights.shape,
  });
  expectAllClose(label, actual, expected, { atol: 1e-5 });
}

export default defineChecks("scaledDotProductAttention", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description:
      "output and attentionWeights equal the reference without a mask and with a random 1/0 mask (1 = keep), for 2-D to 4-D inputs",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const c = sizes(rng);
        const { q, k, v } = qkv(rng, c);
        input("q", q);
        await compare(call, what(c, "no mask"), q, k, v, null);
        const mask = randomMask(rng, c);
        input("mask", mask);
        await compare(call, what(c, `mask [${mask.shape}]`), q, k, v, mask);
      }
    },
  },
  {
    id: "given-masks",
    kind: "reference",
    points: 2,
    description:
      "with createPaddingMask ([b, 1, T_k], broadcast over the queries) and createLookAheadMask ([1, T, T])",
    async run({ call, rng }) {
      const b = between(rng, 1, 3);
      const t = between(rng, 2, 6);
      const c = sizes(rng, { lead: [b], tq: t, tk: t });
      const { q, k, v } = qkv(rng, c);
      const ids = Float32Array.from(rng.rand(b * t), (u) => Math.floor(u * 5));
      ids.forEach((_, i) => {
        if (i % t === 0) ids[i] = 1;
      });
      const padding = createPaddingMask(tf.tensor2d(ids, [b, t]));
      await compare(call, what(c, `padding mask [${padding.shape}]`), q, k, v, padding);
      await compare(
        call,
        what(c, `look-ahead mask [1, ${t}, ${t}]`),
        q,
        k,
        v,
        createLookAheadMask(t),
      );
    },
  },
  {
    id: "weights-are-distributions",
    kind: "property",
    points: 1,
    description:
      "every query's weights sum to 1 over the keys, and a masked key (mask 0) gets weight ~0",
    async run({ call, rng }) {
      for (let i = 0; i < 2; i++) {
        const c = sizes(rng, { tk: between(rng, 2, 6) });
        const { q, k, v } = qkv(rng, c, 2);
        const mask = randomMask(rng, c);
        const actual = await call(q, k, v, mask);
        const shape = [...c.lead, c.tq, c.tk];
        expectTensors(what(c, "random mask"), actual, {
          output: [...c.lead, c.tq, c.dv],
          attentionWeights: shape,
        });
        const w = actual.attentionWeights!;
        expectAllClose(
          `${what(c, "random mask")}: attentionWeights summed over the keys`,
          { sum: w.sum(-1) },
          { sum: tf.ones(shape.slice(0, -1)) },
        );
        const leak = w.mul(tf.sub(1, mask)).max().dataSync()[0]!;
        if (!(leak < 1e-6))
          throw new CheckError(
            `${what(c, "random mask")}: a key the mask sets to 0 (masked) got weight ${leak}; the mask convention is 1 = keep, 0 = masked: add (1 − mask)·(−1e9)`,
          );
      }
    },
  },
  {
    id: "large-logits",
    kind: "reference",
    points: 1,
    description:
      "q and k ×40 (logits in the thousands): the weights stay finite, as a softmax that subtracts the maximum gives",
    async run({ call, rng }) {
      const c = sizes(rng, { dk: between(rng, 4, 8) });
      const { q, k, v } = qkv(rng, c, 40);
      await compare(call, `${what(c, "no mask")} with q, k ×40`, q, k, v, null);
    },
  },
  {
    id: "fully-masked-row",
    kind: "reference",
    points: 1,
    description:
      "a query whose every key is masked gets what the reference gives (every logit −1e9: equal weights)",
    async run({ call, rng }) {
      const c = sizes(rng, { lead: [between(rng, 1, 2)], tq: between(rng, 2, 4) });
      const { q, k, v } = qkv(rng, c);
      const mask = tf.tidy(() => {
        const m = randomMask(rng, c).arraySync() as number[][][];
        for (const rows of m) rows[0]!.fill(0);
        return tf.tensor(m);
      });
      await compare(call, what(c, "query 0 fully masked"), q, k, v, mask);
    },
  },
]);
