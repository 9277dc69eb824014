import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { fullyConnected, MultiHeadAttention } from "../../src/multi-head-attention.ts";

/** What DecoderLayer's (and Decoder's) `apply([x, encOutput], kwargs)` takes besides its inputs. */
export interface DecoderKwargs {
  /** dropout on (true) or off (false, the default) */
  training?: boolean;
  /** the self-attention's mask (1 = keep), e.g. createLookAheadMask(T) [1, T, T] */
  lookAheadMask?: tf.Tensor | null;
  /** the encoder-decoder attention's mask over the encoder's positions, e.g. [b, 1, T_enc] */
  paddingMask?: tf.Tensor | null;
}

/**
 * One decoder layer, three blocks, each followed by add & layer-norm:
 *
 * - block 1, masked self-attention: [a1, w1] = mha1([x, x, x], lookAheadMask); q1 = layernorm1(a1 + x)
 * - block 2, attention over the encoder: [a2, w2] = mha2([q1, encOutput, encOutput], paddingMask);
 *   out2 = layernorm2(a2 + q1)
 * - block 3, feed-forward: out3 = layernorm3(dropoutFfn(ffn(out2)) + out2)
 *
 * Sub-layers by the notebook's names: mha1, mha2, ffn, layernorm1, layernorm2, layernorm3,
 * dropoutFfn.
 *
 * `layer.apply([x, encOutput], { training, lookAheadMask, paddingMask })` with x [b, T, d] and
 * encOutput [b, T_enc, d] returns **[out3 [b, T, d], w1 [b, h, T, T], w2 [b, h, T, T_enc]]**.
 */
export class DecoderLayer extends tf.layers.Layer {
  static className = "DecoderLayer";
  readonly mha1!: MultiHeadAttention;
  readonly mha2!: MultiHeadAttention;
  readonly ffn!: tf.Sequential;
  readonly layernorm1!: tf.layers.Layer;
  readonly layernorm2!: tf.layers.Layer;
  readonly layernorm3!: tf.layers.Layer;
  readonly dropoutFfn!: tf.layers.Layer;

  /**
   * @param embeddingDim d
   * @param numHeads the heads of both attentions (key size d each)
   * @param fullyConnectedDim the feed-forward network's hidden size
   * @param dropoutRate dropout of both attentions' weights and of the feed-forward output
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
    // TODO: this.mha1 and this.mha2 (MultiHeadAttention, key size embeddingDim, dropout dropoutRate),
    // this.ffn = fullyConnected(…), layernorm1, layernorm2, layernorm3 and dropoutFfn.
    throw new NotImplemented("DecoderLayer");
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: DecoderKwargs): tf.Tensor[] {
    // TODO: block 1, self-attention with lookAheadMask, add & norm; block 2, attention from q1 over
    // encOutput with paddingMask, add & norm; block 3, feed-forward + dropout, add & norm.
    // Return [out3, the block-1 weights, the block-2 weights].
    throw new NotImplemented("DecoderLayer");
  }
}
tf.serialization.registerClass(DecoderLayer);
