import { z } from "zod";
import { formatNumber } from "@/lib/i18n/format";
import { LOCALES, type Locale } from "@/lib/i18n/locale";
import { READER_MESSAGES } from "@/lib/i18n/messages/reader";
import { MAX_TEXT_LENGTH } from "./read-figures-limits";

export { MAX_TEXT_LENGTH };

// The rules are the same in every language; only the messages follow the reader, who is told
// the limit as they write numbers ("20,000" in English, "20 000" in French).
function schemaIn(locale: Locale) {
  const t = READER_MESSAGES[locale].validation;
  return z.object({
    // Whitespace alone holds no figure, so it counts as empty.
    text: z
      .string({ error: t.noText })
      .trim()
      .min(1, t.noText)
      .max(MAX_TEXT_LENGTH, t.tooLong(formatNumber(MAX_TEXT_LENGTH, locale))),
    lang: z.enum(["en", "fr"], { error: t.lang }),
  });
}

const SCHEMAS = Object.fromEntries(LOCALES.map((locale) => [locale, schemaIn(locale)])) as Record<
  Locale,
  ReturnType<typeof schemaIn>
>;

/**
 * What the "Read a figure" form sends, with its messages in the reader's language: shared by the
 * form, the server action and any API.
 */
export function readFiguresInput(locale: Locale = "en") {
  return SCHEMAS[locale];
}

export type ReadFiguresInput = z.infer<ReturnType<typeof schemaIn>>;
