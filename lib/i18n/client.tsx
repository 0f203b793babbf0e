"use client";
// The reader's language in the browser: set once by the root layout (which reads it with
// requestLocale), so a client component reads its words with a hook instead of a `locale` prop.
import { createContext, useContext, type ReactNode } from "react";
import { DEFAULT_LOCALE, messagesIn, type Catalogue, type Locale } from "./locale";

const LocaleContext = createContext<Locale>(DEFAULT_LOCALE);

export function I18nProvider({ locale, children }: { locale: Locale; children: ReactNode }) {
  return <LocaleContext.Provider value={locale}>{children}</LocaleContext.Provider>;
}

/** The reader's language. */
export function useLocale(): Locale {
  return useContext(LocaleContext);
}

/** A catalogue's words in the reader's language: `const t = useMessages(NEWSROOM_MESSAGES)`. */
export function useMessages<T>(catalogue: Catalogue<T>): T {
  return messagesIn(catalogue, useLocale());
}
