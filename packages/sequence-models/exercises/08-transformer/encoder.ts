import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { EncoderLayer, type EncoderLayerKwargs } from "./encoder-layer.ts";
import { positionalEncoding } from "./positional-encoding.ts";

/**
 * The encoder: embed the tokens, scale by √d, add the positional encoding, dropout, then
 * numLayers EncoderLayers in turn:
 *
 * - x = embedding(tokens) · √embeddingDim + PE[:, :T, :]
 * - x = dropout(x); x = encLayers[i](x, mask) for i = 0 … numLayers − 1
 *
 * Sub-layers by the notebook's names: embedding, encLayers (a list), dropout; posEncoding is
 * positionalEncoding(maximumPositionEncoding, embeddingDim), [1, maxPos, d].
 *
 * `layer.apply(tokens, { training, mask })`: token ids [b, T] (T ≤ maximumPositionEncoding) →
 * [b, T, embeddingDim].
 */
export class Encoder extends tf.layers.Layer {
  static className = "Encoder";
  readonly embeddingDim!: number;
  readonly numLayers!: number;
  readonly embedding!: tf.layers.Layer;
  readonly posEncoding!: tf.Tensor3D;
  readonly encLayers!: EncoderLayer[];
  readonly dropout!: tf.layers.Layer;

  /**
   * @param numLayers how many EncoderLayers
   * @param embeddingDim d
   * @param numHeads each EncoderLayer's heads
   * @param fullyConnectedDim each EncoderLayer's feed-forward hidden size
   * @param inputVocabSize token ids are 0 … inputVocabSize − 1 (0 is padding)
   * @param maximumPositionEncoding the longest sequence the positional encoding covers
   * @param dropoutRate the dropout after the positional encoding and inside every layer
   * @param layernormEps the layer normalisations' epsilon
   */
  constructor(
    numLayers: number,
    embeddingDim: number,
    numHeads: number,
    fullyConnectedDim: number,
    inputVocabSize: number,
    maximumPositionEncoding: number,
    dropoutRate = 0.1,
    layernormEps = 1e-6,
  ) {
    super({});
    // TODO: keep embeddingDim and numLayers; this.embedding = tf.layers.embedding(…); this.posEncoding =
    // positionalEncoding(maximumPositionEncoding, embeddingDim); numLayers EncoderLayers in
    // this.encLayers; this.dropout = tf.layers.dropout(…).
    throw new NotImplemented("Encoder");
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: EncoderLayerKwargs): tf.Tensor {
    // TODO: embedding(tokens) · √embeddingDim + the first T positions of posEncoding, dropout, then
    // every EncoderLayer with { training, mask }.
    throw new NotImplemented("Encoder");
  }
}
tf.serialization.registerClass(Encoder);
