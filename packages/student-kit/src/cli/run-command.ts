/**
 * How every command of the repository ends: its exit code, or one line on stderr.
 * Usage errors exit 2, anything unexpected 3 (`DLC_DEBUG=1` prints the stack).
 */
import { UsageError } from "./courses.ts";

export async function runCommand(name: string, main: () => Promise<number>): Promise<void> {
  try {
    process.exitCode = await main();
  } catch (error) {
    const known =
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS");
    const message = error instanceof Error ? error.message : String(error);
    const detail = process.env.DLC_DEBUG
      ? `\n${(error as Error).stack ?? ""}`
      : known
        ? ""
        : " (DLC_DEBUG=1 shows the stack)";
    process.stderr.write(`${name}: ${message}${detail}\n`);
    process.exitCode = known ? 2 : 3;
  }
}
