/**
 * Seeded inputs for assignment 07's checks: small generated clip sets (n_freq and Tx far below
 * the notebook's 101 × 5511, so each check stays cheap) and segment lists on the 10 s timeline.
 */

import { between } from "@dlc/grader/checks";
import type { RandomState } from "@dlc/student-kit/check";
import { type Segment, type TriggerClips, triggerClips } from "../../src/trigger-audio.ts";

/** A clip set of n_freq 3–6 and Tx 80–160, its seed drawn from the check's generator. */
export function smallClips(rng: RandomState): TriggerClips & { nFreq: number; tx: number } {
  const nFreq = between(rng, 3, 6);
  const tx = between(rng, 80, 160);
  const clips = triggerClips(
    { nFreq, tx },
    { backgrounds: 1, activates: between(rng, 1, 4), negatives: between(rng, 1, 3) },
    between(rng, 0, 10_000),
  );
  return { ...clips, nFreq, tx };
}

/**
 * `n` disjoint segments of the timeline, in random order, some of them touching (the next
 * starts one ms after the previous ends).
 */
export function segments(rng: RandomState, n: number): Segment[] {
  const out: Segment[] = [];
  let at = between(rng, 0, 1500);
  for (let i = 0; i < n && at < 9500; i++) {
    const end = Math.min(9999, at + between(rng, 100, 1500));
    out.push([at, end]);
    at = end + (rng.nextDouble() < 0.3 ? 1 : between(rng, 50, 1500));
  }
  return out.sort(() => rng.nextDouble() - 0.5);
}
