import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { fullyConnected, MultiHeadAttention } from "../../src/multi-head-attention.ts";

/** What EncoderLayer's `apply(x, kwargs)` takes besides x. */
export interface EncoderLayerKwargs {
  /** dropout on (true) or off (false, the default) */
  training?: boolean;
  /** null, or 1 = keep / 0 = masked, e.g. createPaddingMask(tokens) [b, 1, T] */
  mask?: tf.Tensor | null;
}

/**
 * One encoder layer: multi-head self-attention, then a position-wise feed-forward network,
 * each added back to its input (skip connection) and layer-normalised:
 *
 * - attn = mha([x, x, x], mask) (the MultiHeadAttention's own dropout on its weights)
 * - out1 = layernorm1(x + attn)
 * - out2 = layernorm2(out1 + dropoutFfn(ffn(out1)))
 *
 * The sub-layers keep the notebook's names (mha, ffn, layernorm1, layernorm2, dropoutFfn): the
 * grader loads its weights into them by name.
 *
 * `layer.apply(x, { training, mask })`: x [b, T, embeddingDim] → [b, T, embeddingDim].
 */
export class EncoderLayer extends tf.layers.Layer {
  static className = "EncoderLayer";
  readonly mha!: MultiHeadAttention;
  readonly ffn!: tf.Sequential;
  readonly layernorm1!: tf.layers.Layer;
  readonly layernorm2!: tf.layers.Layer;
  readonly dropoutFfn!: tf.layers.Layer;

  /**
   * @param embeddingDim d, the size of every position's vector
   * @param numHeads the attention heads (each of key size d, as the notebook's key_dim)
   * @param fullyConnectedDim the feed-forward network's hidden size
   * @param dropoutRate dropout of the attention weights and of the feed-forward output
   * @param layernormEps the layer normalisations' epsilon
   */
  constructor(
    embeddingDim: number,
    numHeads: number,
    fullyConnectedDim: number,
    dropoutRate = 0.1,
    layernormEps = 1e-6,
  ) {
    super({});
    // TODO: this.mha = new MultiHeadAttention({ numHeads, keyDim: embeddingDim, dropout: dropoutRate }),
    // this.ffn = fullyConnected(embeddingDim, fullyConnectedDim), two layerNormalization layers
    // (epsilon layernormEps) and a dropout layer (rate dropoutRate).
    throw new NotImplemented("EncoderLayer");
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: EncoderLayerKwargs): tf.Tensor {
    // TODO: attn = mha.apply([x, x, x], { attentionMask: mask, training }); out1 = layernorm1(x + attn);
    // return layernorm2(out1 + dropoutFfn(ffn(out1), { training })).
    throw new NotImplemented("EncoderLayer");
  }
}
tf.serialization.registerClass(EncoderLayer);
