import { NotImplemented, RandomState } from "@dlc/student-kit/check";
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
  // TODO: one RandomState(seed); for each trial, for each key of space, draw its value on its scale as described above.
  throw new NotImplemented("randomSearch");
}
