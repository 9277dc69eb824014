// The same σ as assignment 01's, checked the same way.
export { default } from "../01-python-basics/sigmoid.checks.ts";
