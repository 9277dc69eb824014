#!/usr/bin/env node
// A `grader batch` worker: grades the submissions its parent sends, one at a time (src/batch/worker.ts).
import { register } from "tsx/esm/api";

register();
await import("../src/batch/worker.ts");
