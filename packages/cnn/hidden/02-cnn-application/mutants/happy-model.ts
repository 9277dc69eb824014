import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "bn-on-axis-1",
    bug: "normalizes over axis 1 (rows) instead of the channel axis 3",
    edits: [["batchNormalization({ axis: 3 })", "batchNormalization({ axis: 1 })"]],
  },
  {
    id: "relu-in-conv",
    bug: "puts the ReLU inside the convolution, before batch norm, and drops the ReLU layer",
    edits: [
      [
        "conv2d({ filters: 32, kernelSize: 7, strides: 1 })",
        'conv2d({ filters: 32, kernelSize: 7, strides: 1, activation: "relu" })',
      ],
      ["      tf.layers.reLU(),\n", ""],
    ],
  },
  {
    id: "no-padding",
    bug: "forgets the ZeroPadding2D(3), so the convolution shrinks the picture",
    edits: [
      [
        "tf.layers.zeroPadding2d({ padding: 3, inputShape }),\n      tf.layers.conv2d({ filters: 32, kernelSize: 7, strides: 1 }),",
        "tf.layers.conv2d({ filters: 32, kernelSize: 7, strides: 1, inputShape }),",
      ],
    ],
  },
]);
