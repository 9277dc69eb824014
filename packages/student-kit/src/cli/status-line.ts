/**
 * What a long command is doing right now, on stderr (stdout keeps the results):
 * `prove nn-basics · 02-logistic-regression · public tests on solutions/`.
 * On a terminal each step replaces the last (one live line, cleared at the end);
 * in a log (CI, a pipe) every step is its own line, counters only every tenth.
 * `DLC_QUIET=1` silences it.
 */
import { paint } from "../vitest/format.ts";

export interface StatusLine {
  /** a new phase: printed on its own line in a log, replaces the live line on a terminal */
  step(message: string): void;
  /** a counter within the phase (`mutants 3/40`) */
  count(message: string, done: number, total: number): void;
  /** clears the live line (call before printing results) */
  done(): void;
}

export function statusLine(stream: NodeJS.WriteStream = process.stderr): StatusLine {
  const quiet = Boolean(process.env.DLC_QUIET);
  const live = Boolean(stream.isTTY) && !process.env.CI;
  let shown = false;
  const write = (text: string) => {
    if (quiet) return;
    if (live) {
      stream.write(`\r\x1b[K${paint("gray", text.slice(0, (stream.columns || 100) - 1))}`);
      shown = true;
    } else stream.write(`${text}\n`);
  };
  return {
    step: (message) => write(`… ${message}`),
    count(message, done, total) {
      if (live || done === total || done % 10 === 0) write(`… ${message} ${done}/${total}`);
    },
    done() {
      if (shown) stream.write("\r\x1b[K");
      shown = false;
    },
  };
}
