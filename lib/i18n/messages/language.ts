// The language switch's words, apart from the rest of the frame: the switch is a client
// component, and this is all of the catalogue it brings into the browser.
import type { Locale, Messages } from "../locale";

// Each language is named in itself, so a reader finds theirs whatever the page's language.
const names: Record<Locale, string> = { en: "English", fr: "Français" };

const en = { label: "Language", names };

export type LanguageMessages = typeof en;

const fr: LanguageMessages = { label: "Langue", names };

export const LANGUAGE_MESSAGES = { en, fr } satisfies Messages<LanguageMessages>;
