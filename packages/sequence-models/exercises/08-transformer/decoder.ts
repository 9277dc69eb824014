import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { type DecoderKwargs, DecoderLayer } from "./decoder-layer.ts";
import { positionalEncoding } from "./positional-encoding.ts";

/**
 * The decoder: embed the target tokens, scale by √d, add the positional encoding, dropout,
 * then numLayers DecoderLayers, each reading the encoder's output:
 *
 * - x = dropout(embedding(tokens) · √embeddingDim + PE[:, :T, :])
 * - [x, w1ᵢ, w2ᵢ] = decLayers[i]([x, encOutput], kwargs) for i = 0 … numLayers − 1
 *
 * Sub-layers by the notebook's names: embedding, decLayers (a list), dropout; posEncoding is
 * positionalEncoding(maximumPositionEncoding, embeddingDim).
 *
 * `layer.apply([tokens, encOutput], { training, lookAheadMask, paddingMask })` with tokens
 * [b, T] and encOutput [b, T_enc, d] returns **[x [b, T, d], then every layer's two attention
 * weights in order: w1 of layer 1 [b, h, T, T], w2 of layer 1 [b, h, T, T_enc], w1 of layer 2, …]**
 * (the notebook's dict `decoder_layer{i}_block1_self_att`, `decoder_layer{i}_block2_decenc_att`
 * as a list).
 */
export class Decoder extends tf.layers.Layer {
  static className = "Decoder";
  readonly embeddingDim!: number;
  readonly numLayers!: number;
  readonly embedding!: tf.layers.Layer;
  readonly posEncoding!: tf.Tensor3D;
  readonly decLayers!: DecoderLayer[];
  readonly dropout!: tf.layers.Layer;

  /**
   * @param numLayers how many DecoderLayers
   * @param embeddingDim d
   * @param numHeads each DecoderLayer's heads
   * @param fullyConnectedDim each DecoderLayer's feed-forward hidden size
   * @param targetVocabSize token ids are 0 … targetVocabSize − 1 (0 is padding)
   * @param maximumPositionEncoding the longest sequence the positional encoding covers
   * @param dropoutRate the dropout after the positional encoding and inside every layer
   * @param layernormEps the layer normalisations' epsilon
   */
  constructor(
    numLayers: number,
    embeddingDim: number,
    numHeads: number,
    fullyConnectedDim: number,
    targetVocabSize: number,
    maximumPositionEncoding: number,
    dropoutRate = 0.1,
    layernormEps = 1e-6,
  ) {
    super({});
    // TODO: as Encoder, with targetVocabSize and numLayers DecoderLayers in this.decLayers.
    throw new NotImplemented("Decoder");
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: DecoderKwargs): tf.Tensor[] {
    // TODO: embedding · √embeddingDim + posEncoding's first T positions, dropout, then every
    // DecoderLayer on [x, encOutput]; return [x, w1 and w2 of layer 1, w1 and w2 of layer 2, …].
    throw new NotImplemented("Decoder");
  }
}
tf.serialization.registerClass(Decoder);
