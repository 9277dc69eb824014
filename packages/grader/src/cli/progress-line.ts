/**
 * Progress of a long batch on stderr. On a terminal, one live line with a bar, the count and
 * an ETA (`[######------] 37/100 · alice: 120/146 (3.1 s) · ETA 1m12s`), redrawn in place; in
 * a log (CI, a pipe) every finished item is a plain line of its own.
 */
export class ProgressLine {
  private readonly live: boolean;
  private shown = false;

  constructor(private readonly stream: NodeJS.WriteStream = process.stderr) {
    this.live = Boolean(stream.isTTY) && !process.env.CI;
  }

  /** a line that stays (a heading, a warning) */
  line(text: string): void {
    this.clear();
    this.stream.write(`${text}\n`);
  }

  /** an item done: `text` says which and how it went */
  update(text: string, done: number, total: number, eta: string): void {
    if (!this.live) {
      this.stream.write(`${text}\n`);
      return;
    }
    const width = 20;
    const filled = total === 0 ? width : Math.round((width * done) / total);
    const bar = `[${"#".repeat(filled)}${"-".repeat(width - filled)}]`;
    const columns = (this.stream.columns || 100) - 1;
    this.stream.write(`\r\x1b[K${`${bar} ${done}/${total} · ${eta} · ${text}`.slice(0, columns)}`);
    this.shown = true;
  }

  clear(): void {
    if (this.shown) this.stream.write("\r\x1b[K");
    this.shown = false;
  }
}

/** 850 ms → "0.9 s", 75 s → "1m15s", 3725 s → "1h02m" */
export function formatDuration(ms: number): string {
  const s = ms / 1000;
  if (s < 60) return `${s.toFixed(1)} s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(Math.round(s - 60 * m)).padStart(2, "0")}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, "0")}m`;
}
