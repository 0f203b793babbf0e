import { describe, expect, it } from "vitest";
import { readLanguageChoice, safeReturnPath } from "./language-switch";
import { localeFromAcceptLanguage } from "./locale";
import { itReads } from "@/tests/each-case";

const form = (fields: Record<string, string>) => new Map(Object.entries(fields));

describe("the language switch", () => {
  it("takes a known language and a page of this site", () => {
    expect(readLanguageChoice(form({ locale: "fr", returnTo: "/story/idlib?x=1" }))).toEqual({
      ok: true,
      locale: "fr",
      returnTo: "/story/idlib?x=1",
    });
  });

  it("refuses an unknown language with a message", () => {
    expect(readLanguageChoice(form({ locale: "de" }))).toMatchObject({ ok: false });
    expect(readLanguageChoice(form({}))).toMatchObject({ ok: false });
  });

  it("never sends the reader to another site", () => {
    for (const target of [
      "https://evil.example/",
      "//evil.example",
      "/\\evil.example",
      "javascript:alert(1)",
      "/a b",
      "",
    ]) {
      expect(safeReturnPath(target)).toBe("/");
    }
  });
});

describe("the browser's language", () => {
  itReads("%s reads as %s", localeFromAcceptLanguage, [
    ["fr-FR,fr;q=0.9,en;q=0.8", "fr"],
    ["en-GB,en;q=0.9,fr;q=0.8", "en"],
    ["de-DE,de;q=0.9,fr;q=0.5", "fr"],
    ["de-DE", "en"],
    ["en;q=0.2, fr;q=0.9", "fr"],
    ["fr;q=abc, en", "en"],
    ["", "en"],
  ]);

  it("falls back to English without a header", () => {
    expect(localeFromAcceptLanguage(null)).toBe("en");
  });
});
