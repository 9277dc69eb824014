import { NotImplemented } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { Decoder } from "./decoder.ts";
import { Encoder } from "./encoder.ts";

/** What Transformer's `apply([input, target], kwargs)` takes besides its inputs. */
export interface TransformerKwargs {
  /** dropout on (true) or off (false, the default) */
  training?: boolean;
  /** the encoder's mask: createPaddingMask(input) [b, 1, T_in] */
  encPaddingMask?: tf.Tensor | null;
  /** the decoder's self-attention mask: createLookAheadMask(T_tar) [1, T_tar, T_tar] */
  lookAheadMask?: tf.Tensor | null;
  /** the decoder's attention over the encoder: createPaddingMask(input) [b, 1, T_in] */
  decPaddingMask?: tf.Tensor | null;
}

/**
 * The whole Transformer: encode the input sentence, decode the target sentence against it,
 * and turn every target position into a distribution over the target vocabulary:
 *
 * - encOutput = encoder(input, encPaddingMask)
 * - [decOutput, …weights] = decoder([target, encOutput], lookAheadMask, decPaddingMask)
 * - finalOutput = finalLayer(decOutput), a Dense(targetVocabSize, softmax)
 *
 * Sub-layers by the notebook's names: encoder, decoder, finalLayer.
 *
 * `layer.apply([input, target], { training, encPaddingMask, lookAheadMask, decPaddingMask })`
 * with token ids input [b, T_in] and target [b, T_tar] returns **[finalOutput [b, T_tar,
 * targetVocabSize], then the decoder's attention weights as Decoder lists them]**.
 */
export class Transformer extends tf.layers.Layer {
  static className = "Transformer";
  readonly encoder!: Encoder;
  readonly decoder!: Decoder;
  readonly finalLayer!: tf.layers.Layer;

  /**
   * @param numLayers the encoder's and the decoder's layers
   * @param embeddingDim d
   * @param numHeads every attention's heads
   * @param fullyConnectedDim every feed-forward hidden size
   * @param inputVocabSize the input tokens' vocabulary
   * @param targetVocabSize the target tokens' vocabulary (the output's last axis)
   * @param maxPositionalEncodingInput the encoder's positional-encoding length
   * @param maxPositionalEncodingTarget the decoder's positional-encoding length
   * @param dropoutRate every dropout's rate
   * @param layernormEps every layer normalisation's epsilon
   */
  constructor(
    numLayers: number,
    embeddingDim: number,
    numHeads: number,
    fullyConnectedDim: number,
    inputVocabSize: number,
    targetVocabSize: number,
    maxPositionalEncodingInput: number,
    maxPositionalEncodingTarget: number,
    dropoutRate = 0.1,
    layernormEps = 1e-6,
  ) {
    super({});
    // TODO: this.encoder = new Encoder(…), this.decoder = new Decoder(…), this.finalLayer = a dense
    // layer of targetVocabSize units with a softmax.
    throw new NotImplemented("Transformer");
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: TransformerKwargs): tf.Tensor[] {
    // TODO: encode input with encPaddingMask; decode [target, encOutput] with lookAheadMask and
    // decPaddingMask; return [finalLayer(decoder output), …the decoder's attention weights].
    throw new NotImplemented("Transformer");
  }
}
tf.serialization.registerClass(Transformer);
