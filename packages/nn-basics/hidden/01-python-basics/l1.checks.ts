import { l1 } from "../../solutions/01-python-basics/l1.ts";
import { vectorLossChecks } from "./vector-loss.ts";

export default vectorLossChecks("l1", l1, "Σ|y − yhat|");
