/** The student kit's own unit tests (`src/**\/*.test.ts`), tfjs on wasm as in the courses. */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    name: "student-kit",
    include: ["src/**/*.test.ts"],
    setupFiles: ["./src/vitest/setup.ts"],
    testTimeout: 60_000,
    pool: "forks",
    isolate: false,
  },
});
