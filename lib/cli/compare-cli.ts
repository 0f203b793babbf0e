import { runCompareCommand } from "./compare-command";
import { runCommand } from "./run-command";

runCommand("compare", runCompareCommand);
