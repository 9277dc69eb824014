import type { RandomState } from "@dlc/student-kit/check";
import { NotImplemented } from "@dlc/student-kit/check";
import {
  getRandomTimeSegment,
  overlay,
  type Segment,
  type Sound,
  toRandomState,
} from "../../src/trigger-audio.ts";
import { isOverlapping } from "./is-overlapping.ts";

/**
 * Inserts a clip into the background at a random time that overlaps no previous segment: a
 * first random segment, then up to 6 more tries while it overlaps (the notebook's `retry = 5`,
 * `while … and retry >= 0`). When every try overlaps, nothing is inserted and the segment is
 * (10000, 10000).
 *
 * @param background a 10 s sound, spec [n_freq, Tx]
 * @param audioClip the clip to insert, `audioClip.ms` long
 * @param previousSegments the segments already taken (not modified)
 * @param rng the random state the segments are drawn from, or a seed for a fresh one
 * @returns the new background, the clip's segment, and previousSegments with that segment
 *   appended when the clip was inserted
 */
export function insertAudioClip(
  background: Sound,
  audioClip: Sound,
  previousSegments: Segment[],
  rng: RandomState | number = 5,
): { newBackground: Sound; segmentTime: Segment; previousSegments: Segment[] } {
  // TODO: draw a segment, redraw while it overlaps (retry = 5, while … && retry >= 0), then overlay and append it, or give up with [10000, 10000].
  throw new NotImplemented("insertAudioClip");
}
