/**
 * Keras's preprocessing layers RandomFlip and RandomRotation, which tfjs-layers 4.22 lacks, as
 * custom layers over tf.image (given code). Both are seeded: a layer draws from its own
 * generator, started from its `seed`, and advances it only when it augments, so two fresh
 * layers with the same configuration augment the same batch the same way. With
 * `training: false` (prediction, evaluation) both are the identity, as in Keras.
 *
 * Registered with tf.serialization, so summaries show them by class name (`RandomFlip`,
 * `RandomRotation`) and models holding them can be saved and loaded.
 */
import { RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";

interface RandomLayerArgs {
  /** seed of the layer's generator (default 1) */
  seed?: number;
  name?: string;
  inputShape?: number[];
}

type Kwargs = { training?: boolean };

const one = (inputs: tf.Tensor | tf.Tensor[]): tf.Tensor =>
  Array.isArray(inputs) ? inputs[0]! : inputs;

/** Flips each image of a batch [m, H, W, C] left-right with probability 1/2 while training. */
export class RandomFlip extends tf.layers.Layer {
  static className = "RandomFlip";
  readonly mode: string;
  readonly seed: number;
  private readonly rng: RandomState;

  /** @param args.mode "horizontal" (the only mode here, the notebook's) */
  constructor(args: RandomLayerArgs & { mode?: "horizontal" } = {}) {
    super(args);
    this.mode = args.mode ?? "horizontal";
    if (this.mode !== "horizontal")
      throw new Error(`RandomFlip: mode "${this.mode}" is not supported (only "horizontal")`);
    this.seed = args.seed ?? 1;
    this.rng = new RandomState(this.seed);
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor {
    const x = one(inputs) as tf.Tensor4D;
    if (!kwargs.training) return x;
    const m = x.shape[0];
    const flips = Array.from(this.rng.rand(m), (u) => (u < 0.5 ? 1 : 0));
    return tf.tidy(() => {
      const mask = tf.tensor4d(flips, [m, 1, 1, 1], "bool");
      return tf.where(mask.tile([1, ...x.shape.slice(1)]), tf.image.flipLeftRight(x), x);
    });
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), mode: this.mode, seed: this.seed };
  }
}

/**
 * Rotates each image of a batch [m, H, W, C] about its centre by an angle drawn uniformly from
 * [−factor·2π, factor·2π] while training (Keras's RandomRotation(factor)). Corners the rotation
 * uncovers are filled with 0 (Keras reflects them by default: tf.image.rotateWithOffset only
 * fills with a constant).
 */
export class RandomRotation extends tf.layers.Layer {
  static className = "RandomRotation";
  readonly factor: number;
  readonly seed: number;
  private readonly rng: RandomState;

  /** @param args.factor fraction of a full turn (the notebook's 0.2: up to ±72°) */
  constructor(args: RandomLayerArgs & { factor: number }) {
    super(args);
    this.factor = args.factor;
    this.seed = args.seed ?? 1;
    this.rng = new RandomState(this.seed);
  }

  override call(inputs: tf.Tensor | tf.Tensor[], kwargs: Kwargs): tf.Tensor {
    const x = one(inputs) as tf.Tensor4D;
    if (!kwargs.training) return x;
    const angles = Array.from(
      this.rng.rand(x.shape[0]),
      (u) => (2 * u - 1) * this.factor * 2 * Math.PI,
    );
    return tf.tidy(() =>
      tf.concat(
        tf
          .split(x, x.shape[0])
          .map((image, i) => tf.image.rotateWithOffset(image as tf.Tensor4D, angles[i]!, 0)),
      ),
    );
  }

  override getConfig(): tf.serialization.ConfigDict {
    return { ...super.getConfig(), factor: this.factor, seed: this.seed };
  }
}

tf.serialization.registerClass(RandomFlip);
tf.serialization.registerClass(RandomRotation);

/** `RandomFlip({ mode: "horizontal" })`, as `tf.keras.layers.RandomFlip('horizontal')`. */
export const randomFlip = (args: ConstructorParameters<typeof RandomFlip>[0] = {}) =>
  new RandomFlip(args);

/** `RandomRotation({ factor: 0.2 })`, as `tf.keras.layers.RandomRotation(0.2)`. */
export const randomRotation = (args: ConstructorParameters<typeof RandomRotation>[0]) =>
  new RandomRotation(args);
