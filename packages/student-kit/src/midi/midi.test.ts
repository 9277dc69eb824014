import { describe, expect, it } from "vitest";
import { midiFile } from "./midi.ts";

describe("midiFile", () => {
  it("writes a format-0 file: header, tempo, note on/off pairs with variable-length delta times", () => {
    const bytes = midiFile(
      [
        { pitch: 60, start: 0, beats: 1 },
        { pitch: 64, start: 1, beats: 0.5, velocity: 100 },
      ],
      { tempo: 120, ticksPerBeat: 480 },
    );
    const text = (from: number) => String.fromCharCode(...bytes.slice(from, from + 4));
    expect(text(0)).toBe("MThd");
    expect(Array.from(bytes.slice(8, 14))).toEqual([0, 0, 0, 1, 1, 224]);
    expect(text(14)).toBe("MTrk");
    const length = new DataView(bytes.buffer).getUint32(18);
    expect(bytes.length).toBe(22 + length);
    const track = Array.from(bytes.slice(22));
    // tempo 500,000 µs a beat
    expect(track.slice(0, 7)).toEqual([0, 0xff, 0x51, 3, 0x07, 0xa1, 0x20]);
    // on C4 at 0; 480 ticks (0x83 0x60) later off C4 then on E4; 240 ticks later off E4; end of track
    expect(track.slice(7)).toEqual([
      0, 0x90, 60, 90, 0x83, 0x60, 0x80, 60, 0, 0, 0x90, 64, 100, 0x81, 0x70, 0x80, 64, 0, 0, 0xff,
      0x2f, 0,
    ]);
  });

  it("rejects a note it cannot write", () => {
    expect(() => midiFile([{ pitch: 128, start: 0, beats: 1 }])).toThrow(/pitch in 0–127/);
    expect(() => midiFile([{ pitch: 60, start: 0, beats: 0 }])).toThrow(/beats > 0/);
  });
});
