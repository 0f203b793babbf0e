import "server-only";
import { cookies, headers } from "next/headers";
import { cache } from "react";
import { isLocale, localeFromAcceptLanguage, LOCALE_COOKIE, type Locale } from "./locale";

/** The reader's language for this request: the switch's cookie, else the browser's Accept-Language. */
export const requestLocale = cache(async (): Promise<Locale> => {
  const chosen = (await cookies()).get(LOCALE_COOKIE)?.value;
  if (isLocale(chosen)) return chosen;
  return localeFromAcceptLanguage((await headers()).get("accept-language"));
});
