import { between, defineChecks, expectAllClose, expectTensors } from "@dlc/grader/checks";
import { CheckError, expectClose, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import { forwardPropagationWithDropout } from "../../solutions/02-regularization/forward-propagation-with-dropout.ts";
import { forwardPropagation } from "../../src/three-layer-net.ts";
import { network, sizes, withHint } from "./data.ts";

const NAME = "forwardPropagationWithDropout";
const MASKS =
  "Draw both masks from ONE new RandomState(seed), D1 first: D1 = rng.rand(n1, m) < keepProb, then D2 = rng.rand(n2, m) < keepProb, as float32 0/1";

export default defineChecks(NAME, [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description:
      "returns A3 (1, m) and a cache with Z1, D1, A1, Z2, D2, A2, Z3, A3 and the parameters, with the reference's values",
    async run({ call, rng }) {
      const { X, parameters } = network(rng, [3, 5, 2], 6);
      const result = await call(X, parameters, 0.7, 4);
      expectTensors(`${NAME}(X, parameters, 0.7, 4)`, result, { A3: [1, 6] });
      expectTensors(`${NAME}(X, parameters, 0.7, 4).cache`, result.cache, {
        Z1: [5, 6],
        D1: [5, 6],
        A1: [5, 6],
        Z2: [2, 6],
        D2: [2, 6],
        A2: [2, 6],
        Z3: [1, 6],
        A3: [1, 6],
        W1: [5, 3],
        b1: [5, 1],
        W2: [2, 5],
        b2: [2, 1],
        W3: [1, 2],
        b3: [1, 1],
      });
      // shapes alone are met by zeros
      const expected = forwardPropagationWithDropout(X, parameters, 0.7, 4);
      expectAllClose(
        `${NAME}(X, parameters, 0.7, 4).cache`,
        result.cache,
        expected.cache as unknown as Record<string, tf.Tensor>,
        { rtol: 1e-4, atol: 1e-6 },
      );
    },
  },
  {
    id: "masks-match-reference",
    kind: "reference",
    points: 2,
    description: "for a given seed and keepProb, D1 and D2 are the reference's masks",
    async run({ call, rng, input }) {
      for (let i = 0; i < 2; i++) {
        const { dims, m } = sizes(rng);
        const { X, parameters } = network(rng, dims, m);
        const keepProb = 0.3 + 0.6 * rng.rand(1)[0]!;
        const seed = between(rng, 0, 10_000);
        input("X", X);
        input("parameters", parameters);
        const actual = await call(X, parameters, keepProb, seed);
        const expected = forwardPropagationWithDropout(X, parameters, keepProb, seed).cache;
        await withHint(MASKS, () =>
          expectAllClose(
            `${NAME}(X, parameters of layers [${dims}, 1], keepProb = ${keepProb.toFixed(3)}, seed = ${seed}).cache`,
            actual?.cache,
            { D1: expected.D1, D2: expected.D2 },
          ),
        );
      }
    },
  },
  {
    id: "mask-tie-at-keep-prob",
    kind: "reference",
    points: 1,
    description:
      "a uniform draw exactly equal to keepProb drops its unit: Dl = (rand < keepProb), strictly, as numpy",
    async run({ call, rng, input }) {
      const { dims, m } = sizes(rng);
      const { X, parameters } = network(rng, dims, m);
      const seed = between(rng, 0, 10_000);
      // keepProb set to one of the very numbers the seed draws for D1: a tie at the threshold
      const draws = Array.from(new RandomState(seed).rand(dims[1] * m));
      const candidates = draws.filter((u) => u > 0.3 && u < 0.95);
      const keepProb = candidates[between(rng, 0, candidates.length - 1)] ?? draws[0]!;
      input("X", X);
      input("parameters", parameters);
      input("keepProb", keepProb);
      input("seed", seed);
      const actual = await call(X, parameters, keepProb, seed);
      const expected = forwardPropagationWithDropout(X, parameters, keepProb, seed).cache;
      await withHint(
        `${MASKS}. Here keepProb = ${keepProb} is exactly one of the numbers rand draws: the comparison is strict (<), so that unit is dropped`,
        () =>
          expectAllClose(
            `${NAME}(X, parameters of layers [${dims}, 1], keepProb = ${keepProb}, seed = ${seed}).cache`,
            actual?.cache,
            { D1: expected.D1, D2: expected.D2 },
          ),
      );
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "A3 and the cached Z1, A1, Z2, A2, Z3 equal the reference for networks of several sizes",
    async run({ call, rng, input }) {
      for (let i = 0; i < 2; i++) {
        const { dims, m } = sizes(rng);
        const { X, parameters } = network(rng, dims, m);
        const keepProb = 0.3 + 0.6 * rng.rand(1)[0]!;
        const seed = between(rng, 0, 10_000);
        input("X", X);
        input("parameters", parameters);
        const actual = await call(X, parameters, keepProb, seed);
        const { A3, cache } = forwardPropagationWithDropout(X, parameters, keepProb, seed);
        const what = `${NAME}(X, parameters of layers [${dims}, 1], keepProb = ${keepProb.toFixed(3)}, seed = ${seed})`;
        await withHint(
          "After each hidden RELU: Al = Al ∗ Dl / keepProb (inverted dropout); no dropout on the output layer",
          () => {
            expectAllClose(`${what}.cache`, actual?.cache, {
              Z1: cache.Z1,
              A1: cache.A1,
              Z2: cache.Z2,
              A2: cache.A2,
              Z3: cache.Z3,
            });
            expectClose(`${what}.A3`, actual?.A3, A3);
          },
        );
      }
    },
  },
  {
    id: "keep-prob-one-is-plain",
    kind: "property",
    points: 1,
    description: "with keepProb = 1 every unit is kept: the plain forward pass",
    async run({ call, rng }) {
      const { dims, m } = sizes(rng);
      const { X, parameters } = network(rng, dims, m);
      const actual = await call(X, parameters, 1, between(rng, 0, 100));
      await withHint("With keepProb = 1 the masks are all ones and A/keepProb = A", () => {
        expectClose(
          `${NAME}(…, keepProb = 1).A3`,
          actual?.A3,
          forwardPropagation(X, parameters).A3,
        );
        expectClose(
          `${NAME}(…, keepProb = 1).cache.D1`,
          actual?.cache?.D1,
          tf.ones(actual?.cache?.D1?.shape ?? [1]),
        );
      });
    },
  },
  {
    id: "keeps-expected-activation",
    kind: "property",
    points: 1,
    description:
      "keeps about keepProb of the units, and dividing by keepProb keeps the mean activation",
    async run({ call, rng }) {
      // 4 × 3000 units: the share kept is within ±0.03 and the mean within 6 % (several standard errors)
      const { X, parameters } = network(rng, [2, 4, 2], 3000);
      const keepProb = 0.75;
      const { cache } = await call(X, parameters, keepProb, between(rng, 0, 1000));
      expectTensors(`${NAME}(…).cache`, cache, { D1: [4, 3000], A1: [4, 3000], Z1: [4, 3000] });
      // any masks and activations consistent with each other pass below: Z1 is the network's
      expectClose(
        `${NAME}(…).cache.Z1`,
        cache.Z1,
        tf.matMul(parameters.W1!, X).add(parameters.b1!),
        { rtol: 1e-4, atol: 1e-5 },
      );
      const kept = cache.D1!.mean().dataSync()[0]!;
      if (Math.abs(kept - keepProb) > 0.03)
        throw new CheckError(
          `${NAME}: D1 keeps ${(100 * kept).toFixed(1)} % of the units for keepProb = ${keepProb}. ` +
            "A unit is kept (Dl = 1) when its random number is below keepProb",
        );
      const before = tf.relu(cache.Z1!).mean().dataSync()[0]!;
      const after = cache.A1!.mean().dataSync()[0]!;
      if (Math.abs(after - before) > 0.06 * before)
        throw new CheckError(
          `${NAME}: over 3000 examples the mean of A1 after dropout is ${after.toPrecision(4)}, ` +
            `but the mean of RELU(Z1) is ${before.toPrecision(4)}. Divide by keepProb after masking, ` +
            "so that E[A·D/keepProb] = A",
        );
    },
  },
  {
    id: "no-dropout-on-output",
    kind: "property",
    points: 1,
    description: "the output layer is not dropped: A3 = σ(W3·A2 + b3) from the cached A2",
    async run({ call, rng }) {
      const { X, parameters } = network(rng, [3, 5, 4], 40);
      const seed = between(rng, 0, 1000);
      const { A3, cache } = await call(X, parameters, 0.5, seed);
      expectTensors(`${NAME}(…).cache`, cache, { A2: [4, 40] });
      // a forward pass without dropout is consistent too: A2 is the reference's, thinned
      expectClose(
        `${NAME}(…, keepProb = 0.5, seed = ${seed}).cache.A2`,
        cache.A2,
        forwardPropagationWithDropout(X, parameters, 0.5, seed).cache.A2,
        { rtol: 1e-4, atol: 1e-6 },
      );
      const expected = tf.sigmoid(tf.matMul(parameters.W3!, cache.A2!).add(parameters.b3!));
      await withHint("Dropout applies to the hidden layers only; A3 = σ(Z3) as is", () =>
        expectClose(`${NAME}(…, keepProb = 0.5).A3`, A3, expected),
      );
    },
  },
]);
