/**
 * Command-line parsing shared by the grader's commands: Node's parseArgs with its errors as
 * one line of our own, and numbers checked with a message that says what the option takes.
 */
import { type ParseArgsConfig, parseArgs } from "node:util";
import { UsageError } from "@dlc/student-kit/src/cli/courses.ts";

/** `value` as a number ≥ min (an integer when asked), or a one-line usage error naming `--flag`. */
export function number(
  flag: string,
  value: string | undefined,
  { min = 0, integer = false } = {},
): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (value.trim() === "" || !Number.isFinite(n) || n < min || (integer && !Number.isInteger(n)))
    throw new UsageError(
      `--${flag} takes ${integer ? "an integer" : "a number"} ≥ ${min}, got '${value}'`,
    );
  return n;
}

/**
 * Node's parseArgs, with its errors as one line of our own (`command --help` named), and a
 * negative number after a `numeric` option taken as its value (parseArgs would call
 * `--timeout -1` ambiguous in three lines): the number check then says what the option takes.
 */
export function parseArgv<Values>(
  command: string,
  argv: string[],
  options: NonNullable<ParseArgsConfig["options"]>,
  numeric: string[],
): { values: Values; positionals: string[] } {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    const next = argv[i + 1];
    if (numeric.some((n) => a === `--${n}`) && next?.startsWith("-") && next !== "--") {
      args.push(`${a}=${next}`);
      i++;
    } else args.push(a);
  }
  try {
    return parseArgs({ args, allowPositionals: true, options }) as unknown as {
      values: Values;
      positionals: string[];
    };
  } catch (error) {
    const code = (error as { code?: string }).code ?? "";
    const missing = /'(--[\w-]+)[^']*' argument missing/.exec((error as Error).message)?.[1];
    if (missing) throw new UsageError(`${missing} needs a value (${command} --help)`);
    if (code.startsWith("ERR_PARSE_ARGS"))
      throw new UsageError(`${(error as Error).message.split("\n")[0]} (${command} --help)`);
    throw error;
  }
}
