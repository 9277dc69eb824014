import { defineChecks, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { convCase, convOracle } from "../shared/conv-oracles.ts";

export default defineChecks("convForward", [
  {
    id: "matches-reference",
    kind: "reference",
    points: 3,
    description: "Z on random batches, filters, strides (1 to 3) and paddings (0 to 2)",
    async run({ call, rng, input }) {
      for (let i = 0; i < 4; i++) {
        const { APrev, W, b, hparameters } = convCase(rng);
        input("case", { APrev, W, b, hparameters });
        const result = await call(APrev, W, b, hparameters);
        expectClose(
          `convForward(APrev, W, b, { stride: ${hparameters.stride}, pad: ${hparameters.pad} }).Z`,
          result?.Z,
          convOracle(APrev, W, b, hparameters.stride, hparameters.pad),
        );
      }
    },
  },
  {
    id: "cache-holds-inputs",
    kind: "reference",
    points: 1,
    description: "the cache holds APrev, W, b and hparameters unchanged",
    async run({ call, rng }) {
      for (let i = 0; i < 2; i++) {
        const { APrev, W, b, hparameters } = convCase(rng);
        const cache = (await call(APrev, W, b, hparameters))?.cache;
        for (const [key, value] of Object.entries({ APrev, W, b }))
          expectClose(`convForward(...).cache.${key}`, cache?.[key], value, { atol: 0, rtol: 0 });
        expectClose(
          "convForward(...).cache.hparameters.stride",
          cache?.hparameters?.stride,
          hparameters.stride,
        );
        expectClose(
          "convForward(...).cache.hparameters.pad",
          cache?.hparameters?.pad,
          hparameters.pad,
        );
      }
    },
  },
  {
    id: "edges",
    kind: "reference",
    points: 1,
    description:
      "a filter as large as the padded image (one output), and a stride larger than the filter",
    async run({ call, rng }) {
      const cases: [number[], number, number, number][] = [
        // [APrev shape, f, stride, pad]
        [[1, 3, 3, 2], 5, 1, 1],
        [[2, 7, 5, 1], 2, 3, 0],
      ];
      for (const [shape, f, stride, pad] of cases) {
        const APrev = normal(rng, shape) as tf.Tensor4D;
        const W = normal(rng, [f, f, shape[3]!, 2]) as tf.Tensor4D;
        const b = normal(rng, [1, 1, 1, 2]) as tf.Tensor4D;
        expectClose(
          `convForward(APrev ${JSON.stringify(shape)}, W ${f}×${f}, b, { stride: ${stride}, pad: ${pad} }).Z`,
          (await call(APrev, W, b, { stride, pad }))?.Z,
          convOracle(APrev, W, b, stride, pad),
        );
      }
    },
  },
]);
