import { defineMutants } from "@dlc/grader/checks";

export default defineMutants([
  {
    id: "missing-db3",
    bug: "forgets db3",
    edits: [['"dW3", "db3"]', '"dW3"]']],
  },
  {
    id: "all-keys",
    bug: "takes every key of the gradients object, dZ and dA included, in its own order",
    edits: [
      ['["dW1", "db1", "dW2", "db2", "dW3", "db3"].flatMap(', "Object.keys(gradients).flatMap("],
    ],
  },
  {
    id: "column-major",
    bug: "flattens each gradient column by column",
    edits: [
      [
        'import type { NetGradients } from "../../src/gradient-check-net.ts";',
        'import type { NetGradients } from "../../src/gradient-check-net.ts";\nimport { transpose } from "../../src/matrix64.ts";',
      ],
      ["gradients[key]!.flat()", "transpose(gradients[key]!).flat()"],
    ],
  },
  {
    id: "weights-first",
    bug: "all weight gradients first, then all bias gradients",
    edits: [
      ['["dW1", "db1", "dW2", "db2", "dW3", "db3"]', '["dW1", "dW2", "dW3", "db1", "db2", "db3"]'],
    ],
  },
]);
