import { describe, expect, it } from "vitest";
import {
  HUMAN_VOCAB,
  INV_MACHINE_VOCAB,
  intToString,
  loadDataset,
  MACHINE_VOCAB,
  NUMERIC_FORMATS,
  preprocessData,
  stringToInt,
  TX,
} from "./dates.ts";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

describe("dates", () => {
  it("has the notebook's vocabulary sizes: 37 human, 11 machine", () => {
    expect(HUMAN_VOCAB.size).toBe(37);
    expect(MACHINE_VOCAB.size).toBe(11);
    expect(intToString([0, 1, 10], INV_MACHINE_VOCAB)).toBe("-09");
  });

  it("stringToInt lowercases, drops commas, maps unknown chars to <unk> and pads", () => {
    const ids = stringToInt("May 3, 1979!", 14, HUMAN_VOCAB);
    expect(ids).toHaveLength(14);
    expect(ids.slice(0, 3)).toEqual(["m", "a", "y"].map((c) => HUMAN_VOCAB.get(c)));
    expect(ids[10]).toBe(HUMAN_VOCAB.get("<unk>"));
    expect(ids.slice(11)).toEqual([1, 2, 3].map(() => HUMAN_VOCAB.get("<pad>")));
    expect(stringToInt("x".repeat(40), TX, HUMAN_VOCAB)).toHaveLength(TX);
  });

  it("draws the same dates for the same seed, each human form naming its ISO date", () => {
    const pairs = loadDataset(300, 5);
    expect(loadDataset(300, 5)).toEqual(pairs);
    for (const { human, machine } of pairs) {
      expect(machine).toMatch(/^(19[7-9]\d|20[0-2]\d)-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/);
      expect(human.length).toBeLessThanOrEqual(TX);
      const [y, m, d] = machine.split("-").map(Number) as [number, number, number];
      expect(human).toContain(String(d));
      const month = MONTHS[m - 1]!;
      expect(human.includes(month) || human.includes(String(m))).toBe(true);
      expect(human.includes(String(y)) || human.includes(String(y).slice(2))).toBe(true);
    }
    for (const { human } of loadDataset(50, 1, NUMERIC_FORMATS))
      expect(human).toMatch(/^[\d./ ]{6,8}$/);
  });

  it("preprocessData one-hot encodes [m, Tx, 37] and [m, Ty, 11]", () => {
    const { X, Y, Xoh, Yoh } = preprocessData(loadDataset(4, 1));
    expect([X.shape, Y.shape, Xoh.shape, Yoh.shape]).toEqual([
      [4, 30],
      [4, 10],
      [4, 30, 37],
      [4, 10, 11],
    ]);
    expect(Xoh.sum(2).min().arraySync()).toBe(1);
  });
});
