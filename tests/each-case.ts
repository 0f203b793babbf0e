import { expect, it } from "vitest";

/**
 * A table of cases, one test each, titled as `it.each` titles them ("%s reads as %s"): `read`
 * given the first value answers exactly the second.
 */
export function itReads<Given, Expected>(
  title: string,
  read: (given: Given) => Expected,
  cases: readonly (readonly [Given, Expected])[],
): void {
  it.each(cases.map(([given, expected]) => [given, expected] as [Given, Expected]))(title, (given, expected) => {
    expect(read(given)).toBe(expected);
  });
}
