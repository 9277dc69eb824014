import { l2 } from "../../solutions/01-python-basics/l2.ts";
import { vectorLossChecks } from "./vector-loss.ts";

export default vectorLossChecks("l2", l2, "Σ(y − yhat)²");
