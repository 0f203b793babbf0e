// Numbers and dates for the reader's locale. Public times are shown in UTC, said so, so that a
// reader in Paris and one in New York read the same "as of" for a claim.
import type { Locale } from "./locale";

const numberFormats = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  const key = `${locale}:${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locale, options)));
  return format;
}

/** 1,250.5 in English, 1 250,5 in French. */
export function formatNumber(
  n: number,
  locale: Locale,
  options: Intl.NumberFormatOptions = { maximumFractionDigits: 2 },
): string {
  return numberFormat(locale, options).format(n);
}

/** "27 February 2020" / "27 février 2020" from a calendar day "2020-02-27" (no time zone involved). */
export function formatDay(day: string, locale: Locale): string {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return day;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  }).format(date);
}

/** "27 Feb 2020, 18:30 UTC" / "27 févr. 2020, 18:30 UTC". */
export function formatTime(at: Date, locale: Locale): string {
  const text = new Intl.DateTimeFormat(locale === "en" ? "en-GB" : "fr-FR", {
    day: "numeric",
    month: "short",
    year: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    hourCycle: "h23",
    timeZone: "UTC",
  }).format(at);
  return `${text.replace(" à ", ", ")} UTC`;
}

/** "Label: text" in English, "Label : text" in French (a no-break space before the colon). */
export function withColon(label: string, text: string, locale: Locale): string {
  return locale === "fr" ? `${label}\u00a0: ${text}` : `${label}: ${text}`;
}
