/**
 * Root vitest config: one project per package. `pnpm test` goes through turbo
 * (one vitest per package, cached); `pnpm vitest` here runs them all at once.
 */
import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    projects: ["packages/*"],
  },
});
