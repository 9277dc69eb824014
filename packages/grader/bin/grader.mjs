#!/usr/bin/env node
// The `grader` command (grade a submission): TypeScript sources run through tsx.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/grader.ts");
