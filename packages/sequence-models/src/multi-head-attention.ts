/**
 * Given code for the Transformer (C5 W4 A1): Keras's `MultiHeadAttention` and the notebook's
 * `FullyConnected`, which tfjs-layers lacks. Custom layers, registered with tf.serialization.
 *
 * Mask convention: **1 = keep, 0 = masked**. A mask of rank < 4 gets axes inserted before its
 * last two (as Keras does), so [b, T_q, T_k], [b, 1, T_k], [1, T, T] and [b, T_k] all broadcast
 * over the heads.
 */
import * as tf from "@tensorflow/tfjs";

export interface MultiHeadAttentionArgs {
  /** the number of heads h */
  numHeads: number;
  /** each head's query/key size (and value size) */
  keyDim: number;
  /** dropout on the attention weights while training (default 0) */
  dropout?: number;
  name?: string;
}

/** What MultiHeadAttention's `apply` takes besides [query, value, key?]. */
export interface AttentionKwargs {
  /** 1 = keep, 0 = masked; broadcastable to [b, h, T_q, T_k] after the inserted axes */
  attentionMask?: tf.Tensor | null;
  training?: boolean;
}

/**
 * Multi-head attention: h heads, each attending with its own projections of the query, key
 * and value (kernels [d, h·keyDim] and biases [h·keyDim]; Keras stores them as [d, h, keyDim]),
 * and an output projection [h·keyDim, d_out] + [d_out] back to the query's size.
 *
 * `layer.apply([query, value], { attentionMask, training })` (key = value) or
 * `[query, value, key]` with query [b, T_q, d], value/key [b, T_k, d'] returns
 * **[output [b, T_q, d], attentionWeights [b, h, T_q, T_k]]**.
 * Weights, in order: query kernel, bias; key kernel, bias; value kernel, bias; output kernel, bias.
 */
export class MultiHeadAttention extends tf.layers.Layer {
  static className = "MultiHeadAttention";
  readonly numHeads: number;
  readonly keyDim: number;
  readonly rate: number;
  private kernels: tf.LayerVariable[] = [];

  constructor(args: MultiHeadAttentionArgs) {
    super({ name: args.name });
    this.numHeads = args.numHeads;
    this.keyDim = args.keyDim;
    this.rate = args.dropout ?? 0;
  }

  override build(inputShape: tf.Shape | tf.Shape[]): void {
    const shapes = inputShape as tf.Shape[];
    const [query, value] = [shapes[0]!, shapes[1]!];
    const key = shapes[2] ?? value;
    const width = this.numHeads * this.keyDim;
    const dOut = query[query.length - 1]!;
    const dense = (name: string, dIn: number, dOutput: number) => [
      this.addWeight(
        `${name}/kernel`,
        [dIn, dOutput],
        "float32",
        tf.initializers.glorotUniform({}),
      ),
      this.addWeight(`${name}/bias`, [dOutput], "float32", tf.initializers.zeros()),
    ];
    this.kernels = [
      ...dense("query", query[query.length - 1]!, width),
      ...dense("key", key[key.length - 1]!, width),
      ...dense("value", value[value.length - 1]!, width),
      ...dense("attention_output", width, dOut),
    ];
    this.built = true;
  }

  override computeOutputShape(inputShape: tf.Shape | tf.Shape[]): tf.Shape[] {
    const [query, value] = inputShape as tf.Shape[];
    return [query!, [query![0]!, this.numHeads, query![1]!, value![1]!]];
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: AttentionKwargs): tf.Tensor[] {
    return tf.tidy(() => {
      const [query, value, key = value] = inputs as tf.Tensor[];
      const [qW, qB, kW, kB, vW, vB, oW, oB] = this.kernels.map((v) => v.read());
      // [b, T, d] → [b, h, T, keyDim]
      const heads = (x: tf.Tensor, w: tf.Tensor, b: tf.Tensor) => {
        const [batch, t] = x.shape as [number, number];
        return tf
          .matMul(x.reshape([batch * t, -1]), w!)
          .add(b!)
          .reshape([batch, t, this.numHeads, this.keyDim])
          .transpose([0, 2, 1, 3]);
      };
      const q = heads(query!, qW!, qB!);
      const k = heads(key!, kW!, kB!);
      const v = heads(value!, vW!, vB!);
      let logits = tf.matMul(q, k, false, true).div(Math.sqrt(this.keyDim));
      let mask = kwargs.attentionMask;
      if (mask != null) {
        while (mask.rank < 4) mask = mask.expandDims(-3);
        logits = logits.add(tf.sub(1, mask.toFloat()).mul(-1e9));
      }
      const weights = tf.softmax(logits);
      const dropped = kwargs.training && this.rate > 0 ? tf.dropout(weights, this.rate) : weights;
      const [batch, tq] = query!.shape as [number, number];
      const mixed = tf
        .matMul(dropped, v)
        .transpose([0, 2, 1, 3])
        .reshape([batch * tq, this.numHeads * this.keyDim]);
      const output = tf.matMul(mixed, oW!).add(oB!).reshape([batch, tq, -1]);
      return [output, weights];
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return {
      ...super.getConfig(),
      numHeads: this.numHeads,
      keyDim: this.keyDim,
      dropout: this.rate,
    };
  }
}
tf.serialization.registerClass(MultiHeadAttention);

/**
 * The notebook's `FullyConnected(embedding_dim, fully_connected_dim)`: Dense(fullyConnectedDim,
 * relu) → Dense(embeddingDim), applied to the last axis: [b, T, d] → [b, T, d] (any T).
 */
export function fullyConnected(embeddingDim: number, fullyConnectedDim: number): tf.Sequential {
  return tf.sequential({
    layers: [
      tf.layers.dense({
        units: fullyConnectedDim,
        activation: "relu",
        inputShape: [null, embeddingDim],
      }),
      tf.layers.dense({ units: embeddingDim }),
    ],
  });
}
