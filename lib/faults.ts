import { randomBytes } from "node:crypto";

/**
 * An unexpected fault: logged with a short reference that the person is shown, so what they
 * report can be found in the log. Returns the sentence they read.
 */
export function unexpectedFault(where: string, error: unknown, { nothingSaved = false } = {}): string {
  const reference = randomBytes(4).toString("hex");
  console.error(`[${where} ${reference}]`, error);
  return `Something went wrong on our side.${nothingSaved ? " Nothing was saved." : ""} Reference: ${reference}.`;
}
