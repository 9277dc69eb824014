import { between, defineChecks, expectAllClose, expectTensors, normal } from "@dlc/grader/checks";
import { CheckError, expectShape, RandomState } from "@dlc/student-kit/check";
import * as tf from "@tensorflow/tfjs";
import * as fc from "fast-check";
import { randomMiniBatches } from "../../solutions/04-optimization/random-mini-batches.ts";

const what = (m: number, size: number, seed?: number) =>
  `randomMiniBatches(X [n_x, ${m}], Y [1, ${m}], ${size}${seed === undefined ? "" : `, ${seed}`})`;

/** X [3, m] whose column j is [j, −j, j + 0.5] and Y [1, m] = j: every batch shows which columns it holds. */
function indexedData(m: number) {
  return tf.tidy(() => {
    const j = tf.range(0, m);
    return { X: tf.stack([j, j.neg(), j.add(0.5)]), Y: j.reshape([1, m]) };
  });
}

/** The batches as [X_k, Y_k] pairs of tensors, or a message saying what the answer looks like instead. */
function expectBatches(label: string, answer: unknown, nX: number): [tf.Tensor, tf.Tensor][] {
  if (!Array.isArray(answer))
    throw new CheckError(
      `${label} should return an array of [X_k, Y_k] pairs, got ${typeof answer}`,
    );
  answer.forEach((batch, k) => {
    if (!Array.isArray(batch) || batch.length !== 2)
      throw new CheckError(
        `${label}[${k}] should be a pair [X_k, Y_k] (the notebook's tuple (mini_batch_X, mini_batch_Y))`,
      );
    expectShape(`${label}[${k}][0] (X_k)`, batch[0], [
      nX,
      (batch[0] as tf.Tensor).shape?.[1] ?? -1,
    ]);
    expectShape(`${label}[${k}][1] (Y_k)`, batch[1], [1, (batch[0] as tf.Tensor).shape[1]!]);
  });
  return answer as [tf.Tensor, tf.Tensor][];
}

/** The column indices each batch holds (row 0 of indexedData's X), checking rows 1 and 2 and Y agree. */
function columnsOf(label: string, batches: [tf.Tensor, tf.Tensor][]): number[][] {
  return batches.map(([bx, by], k) => {
    const [js, negatives, halves] = bx.arraySync() as number[][];
    const ys = (by.arraySync() as number[][])[0]!;
    js!.forEach((j, i) => {
      if (negatives![i] !== -j || halves![i] !== j + 0.5)
        throw new CheckError(
          `${label}: column ${i} of X_${k} mixes values of different examples: shuffle whole columns (axis 1), not rows or single values`,
        );
      if (ys[i] !== j)
        throw new CheckError(
          `${label}: in batch ${k}, column ${i} of X is example ${j} but its label is example ${ys[i]}'s: shuffle X and Y with the same permutation`,
        );
    });
    return js!;
  });
}

function expectedSizes(m: number, size: number): number[] {
  const full = Math.floor(m / size);
  return [...Array(full).fill(size), ...(m % size ? [m % size] : [])];
}

export default defineChecks("randomMiniBatches", [
  {
    id: "batch-shapes",
    kind: "contract",
    points: 1,
    description:
      "returns a list of [X_k, Y_k] pairs: 10 examples in batches of 4 give sizes 4, 4, 2, the reference's",
    async run({ call, rng }) {
      const X = normal(rng, [3, 10]);
      const Y = tf.tensor2d([[1, 0, 1, 1, 0, 0, 1, 0, 1, 0]]);
      const label = what(10, 4, 1);
      const batches = expectBatches(label, await call(X, Y, 4, 1), 3);
      const sizes = batches.map(([bx]) => bx.shape[1]);
      if (JSON.stringify(sizes) !== "[4,4,2]")
        throw new CheckError(
          `${label} gives batches of ${JSON.stringify(sizes)} examples, expected [4,4,2]`,
        );
      const expected = randomMiniBatches(X, Y, 4, 1);
      for (const [k, [bx, by]] of batches.entries()) {
        expectTensors(`${label}[${k}]`, { X: bx, Y: by }, { X: [3, sizes[k]!], Y: [1, sizes[k]!] });
        // shapes alone are met by zeros: the values too
        expectAllClose(
          `${label}[${k}]`,
          { X: bx, Y: by },
          { X: expected[k]![0], Y: expected[k]![1] },
          { rtol: 0, atol: 0 },
        );
      }
    },
  },
  {
    id: "matches-reference",
    kind: "reference",
    points: 2,
    description:
      "the reference batches for random sizes and seeds: RandomState(seed).permutation(m), in order",
    async run({ call, rng, input }) {
      for (const size of [4, 16, 64]) {
        const m = between(rng, 2 * size - 3, 3 * size + 5);
        const seed = between(rng, 1, 10_000);
        const X = normal(rng, [between(rng, 1, 4), m]);
        const Y = tf.tensor2d(
          Float32Array.from(rng.rand(m), (u) => (u < 0.5 ? 1 : 0)),
          [1, m],
        );
        input("X", X);
        const label = what(m, size, seed);
        const actual = expectBatches(label, await call(X, Y, size, seed), X.shape[0]!);
        const expected = randomMiniBatches(X, Y, size, seed);
        if (actual.length !== expected.length)
          throw new CheckError(
            `${label} returns ${actual.length} batches, expected ${expected.length} (⌊m / size⌋ full ones and one for the remainder)`,
          );
        expected.forEach(([ex, ey], k) => {
          expectTensors(
            `${label}[${k}]`,
            { X: actual[k]![0], Y: actual[k]![1] },
            { X: ex.shape, Y: ey.shape },
          );
          const equal = (a: tf.Tensor, b: tf.Tensor) =>
            tf.tidy(() => tf.all(tf.equal(a, b)).dataSync()[0] === 1);
          if (!equal(actual[k]![0], ex))
            throw new CheckError(
              `${label}[${k}][0] (X_${k}) holds other examples than the reference: permute with new RandomState(seed).permutation(m) (numpy's np.random.seed(seed); np.random.permutation(m)) and cut the shuffled columns in order`,
            );
          if (!equal(actual[k]![1], ey))
            throw new CheckError(
              `${label}[${k}][1] (Y_${k}) holds other labels than the reference while X_${k} is right: shuffle Y with the same permutation as X`,
            );
        });
      }
    },
  },
  {
    id: "full-batches-then-remainder",
    kind: "property",
    points: 1,
    description:
      "⌊m / size⌋ full batches then one of m mod size (none when size divides m), never an empty one",
    async run({ call, property }) {
      const cases = fc.oneof(
        fc.record({
          m: fc.integer({ min: 1, max: 70 }),
          size: fc.constantFrom(1, 2, 4, 8, 16, 32, 64),
        }),
        fc
          .record({ k: fc.integer({ min: 1, max: 4 }), size: fc.constantFrom(2, 4, 8, 16) })
          .map(({ k, size }) => ({ m: k * size, size })),
      );
      await property(cases, async ({ m, size }) => {
        const { X, Y } = indexedData(m);
        const label = what(m, size, 3);
        const batches = expectBatches(label, await call(X, Y, size, 3), 3);
        const sizes = batches.map(([bx]) => bx.shape[1]);
        const expected = expectedSizes(m, size);
        if (JSON.stringify(sizes) !== JSON.stringify(expected))
          throw new CheckError(
            `${label} gives batches of ${JSON.stringify(sizes)} examples, expected ${JSON.stringify(expected)}` +
              (sizes.length < expected.length ? ": the last, smaller batch is missing" : "") +
              (sizes.includes(0) ? ": an empty batch when size divides m" : ""),
          );
        // and the examples in them are the ones the reference puts there (sizes alone are met by zeros)
        for (const [k, [ex, ey]] of randomMiniBatches(X, Y, size, 3).entries())
          expectAllClose(
            `${label}[${k}]`,
            { X: batches[k]![0], Y: batches[k]![1] },
            { X: ex, Y: ey },
            { rtol: 0, atol: 0 },
          );
      });
    },
  },
  {
    id: "permutation-of-columns",
    kind: "property",
    points: 2,
    description:
      "together the batches hold every example exactly once, each X column with its own label",
    async run({ call, property }) {
      const cases = fc.record({
        m: fc.integer({ min: 1, max: 60 }),
        size: fc.constantFrom(2, 4, 8, 16, 32),
        seed: fc.integer({ min: 0, max: 100_000 }),
      });
      await property(cases, async ({ m, size, seed }) => {
        const { X, Y } = indexedData(m);
        const label = what(m, size, seed);
        const columns = columnsOf(
          label,
          expectBatches(label, await call(X, Y, size, seed), 3),
        ).flat();
        const sorted = [...columns].sort((a, b) => a - b);
        if (columns.length !== m || sorted.some((j, i) => j !== i))
          throw new CheckError(
            `${label}: the batches hold examples ${JSON.stringify(sorted)}, expected each of 0 … ${m - 1} exactly once (look at where the last batch starts)`,
          );
      });
    },
  },
  {
    id: "seeded",
    kind: "property",
    points: 1,
    description:
      "the same seed gives the same batches, another seed another order; the defaults are size 64 and seed 0",
    async run({ call, rng }) {
      const m = 150;
      const { X, Y } = indexedData(m);
      const seed = between(rng, 1, 10_000);
      const first = columnsOf(what(m, 32, seed), await call(X, Y, 32, seed));
      const again = columnsOf(what(m, 32, seed), await call(X, Y, 32, seed));
      const other = columnsOf(what(m, 32, seed + 1), await call(X, Y, 32, seed + 1));
      if (JSON.stringify(first) !== JSON.stringify(again))
        throw new CheckError(
          `${what(m, 32, seed)} gives different batches on two calls: draw the permutation from RandomState(seed)`,
        );
      if (JSON.stringify(first) === JSON.stringify(other))
        throw new CheckError(
          `${what(m, 32, seed)} and seed ${seed + 1} give the same batches: use the seed argument`,
        );
      const defaults = columnsOf(`randomMiniBatches(X [3, ${m}], Y)`, await call(X, Y));
      const expected = new RandomState(0).permutation(m);
      const sizes = defaults.map((c) => c.length);
      if (
        JSON.stringify(sizes) !== "[64,64,22]" ||
        JSON.stringify(defaults.flat()) !== JSON.stringify(expected)
      )
        throw new CheckError(
          `randomMiniBatches(X [3, ${m}], Y) should use the notebook's defaults miniBatchSize = 64 and seed = 0: got batches of ${JSON.stringify(sizes)} examples${JSON.stringify(sizes) === "[64,64,22]" ? " in another order than permutation(150) of seed 0" : ""}`,
        );
    },
  },
]);
