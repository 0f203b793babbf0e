"use client";

import { useState } from "react";
import { Button, ButtonRow } from "@/components/ui/button";
import type { CurrentClaim } from "@/lib/data/claims";
import { CLAIM_FIELD_LABELS, type ClaimFormField, type ClaimFormValues } from "@/lib/newsroom/claim-form-values";
import { formatUtcTime } from "@/lib/newsroom/utc-time";
import styles from "./newsroom.module.css";

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
  const [choice, setChoice] = useState<"mine" | "theirs" | null>(null);
  const savedBy = current.savedBy ?? "someone";
  return (
    <section className={styles.conflict} role="alert" aria-labelledby="conflict-title">
      <h2 id="conflict-title" className={styles.conflictTitle}>
        Not saved: this claim changed while you were editing
      </h2>
      <p>{message}</p>
      {differing.length > 0 ? (
        <div className={styles.tableScroll}>
          <table className={styles.compare}>
            <caption className="visually-hidden">Saved version and your version, field by field</caption>
            <thead>
              <tr>
                <th scope="col">Field</th>
                <th scope="col">
                  Saved by {savedBy}, {formatUtcTime(new Date(current.savedAt))}
                </th>
                <th scope="col">Yours (still in the form)</th>
              </tr>
            </thead>
            <tbody>
              {differing.map((field) => (
                <tr key={field}>
                  <th scope="row">{CLAIM_FIELD_LABELS[field]}</th>
                  <td data-label={`Saved by ${savedBy}`}>{shown(field, current.values, current.labels)}</td>
                  <td data-label="Yours">{shown(field, mine, myLabels)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>The saved version now reads exactly as yours.</p>
      )}
      {canOverwrite && choice === null && (
        <ButtonRow>
          <Button
            onClick={() => {
              setChoice("mine");
              onKeepMine();
            }}
          >
            Keep mine
          </Button>
          <Button
            variant="secondary"
            onClick={() => {
              setChoice("theirs");
              onTakeTheirs();
            }}
          >
            Take the saved version
          </Button>
        </ButtonRow>
      )}
      {choice === "mine" && (
        <p className={styles.pickerNotice}>Your version is in the form: press “Save changes” to save it over theirs.</p>
      )}
      {choice === "theirs" && (
        <p className={styles.pickerNotice}>The saved version is now in the form. Your text is still shown above.</p>
      )}
    </section>
  );
}
