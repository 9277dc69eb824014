/**
 * `pnpm --filter @dlc/grader schema`: writes docs/grade-report.schema.json, the JSON Schema of
 * the grader's JSON report, generated from its TypeScript type (GradeReport in
 * src/engine/report.ts), so the published schema cannot drift from what the grader writes
 * (report-schema.test.ts fails when the committed file is stale).
 */
import { writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { createGenerator } from "ts-json-schema-generator";

export const SCHEMA_FILE = fileURLToPath(
  new URL("../../../docs/grade-report.schema.json", import.meta.url),
);

export function reportSchema(): string {
  const schema = createGenerator({
    path: fileURLToPath(new URL("../src/engine/report.ts", import.meta.url)),
    tsconfig: fileURLToPath(new URL("../tsconfig.json", import.meta.url)),
    type: "GradeReport",
    skipTypeCheck: true,
    additionalProperties: false,
  }).createSchema("GradeReport");
  return `${JSON.stringify({ ...schema, $id: "https://dlc.invalid/grade-report.schema.json", title: "dlc-grade-report/1" }, null, 2)}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, reportSchema());
  console.log(`wrote ${SCHEMA_FILE}`);
}
