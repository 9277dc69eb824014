import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "column-major",
    bug: "fills each Wl column by column",
    edits: [
      [
        'import { fromValues } from "../../src/matrix64.ts";',
        'import { fromValues, transpose } from "../../src/matrix64.ts";',
      ],
      [
        "fromValues(rows, cols, theta.slice(start, start + rows * cols))",
        "transpose(fromValues(cols, rows, theta.slice(start, start + rows * cols)))",
      ],
    ],
  },
  {
    id: "transposed-shape",
    bug: "Wl shaped [n_{l−1}, n_l]",
    edits: [
      [
        "fromValues(rows, cols, theta.slice(start, start + rows * cols))",
        "fromValues(cols, rows, theta.slice(start, start + rows * cols))",
      ],
    ],
  },
  {
    id: "bias-not-skipped",
    bug: "the slice start does not move past bl, so W{l+1} starts with bl's values",
    edits: [["    start += rows;\n", ""]],
  },
  {
    id: "fixed-notebook-shapes",
    bug: "ignores layerDims: always the notebook's [4, 5, 3, 1]",
    edits: [
      [
        "for (let l = 1; l < layerDims.length; l++) {",
        "for (let l = 1; l < 4; l++) {\n    layerDims = [4, 5, 3, 1];",
      ],
    ],
  },
]);
