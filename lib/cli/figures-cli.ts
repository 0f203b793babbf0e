import { runFiguresCommand } from "./figures-command";
import { runCommand } from "./run-command";

runCommand("figures", runFiguresCommand);
