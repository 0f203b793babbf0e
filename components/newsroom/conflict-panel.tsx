"use client";

import { useState } from "react";
import { Button, ButtonRow } from "@/components/ui/button";
import type { CurrentClaim } from "@/lib/data/claims";
import { CLAIM_FIELD_LABELS, type ClaimFormField, type ClaimFormValues } from "@/lib/newsroom/claim-form-values";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import styles from "./newsroom.module.css";
import { useMessages } from "@/lib/i18n/client";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";

interface Labels {
  quantity: string;
  source: string;
  relayedBy: string | null;
}

interface ConflictPanelProps {
  message: string;
  current: CurrentClaim;
  mine: ClaimFormValues;
  myLabels: Labels;
  differing: ClaimFormField[];
  /** False once the claim left draft: then nothing can be saved over it. */
  canOverwrite: boolean;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
}

function shown(field: ClaimFormField, values: ClaimFormValues, labels: Labels): string {
  if (field === "quantityId") return labels.quantity || "—";
  if (field === "sourceId") return labels.source || "—";
  if (field === "relayedById") return labels.relayedBy ?? "—";
  return values[field].trim() || "—";
}

/**
 * A stale edit, refused: what is saved now next to what the person typed, field by field. Their
 * own text stays in the form below; they choose to save it over the other version, or to take it.
 */
export function ConflictPanel({
  message,
  current,
  mine,
  myLabels,
  differing,
  canOverwrite,
  onKeepMine,
  onTakeTheirs,
}: ConflictPanelProps) {
  const t = useMessages(NEWSROOM_MESSAGES).conflictPanel;
  const [choice, setChoice] = useState<"mine" | "theirs" | null>(null);
  const savedBy = current.savedBy ?? "someone";
  return (
    <section className={styles.conflict} role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className={styles.conflictTitle}>
        {t.notSavedThisClaim}
      </h2>
      <p>{message}</p>
      {differing.length > 0 ? (
        <div className={styles.tableScroll}>
          <table className={styles.compare}>
            <caption className="visually-hidden">{t.savedVersionAndYour}</caption>
            <thead>
              <tr>
                <th scope="col">{t.field}</th>
                <th scope="col">
                  {t.savedBy}
                  {savedBy}, {formatUtcTime(new Date(current.savedAt))}
                </th>
                <th scope="col">{t.yoursStillInThe}</th>
              </tr>
            </thead>
            <tbody>
              {differing.map((field) => (
                <tr key={field}>
                  <th scope="row">{CLAIM_FIELD_LABELS[field]}</th>
                  <td data-label={t.savedByName(savedBy)}>{shown(field, current.values, current.labels)}</td>
                  <td data-label={t.yours}>{shown(field, mine, myLabels)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{t.theSavedVersionNow}</p>
      )}
      {canOverwrite && choice === null && (
        <ButtonRow>
          <Button
            onClick={() => {
              setChoice("mine");
              onKeepMine();
            }}
          >
            {t.keepMine}
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setChoice("theirs");
              onTakeTheirs();
            }}
          >
            {t.takeTheSavedVersion}
          </Button>
        </ButtonRow>
      )}
      {choice === "mine" && <p className={styles.pickerNotice}>{t.yourVersionIsIn}</p>}
      {choice === "theirs" && <p className={styles.pickerNotice}>{t.theSavedVersionIs}</p>}
    </section>
  );
}
