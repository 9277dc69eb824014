/**
 * Checks a JSON report against the published schema (docs/grade-report.schema.json, generated
 * from GradeReport by `pnpm --filter @dlc/grader schema`). For tests: every report the grader's
 * tests write goes through it.
 */
import { readFileSync } from "node:fs";
import { Ajv } from "ajv";

const schema = JSON.parse(
  readFileSync(new URL("../../../../docs/grade-report.schema.json", import.meta.url), "utf8"),
) as object;
const validate = new Ajv({ allErrors: true, strict: false }).compile(schema);

/** The schema's complaints about `report` (a parsed JSON report), empty when it conforms. */
export function reportSchemaErrors(report: unknown): string[] {
  if (validate(report)) return [];
  return (validate.errors ?? []).map(
    (e) => `${e.instancePath || "(root)"} ${e.message ?? "is invalid"}`,
  );
}
