import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "valid-pooling",
    bug: "pools 8×8 with 'valid' padding instead of 'same'",
    edits: [
      [
        '.maxPooling2d({ poolSize: 8, strides: 8, padding: "same" })',
        '.maxPooling2d({ poolSize: 8, strides: 8, padding: "valid" })',
      ],
    ],
  },
  {
    id: "swapped-filters",
    bug: "gives the first convolution 16 filters and the second 8",
    edits: [
      ["conv2d({ filters: 8, kernelSize: 4", "conv2d({ filters: 16, kernelSize: 4"],
      ["conv2d({ filters: 16, kernelSize: 2", "conv2d({ filters: 8, kernelSize: 2"],
    ],
  },
  {
    id: "sigmoid-out",
    bug: "ends with a sigmoid instead of a softmax",
    edits: [['units: 6, activation: "softmax"', 'units: 6, activation: "sigmoid"']],
  },
]);
