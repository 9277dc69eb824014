import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "keys-order",
    bug: "all weights first, then all biases",
    edits: [['["W1", "b1", "W2", "b2", "W3", "b3"]', '["W1", "W2", "W3", "b1", "b2", "b3"]']],
  },
  {
    id: "column-major",
    bug: "flattens each matrix column by column",
    edits: [
      [
        'import type { NetParameters } from "../../src/gradient-check-net.ts";',
        'import type { NetParameters } from "../../src/gradient-check-net.ts";\nimport { transpose } from "../../src/matrix64.ts";',
      ],
      ["parameters[key]!.flat()", "transpose(parameters[key]!).flat()"],
    ],
  },
  {
    id: "one-key-per-matrix",
    bug: "keys holds each name once instead of once per value",
    edits: [["keys.push(...newVector.map(() => key));", "keys.push(key);"]],
  },
  {
    id: "missing-b3",
    bug: "forgets b3",
    edits: [['"W3", "b3"]', '"W3"]']],
  },
]);
