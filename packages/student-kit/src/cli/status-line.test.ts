import { afterEach, describe, expect, it, vi } from "vitest";
import { statusLine } from "./status-line.ts";

function stream(isTTY: boolean) {
  const written: string[] = [];
  return {
    written,
    s: {
      isTTY,
      columns: 80,
      write: (t: string) => written.push(t),
    } as unknown as NodeJS.WriteStream,
  };
}

describe("status line", () => {
  afterEach(() => vi.unstubAllEnvs());

  it("in a log: a line per phase, counters every tenth and the last", () => {
    vi.stubEnv("DLC_QUIET", "");
    const { s, written } = stream(false);
    const status = statusLine(s);
    status.step("prove nn-basics · grading the solutions");
    for (let k = 1; k <= 14; k++) status.count("prove nn-basics · mutants", k, 14);
    status.done();
    expect(written).toEqual([
      "… prove nn-basics · grading the solutions\n",
      "… prove nn-basics · mutants 10/14\n",
      "… prove nn-basics · mutants 14/14\n",
    ]);
  });

  it("on a terminal: one live line, rewritten, cleared at the end", () => {
    vi.stubEnv("DLC_QUIET", "");
    vi.stubEnv("CI", "");
    vi.stubEnv("NO_COLOR", "1");
    const { s, written } = stream(true);
    const status = statusLine(s);
    status.count("progress nn-basics", 1, 3);
    status.count("progress nn-basics", 2, 3);
    status.done();
    expect(written).toEqual([
      "\r\x1b[K… progress nn-basics 1/3",
      "\r\x1b[K… progress nn-basics 2/3",
      "\r\x1b[K",
    ]);
  });

  it("DLC_QUIET silences it", () => {
    vi.stubEnv("DLC_QUIET", "1");
    const { s, written } = stream(false);
    statusLine(s).step("anything");
    expect(written).toEqual([]);
  });
});
