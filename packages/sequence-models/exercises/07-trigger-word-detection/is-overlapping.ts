import { NotImplemented } from "@dlc/student-kit/check";
import type { Segment } from "../../src/trigger-audio.ts";

/**
 * Whether a segment of the 10 s timeline overlaps any of the previous ones. Segments are
 * [start, end] in ms with both ends inclusive, so segments that share one endpoint overlap.
 *
 * @param segmentTime [start, end] of the new segment
 * @param previousSegments the segments already taken
 * @returns true when some previous segment has start ≤ its end and end ≥ its start
 */
export function isOverlapping(segmentTime: Segment, previousSegments: Segment[]): boolean {
  // TODO: true when some previous [start, end] has segment_start <= previous_end and segment_end >= previous_start.
  throw new NotImplemented("isOverlapping");
}
