/**
 * A bit-exact port of numpy's legacy `np.random.RandomState` (MT19937 with
 * `init_genrand` seeding, 53-bit doubles, polar Box-Muller gaussians), so that
 * `new RandomState(1).randn(3, 2)` gives the numbers `np.random.seed(1);
 * np.random.randn(3, 2)` gives. The course notebooks build their test cases and
 * data sets this way; with this port the exercises reproduce their figures.
 */
export class RandomState {
  private readonly mt = new Uint32Array(624);
  private index = 624;
  private hasGauss = false;
  private gauss = 0;

  constructor(seed = 0) {
    this.seed(seed);
  }

  /** Re-seeds the generator like `np.random.seed(seed)` (seed an integer in [0, 2^32)). */
  seed(seed: number): void {
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffffffff) {
      throw new RangeError(`RandomState: seed must be an integer in [0, 2**32), got ${seed}`);
    }
    const mt = this.mt;
    mt[0] = seed >>> 0;
    for (let i = 1; i < 624; i++) {
      const prev = mt[i - 1]! ^ (mt[i - 1]! >>> 30);
      // 1812433253 * prev + i, in 32-bit arithmetic without losing bits.
      mt[i] = (Math.imul(1812433253, prev) + i) >>> 0;
    }
    this.index = 624;
    this.hasGauss = false;
    this.gauss = 0;
  }

  /** The next raw 32-bit output of MT19937. */
  nextUint32(): number {
    const mt = this.mt;
    if (this.index >= 624) {
      for (let k = 0; k < 624; k++) {
        const y = (mt[k]! & 0x80000000) | (mt[(k + 1) % 624]! & 0x7fffffff);
        mt[k] = mt[(k + 397) % 624]! ^ (y >>> 1) ^ (y & 1 ? 0x9908b0df : 0);
      }
      this.index = 0;
    }
    let y = mt[this.index++]!;
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** A double in [0, 1) with 53 random bits, like `np.random.random_sample()`. */
  nextDouble(): number {
    const a = this.nextUint32() >>> 5;
    const b = this.nextUint32() >>> 6;
    return (a * 67108864 + b) / 9007199254740992;
  }

  /** A standard normal draw, like `np.random.standard_normal()` (legacy polar method). */
  nextGaussian(): number {
    if (this.hasGauss) {
      this.hasGauss = false;
      return this.gauss;
    }
    let x1: number;
    let x2: number;
    let r2: number;
    do {
      x1 = 2 * this.nextDouble() - 1;
      x2 = 2 * this.nextDouble() - 1;
      r2 = x1 * x1 + x2 * x2;
    } while (r2 >= 1 || r2 === 0);
    const f = Math.sqrt((-2 * Math.log(r2)) / r2);
    this.gauss = f * x1;
    this.hasGauss = true;
    return f * x2;
  }

  /** `np.random.randn(...shape)`: standard normals in C order. */
  randn(...shape: number[]): Float64Array {
    const out = new Float64Array(sizeOf(shape));
    for (let i = 0; i < out.length; i++) out[i] = this.nextGaussian();
    return out;
  }

  /** `np.random.rand(...shape)`: uniforms in [0, 1) in C order. */
  rand(...shape: number[]): Float64Array {
    const out = new Float64Array(sizeOf(shape));
    for (let i = 0; i < out.length; i++) out[i] = this.nextDouble();
    return out;
  }

  /** `np.random.randint(low, high)`: an integer in [low, high) (legacy masked rejection). */
  randint(low: number, high: number): number {
    const range = high - low - 1;
    if (range < 0) throw new RangeError(`RandomState.randint: low >= high (${low} >= ${high})`);
    if (range === 0) return low;
    if (range > 0xffffffff) throw new RangeError("RandomState.randint: range above 2**32");
    let mask = range;
    mask |= mask >>> 1;
    mask |= mask >>> 2;
    mask |= mask >>> 4;
    mask |= mask >>> 8;
    mask |= mask >>> 16;
    mask >>>= 0;
    let value: number;
    do {
      value = (this.nextUint32() & mask) >>> 0;
    } while (value > range);
    return low + value;
  }

  /**
   * `np.random.choice(n, p=p)`: one index in [0, n) drawn with probabilities p, exactly as
   * numpy's legacy generator draws it: the cumulative sum of p in float64, divided by its last
   * value, then one `random_sample()` u and the first index whose cumulative value is above u
   * (`searchsorted(side="right")`, so an index of probability 0 is never drawn). Float32
   * probabilities (a tensor's `dataSync()`) are widened to float64 first, as numpy does, and may
   * miss 1 by up to √ε of float32; float64 ones by √ε of float64.
   * @param n how many outcomes
   * @param p their probabilities, n non-negative numbers summing to 1
   */
  choice(n: number, p: ArrayLike<number>): number {
    if (!Number.isInteger(n) || n < 1)
      throw new RangeError(`RandomState.choice: n must be a positive integer, got ${n}`);
    if (p.length !== n)
      throw new RangeError(
        `RandomState.choice: 'a' and 'p' must have same size (${n} and ${p.length})`,
      );
    const cdf = new Float64Array(n);
    let sum = 0;
    for (let i = 0; i < n; i++) {
      const pi = p[i]!;
      if (Number.isNaN(pi)) throw new RangeError("RandomState.choice: probabilities contain NaN");
      if (pi < 0) throw new RangeError("RandomState.choice: probabilities are not non-negative");
      sum += pi;
      cdf[i] = sum;
    }
    const atol = p instanceof Float32Array ? Math.sqrt(2 ** -23) : Math.sqrt(2 ** -52);
    if (Math.abs(kahanSum(p) - 1) > atol)
      throw new RangeError(
        `RandomState.choice: probabilities do not sum to 1 (they sum to ${sum})`,
      );
    const last = cdf[n - 1]!;
    for (let i = 0; i < n; i++) cdf[i]! /= last;
    const u = this.nextDouble();
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (cdf[mid]! <= u) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** `np.random.shuffle(list)`: shuffles the array in place, with numpy's legacy swaps. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = this.randint(0, i + 1);
      const t = items[i]!;
      items[i] = items[j]!;
      items[j] = t;
    }
    return items;
  }

  /** `np.random.permutation(n)`: a shuffled [0, n) (Fisher-Yates from the end, as numpy). */
  permutation(n: number): number[] {
    return this.shuffle(Array.from({ length: n }, (_, i) => i));
  }
}

/** numpy's `kahan_sum` of the probabilities, which `choice` compares with 1. */
function kahanSum(values: ArrayLike<number>): number {
  let sum = 0;
  let c = 0;
  for (let i = 0; i < values.length; i++) {
    const y = values[i]! - c;
    const t = sum + y;
    c = t - sum - y;
    sum = t;
  }
  return sum;
}

function sizeOf(shape: number[]): number {
  return shape.reduce((a, b) => a * b, 1);
}
