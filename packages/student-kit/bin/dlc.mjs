#!/usr/bin/env node
// The `dlc` command (progress, hint, prove): TypeScript sources run through tsx.
import { register } from "tsx/esm/api";

register();
await import("../src/cli/dlc.ts");
