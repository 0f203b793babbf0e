// What the language switch posts, checked: a known language, and a page of this site to go back
// to. Anything else is refused or replaced by the home page, never followed: an address from a
// form is not allowed to send the reader to another site.
import { isLocale, type Locale } from "./locale";

export type LanguageChoice = { ok: true; locale: Locale; returnTo: string } | { ok: false; message: string };

/** A path on this site ("/story/x?y=1"), or "/" for anything else (other sites, "//evil", backslashes). */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== "string" || value.length > 2_000) return "/";
  if (!value.startsWith("/") || value.startsWith("//") || /[\\\s]/.test(value)) return "/";
  return value;
}

export function readLanguageChoice(form: { get(name: string): unknown }): LanguageChoice {
  const locale = form.get("locale");
  if (!isLocale(locale)) return { ok: false, message: "Choose English (en) or French (fr)." };
  return { ok: true, locale, returnTo: safeReturnPath(form.get("returnTo")) };
}
