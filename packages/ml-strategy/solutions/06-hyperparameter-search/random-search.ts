import { RandomState } from "@dlc/student-kit/check";
import type {
  Configuration,
  Hyperparameter,
  SearchSpace,
} from "../../src/hyperparameter-search.ts";

/**
 * Random search (not a grid): `trials` configurations, each hyperparameter drawn on its
 * own scale, so that every trial tries a new value of every hyperparameter.
 *
 * One generator, `new RandomState(seed)`, drawn trial after trial and, within a trial, in
 * the order of the keys of `space`: `rng.rand(1)[0]` (one u) for linear, log and
 * one-minus-log, `rng.randint(lo, hi + 1)` for integer, `options[rng.randint(0, options.length)]`
 * for choice.
 *
 * @param space the hyperparameters by name, each with its scale and range
 * @param trials how many configurations
 * @param seed the generator's seed
 * @returns `trials` configurations, each with a value for every key of `space`
 */
export function randomSearch(space: SearchSpace, trials: number, seed = 0): Configuration[] {
  const rng = new RandomState(seed);
  const draw = (h: Hyperparameter): number | string => {
    switch (h.scale) {
      case "linear":
        return h.lo + (h.hi - h.lo) * rng.rand(1)[0]!;
      case "log": {
        const [a, b] = [Math.log10(h.lo), Math.log10(h.hi)];
        return 10 ** (a + (b - a) * rng.rand(1)[0]!);
      }
      case "one-minus-log": {
        const [a, b] = [Math.log10(1 - h.hi), Math.log10(1 - h.lo)];
        return 1 - 10 ** (a + (b - a) * rng.rand(1)[0]!);
      }
      case "integer":
        return rng.randint(h.lo, h.hi + 1);
      case "choice":
        return h.options[rng.randint(0, h.options.length)]!;
    }
  };
  return Array.from({ length: trials }, () => {
    const configuration: Configuration = {};
    for (const [name, h] of Object.entries(space)) configuration[name] = draw(h);
    return configuration;
  });
}
