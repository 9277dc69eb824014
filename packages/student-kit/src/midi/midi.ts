/**
 * A Standard MIDI File writer, just enough for a demo's melody: format 0, one track, one
 * channel, note-on/note-off events at a tempo. The course's jazz demo writes its solo with it,
 * so that any MIDI player can play what the network improvised.
 */
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

/** One note: a MIDI pitch (60 is middle C), when it starts and how long it lasts, in beats. */
export interface MidiNote {
  pitch: number;
  start: number;
  beats: number;
  /** 1–127, default 90 */
  velocity?: number;
}

/** A variable-length quantity: 7 bits a byte, the high bit set on all but the last. */
function varLen(value: number): number[] {
  const bytes = [value & 0x7f];
  for (let v = value >>> 7; v > 0; v >>>= 7) bytes.unshift((v & 0x7f) | 0x80);
  return bytes;
}

const u32 = (v: number) => [(v >>> 24) & 0xff, (v >>> 16) & 0xff, (v >>> 8) & 0xff, v & 0xff];

/**
 * The bytes of a format-0 MIDI file playing `notes` on channel 1.
 * @param tempo beats per minute
 * @param ticksPerBeat time resolution
 */
export function midiFile(notes: MidiNote[], { tempo = 120, ticksPerBeat = 480 } = {}): Uint8Array {
  for (const n of notes)
    if (
      !Number.isInteger(n.pitch) ||
      n.pitch < 0 ||
      n.pitch > 127 ||
      !(n.beats > 0) ||
      !(n.start >= 0)
    )
      throw new RangeError(
        `midiFile: a note needs a pitch in 0–127, start ≥ 0 and beats > 0, got ${JSON.stringify(n)}`,
      );
  const events = notes.flatMap((n) => {
    const velocity = Math.max(1, Math.min(127, Math.round(n.velocity ?? 90)));
    const on = Math.round(n.start * ticksPerBeat);
    const off = Math.round((n.start + n.beats) * ticksPerBeat);
    return [
      { tick: off, order: 0, bytes: [0x80, n.pitch, 0] },
      { tick: on, order: 1, bytes: [0x90, n.pitch, velocity] },
    ];
  });
  // note-offs before note-ons at the same tick, so repeated notes restart
  events.sort((a, b) => a.tick - b.tick || a.order - b.order);
  const microsPerBeat = Math.round(60_000_000 / tempo);
  const track: number[] = [
    0x00,
    0xff,
    0x51,
    0x03,
    (microsPerBeat >> 16) & 0xff,
    (microsPerBeat >> 8) & 0xff,
    microsPerBeat & 0xff,
  ];
  let last = 0;
  for (const e of events) {
    track.push(...varLen(e.tick - last), ...e.bytes);
    last = e.tick;
  }
  track.push(0x00, 0xff, 0x2f, 0x00);
  const header = [
    0x4d,
    0x54,
    0x68,
    0x64,
    ...u32(6),
    0,
    0,
    0,
    1,
    (ticksPerBeat >> 8) & 0xff,
    ticksPerBeat & 0xff,
  ];
  return Uint8Array.from([...header, 0x4d, 0x54, 0x72, 0x6b, ...u32(track.length), ...track]);
}

/** Writes `midiFile(notes, options)` to `path`, creating its folder. */
export function writeMidi(
  path: string,
  notes: MidiNote[],
  options?: { tempo?: number; ticksPerBeat?: number },
): void {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, midiFile(notes, options));
}
