// Times in the newsroom's forms are UTC: a wire story's "22:00" means one instant whatever the
// editor's own time zone, and the label beside the field says so.

/** "2020-02-27T22:00" (a datetime-local value, read as UTC) to a Date; null when not a real time. */
export function parseUtcDateTime(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(value.trim());
  if (!match) return null;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, Number.isNaN(s) ? 0 : s));
  // Date.UTC rolls 31 February over into March: refuse rather than guess.
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d) return null;
  if (h > 23 || mi > 59) return null;
  return date;
}

/** A Date as a datetime-local value in UTC ("2020-02-27T22:00"), for a form's default. */
export function toUtcDateTimeInput(date: Date | null | undefined): string {
  return date ? date.toISOString().slice(0, 16) : "";
}

/** Is "2020-02-27" a real calendar day? */
export function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

const TIME = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

/** "27 Feb 2020, 22:00 UTC". */
export function formatUtcTime(date: Date): string {
  return `${TIME.format(date)} UTC`;
}

/** "27 Feb 2020" for a calendar day "2020-02-27". */
export function formatCalendarDay(day: string): string {
  return isCalendarDay(day) ? DAY.format(new Date(`${day}T00:00:00Z`)) : day;
}
