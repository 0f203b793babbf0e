import "server-only";
import type { Metadata } from "next";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE, messagesIn, type Catalogue, type Locale } from "./locale";

/** The reader's language for this request: the switch's cookie, else the browser's Accept-Language. */
export const requestLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});

/**
 * A catalogue's words in the reader's language, for a server component or a page's metadata:
 * `const t = await messagesFor(NEWSROOM_MESSAGES)`. Read once per request and catalogue, so every
 * component asks for its own words instead of being handed the locale through its props.
 */
export const messagesFor = cache(async <T>(catalogue: Catalogue<T>): Promise<T> =>
  messagesIn(catalogue, await requestLocale()),
);

/** A page's `generateMetadata`: its title from a catalogue, in the reader's language. */
export const titleFrom =
  <T>(catalogue: Catalogue<T>, title: (words: T) => string) =>
  async (): Promise<Metadata> => ({ title: title(await messagesFor(catalogue)) });
