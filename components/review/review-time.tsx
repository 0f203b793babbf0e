import styles from "./review.module.css";
import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { messagesFor } from "@/lib/i18n/server";

// Times in the newsroom's tools are shown in UTC, said so, so two reviewers in two cities read
// the same moment the same way.
const FORMAT = new Intl.DateTimeFormat("en-GB", {
  dateStyle: "medium",
  timeStyle: "short",
  timeZone: "UTC",
});
const DAY = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });
const HOUR = new Intl.DateTimeFormat("en-GB", { timeStyle: "short", timeZone: "UTC" });

export function formatUtc(at: Date): string {
  return `${FORMAT.format(at)} UTC`;
}

/** A moment in UTC; `split` puts the day and the hour on two lines, for narrow table columns. */
export async function ReviewTime({ at, split = false }: { at: Date; split?: boolean }) {
  const t = (await messagesFor(REVIEW_MESSAGES)).time;
  if (!split) return <time dateTime={at.toISOString()}>{formatUtc(at)}</time>;
  return (
    <time dateTime={at.toISOString()}>
      <span className={styles.nowrap}>{DAY.format(at)},</span>{" "}
      <span className={styles.nowrap}>
        {HOUR.format(at)}
        {t.utc}
      </span>
    </time>
  );
}
