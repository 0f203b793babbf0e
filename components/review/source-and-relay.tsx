import { REVIEW_MESSAGES } from "@/lib/i18n/messages/staff/review";
import { messagesFor } from "@/lib/i18n/server";
import styles from "./review.module.css";

/** Who gave the figure, and who passed it on: "Reuters via AFP". */
export async function SourceAndRelay({
  source,
  relayedBy,
}: {
  source: { name: string };
  relayedBy: { name: string } | null;
}) {
  const t = (await messagesFor(REVIEW_MESSAGES)).sourceAndRelay;
  return (
    <>
      {source.name}
      {relayedBy && (
        <span className={styles.muted}>
          {t.via}
          {relayedBy.name}
        </span>
      )}
    </>
  );
}
