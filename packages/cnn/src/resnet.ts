/**
 * Given for the residual networks assignment: the notebook's initializers and the arguments a
 * block takes. A block works on a tensor the way a Keras layer does: on a symbolic input it
 * adds layers to a model being built, on a real tensor it computes (eagerly).
 */
import * as tf from "@tensorflow/tfjs";

/** The notebook's `initializer(seed=0)`: makes a kernel initializer from a seed. */
export type InitializerFactory = (seed: number) => ReturnType<typeof tf.initializers.zeros>;

/** Keras's random_uniform (the identity block's default): uniform in [−0.05, 0.05]. */
export const randomUniform: InitializerFactory = (seed) =>
  tf.initializers.randomUniform({ minval: -0.05, maxval: 0.05, seed });

/** Keras's glorot_uniform (the convolutional block's and ResNet50's default). */
export const glorotUniform: InitializerFactory = (seed) => tf.initializers.glorotUniform({ seed });

/** A block's input: a symbolic tensor while building a model, or a real batch [m, n_H, n_W, n_C]. */
export type BlockInput = tf.SymbolicTensor | tf.Tensor4D;
