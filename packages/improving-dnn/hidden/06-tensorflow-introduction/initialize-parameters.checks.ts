import { between, defineChecks, expectTensors } from "@dlc/grader/checks";
import { CheckError, type RandomState } from "@dlc/student-kit/check";
import type * as tf from "@tensorflow/tfjs";

const NAMES = ["W1", "b1", "W2", "b2", "W3", "b3"] as const;

function shapes([n0, n1, n2, n3]: number[]): Record<string, number[]> {
  return {
    W1: [n1!, n0!],
    b1: [n1!, 1],
    W2: [n2!, n1!],
    b2: [n2!, 1],
    W3: [n3!, n2!],
    b3: [n3!, 1],
  };
}

/** Glorot's σ for a tensor of this shape: sqrt(2 / (fan_in + fan_out)). */
const glorotSigma = (shape: number[]) => Math.sqrt(2 / (shape[0]! + shape[1]!));

/** Values of the named tensors, each divided by its Glorot σ, pooled. */
function standardized(parameters: Record<string, tf.Tensor>, names: string[]): number[] {
  return names.flatMap((name) => {
    const t = parameters[name]!;
    const sigma = glorotSigma(t.shape);
    return Array.from(t.dataSync(), (v) => v / sigma);
  });
}

function stats(values: number[]) {
  const mean = values.reduce((a, b) => a + b, 0) / values.length;
  const std = Math.sqrt(values.reduce((a, b) => a + (b - mean) ** 2, 0) / values.length);
  const max = values.reduce((a, b) => Math.max(a, Math.abs(b)), 0);
  return { mean, std, max };
}

const fmt = (x: number) => x.toFixed(3);

/** Layer sizes large enough for statistics: W1 has at least 6000 entries, the biases 100 together. */
function largeDims(rng: RandomState): number[] {
  return [
    between(rng, 100, 200),
    between(rng, 60, 100),
    between(rng, 30, 60),
    between(rng, 10, 20),
  ];
}

function maxDifference(a: tf.Tensor, b: tf.Tensor): number {
  const x = a.dataSync();
  const y = b.dataSync();
  let d = 0;
  for (let i = 0; i < x.length; i++) d = Math.max(d, Math.abs(x[i]! - y[i]!));
  return d;
}

export default defineChecks("initializeParameters", [
  {
    id: "shapes",
    kind: "contract",
    points: 1,
    description:
      "returns W1, b1, W2, b2, W3, b3 shaped for the layer sizes it is given, each holding Glorot draws",
    async run({ call, rng }) {
      for (let i = 0; i < 2; i++) {
        const dims = [
          between(rng, 5, 40),
          between(rng, 2, 9),
          between(rng, 2, 9),
          between(rng, 2, 7),
        ];
        const seed = between(rng, 0, 1000);
        const what = `initializeParameters([${dims}], ${seed})`;
        const actual = await call(dims, seed);
        expectTensors(what, actual, shapes(dims));
        // shapes alone are met by zeros or a constant: every tensor holds Glorot draws,
        // different numbers, none beyond the truncation at 2σ
        for (const name of NAMES) {
          const t = actual[name] as tf.Tensor;
          const sigma = glorotSigma(t.shape);
          const values = Array.from(t.dataSync());
          const beyond = values.find((v) => !(Math.abs(v) <= 2 * sigma * (1 + 1e-5)));
          if (
            beyond !== undefined ||
            (values.length > 1 && new Set(values).size < 2) ||
            values.every((v) => v === 0)
          )
            throw new CheckError(
              `${what}.${name} should hold Glorot normal draws (σ = ${sigma.toPrecision(3)}, none beyond 2σ, not all equal), got ${beyond !== undefined ? `the value ${beyond}` : `${values.length} values ${values.slice(0, 3).join(", ")}…`}`,
            );
        }
      }
    },
  },
  {
    id: "glorot-normal-weights",
    kind: "property",
    points: 2,
    description:
      "weights W/σ have mean 0, spread 0.88 and no value beyond 2 (a normal truncated at 2σ, σ = sqrt(2/(fan_in + fan_out)))",
    async run({ call, rng }) {
      const dims = largeDims(rng);
      const what = `initializeParameters([${dims}])`;
      const parameters = await call(dims, between(rng, 0, 1000));
      expectTensors(what, parameters, shapes(dims));
      const { mean, std, max } = stats(standardized(parameters, ["W1", "W2", "W3"]));
      const seen = `W/σ has mean ${fmt(mean)}, standard deviation ${fmt(std)}, largest |W/σ| ${fmt(max)}`;
      if (max > 2 + 1e-4)
        throw new CheckError(
          `${what}: ${seen}. A Glorot normal in tfjs is truncated at 2σ: check σ = sqrt(2 / (fan_in + fan_out)) and that you use tf.initializers.glorotNormal.`,
        );
      if (std < 0.84 || std > 0.92 || Math.abs(mean) > 0.1 || max < 1.9)
        throw new CheckError(
          `${what}: ${seen}; a normal truncated at ±2σ has mean 0, standard deviation 0.88 and values right up to 2 (a uniform of the same σ has standard deviation 1 and stops at 1.73). Use tf.initializers.glorotNormal.`,
        );
    },
  },
  {
    id: "glorot-normal-biases",
    kind: "property",
    points: 1,
    description:
      "biases are drawn from the Glorot normal too (b/σ spread near 0.88, within 2), as the notebook does",
    async run({ call, rng }) {
      const dims = largeDims(rng);
      const what = `initializeParameters([${dims}])`;
      const parameters = await call(dims, between(rng, 0, 1000));
      expectTensors(what, parameters, shapes(dims));
      const { std, max } = stats(standardized(parameters, ["b1", "b2", "b3"]));
      if (std < 0.65 || std > 1.1 || max > 2 + 1e-4)
        throw new CheckError(
          `${what}: b/σ (σ = sqrt(2 / (n_l + 1))) has standard deviation ${fmt(std)} and largest value ${fmt(max)}, expected about 0.88 and at most 2. The notebook draws b1, b2, b3 with the same Glorot normal initializer as the weights, not zeros.`,
        );
    },
  },
  {
    id: "seeded",
    kind: "property",
    points: 1,
    description: "the same seed gives the same parameters, another seed other ones",
    async run({ call, rng }) {
      const dims = [
        between(rng, 5, 20),
        between(rng, 3, 8),
        between(rng, 3, 8),
        between(rng, 2, 6),
      ];
      const seed = between(rng, 0, 1000);
      const first = await call(dims, seed);
      const again = await call(dims, seed);
      const other = await call(dims, seed + 17);
      for (const p of [first, again, other])
        expectTensors(`initializeParameters([${dims}])`, p, shapes(dims));
      for (const name of NAMES) {
        if (maxDifference(first[name], again[name]) > 0)
          throw new CheckError(
            `initializeParameters([${dims}], ${seed}) gave another ${name} the second time: draw with tf.initializers.glorotNormal({ seed: seed + k }), not an unseeded initializer.`,
          );
      }
      if (maxDifference(first.W1, other.W1) === 0)
        throw new CheckError(
          `initializeParameters with seeds ${seed} and ${seed + 17} gave the same W1: use the seed argument.`,
        );
    },
  },
  {
    id: "layers-differ",
    kind: "property",
    points: 2,
    description: "each tensor has its own numbers, even where two layers have the same shape",
    async run({ call, rng }) {
      const h = between(rng, 4, 12);
      const dims = [between(rng, 5, 20), h, h, h];
      const seed = between(rng, 0, 1000);
      const what = `initializeParameters([${dims}], ${seed})`;
      const parameters = await call(dims, seed);
      expectTensors(what, parameters, shapes(dims));
      for (const [a, b] of [
        ["W2", "W3"],
        ["b1", "b2"],
        ["b2", "b3"],
      ] as const) {
        if (maxDifference(parameters[a]!, parameters[b]!) === 0)
          throw new CheckError(
            `${what}: ${a} and ${b} are equal. A seeded tfjs initializer gives the same numbers on every call: give the k-th tensor (W1, b1, W2, b2, W3, b3) its own initializer, glorotNormal({ seed: seed + k }).`,
          );
      }
    },
  },
]);
