/** The grader's own unit tests (`src/**\/*.test.ts`), tfjs on wasm as in the courses. */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "grader",
    include: ["src/**/*.test.ts"],
    setupFiles: ["@dlc/student-kit/vitest/setup"],
    testTimeout: 60_000,
    pool: "forks",
    isolate: false,
  },
});
