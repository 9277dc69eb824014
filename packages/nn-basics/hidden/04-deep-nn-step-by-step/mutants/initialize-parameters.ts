export { default } from "../../shared/init-mutants.ts";
