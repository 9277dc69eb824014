/**
 * Two fixes for tfjs 4.22 that models whose recurrent layers run one step at a time with
 * initial states need (the notebooks' `LSTM(n_s, return_state=True)(context,
 * initial_state=[s, c])`, applied Ty times in one model). Importing this module installs both,
 * once; nothing else changes.
 *
 * 1. During `fit` and `predict`, tfjs-layers runs every layer with one shared keyword-arguments
 *    object, and `RNN.apply` writes the initial states it was given into it: the next recurrent
 *    layer then finds stale states there and throws "When inputs is an array, neither
 *    initialState or constants should be provided". The fix: `RNN.apply` works on a copy.
 * 2. The gradient of `Unpack` (`tf.unstack`, which an RNN runs over time) receives a single
 *    tensor, not a list, when there is one step, and throws "Argument tensors passed to stack
 *    must be a `Tensor[]`". The fix: the same gradient, accepting one tensor.
 */
import * as tf from "@tensorflow/tfjs";

type Apply = ((this: tf.layers.Layer, inputs: unknown, kwargs?: object) => unknown) & {
  copiesKwargs?: true;
};

const rnnPrototype = Object.getPrototypeOf(Object.getPrototypeOf(tf.layers.lstm({ units: 1 }))) as {
  apply: Apply;
};

if (!rnnPrototype.apply.copiesKwargs) {
  const original = rnnPrototype.apply;
  const apply: Apply = function (inputs, kwargs) {
    return original.call(this, inputs, kwargs == null ? kwargs : { ...kwargs });
  };
  apply.copiesKwargs = true;
  rnnPrototype.apply = apply;
  tf.registerGradient({
    kernelName: "Unpack",
    gradFunc: (dy, _saved, attrs) => {
      const { axis } = attrs as unknown as { axis: number };
      return { value: () => tf.stack(Array.isArray(dy) ? dy : [dy], axis) };
    },
  });
}
