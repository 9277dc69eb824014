import { defineChecks, normal } from "@dlc/grader/checks";
import { expectClose } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";
import { poolCase, poolOracle } from "../shared/conv-oracles.ts";

const label = (hp: { f: number; stride: number }, mode: string) =>
  `poolForward(APrev, { f: ${hp.f}, stride: ${hp.stride} }, "${mode}").A`;

export default defineChecks("poolForward", [
  {
    id: "max-matches-reference",
    kind: "reference",
    points: 2,
    description: "max pooling (the default mode) on random batches, window sizes and strides",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const { APrev, hparameters } = poolCase(rng);
        input("case", { APrev, hparameters });
        const expected = poolOracle(APrev, hparameters.f, hparameters.stride, "max");
        const result =
          i === 0 ? await call(APrev, hparameters) : await call(APrev, hparameters, "max");
        expectClose(label(hparameters, "max"), result?.A, expected);
      }
    },
  },
  {
    id: "average-matches-reference",
    kind: "reference",
    points: 2,
    description: "average pooling on random batches, window sizes and strides",
    async run({ call, rng, input }) {
      for (let i = 0; i < 3; i++) {
        const { APrev, hparameters } = poolCase(rng);
        input("case", { APrev, hparameters });
        expectClose(
          label(hparameters, "average"),
          (await call(APrev, hparameters, "average"))?.A,
          poolOracle(APrev, hparameters.f, hparameters.stride, "average"),
        );
      }
    },
  },
  {
    id: "edges",
    kind: "reference",
    points: 1,
    description:
      "all-negative inputs (a maximum that starts from 0 is wrong) and leftover rows a stride skips",
    async run({ call, rng }) {
      const negative = normal(rng, [2, 4, 4, 2]).abs().neg().sub(0.1) as tf.Tensor4D;
      const hp = { f: 2, stride: 2 };
      expectClose(
        `${label(hp, "max")} on all-negative APrev`,
        (await call(negative, hp, "max"))?.A,
        poolOracle(negative, 2, 2, "max"),
      );
      const odd = normal(rng, [1, 7, 6, 1]) as tf.Tensor4D;
      const skip = { f: 2, stride: 3 };
      for (const mode of ["max", "average"] as const)
        expectClose(
          `${label(skip, mode)} on a 7×6 image`,
          (await call(odd, skip, mode))?.A,
          poolOracle(odd, 2, 3, mode),
        );
      const cache = (await call(odd, skip, "max"))?.cache;
      expectClose("poolForward(...).cache.APrev", cache?.APrev, odd, { atol: 0, rtol: 0 });
      expectClose("poolForward(...).cache.hparameters.f", cache?.hparameters?.f, skip.f);
      expectClose(
        "poolForward(...).cache.hparameters.stride",
        cache?.hparameters?.stride,
        skip.stride,
      );
    },
  },
]);
