import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "concatenate-reversed",
    bug: "concatenates the skip connection first",
    edits: [["apply([up, contractiveInput]", "apply([contractiveInput, up]"]],
  },
  {
    id: "upsampling-no-stride",
    bug: "forgets strides 2 on the transposed convolution (no upsampling)",
    edits: [["kernelSize: 3, strides: 2, padding", "kernelSize: 3, strides: 1, padding"]],
  },
]);
