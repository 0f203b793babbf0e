"use client";

import { Button, ButtonRow } from "@/components/ui/button";

/** The two answers to "are you sure?": do it (a danger, which says so while it runs), or leave things be. */
export function ConfirmButtons({
  confirm,
  pendingLabel,
  cancel,
  pending,
  onCancel,
}: {
  confirm: string;
  pendingLabel: string;
  cancel: string;
  pending: boolean;
  onCancel: () => void;
}) {
  return (
    <ButtonRow>
      <Button type="submit" variant="danger" pending={pending} pendingLabel={pendingLabel}>
        {confirm}
      </Button>
      <Button type="button" variant="secondary" onClick={onCancel} disabled={pending}>
        {cancel}
      </Button>
    </ButtonRow>
  );
}
