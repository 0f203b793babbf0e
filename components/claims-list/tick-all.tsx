"use client";

/** Ticks or unticks every claim of the page at once (the boxes of the form `formId`); its label is the caller's. */
export function TickAll({ formId }: { formId: string }) {
  return (
    <input
      type="checkbox"
      onChange={(event) => {
        const checked = event.currentTarget.checked;
        for (const box of document.querySelectorAll<HTMLInputElement>(`input[form="${formId}"][name="claim"]`)) {
          if (box.checked === checked) continue;
          box.checked = checked;
          box.dispatchEvent(new Event("change", { bubbles: true }));
        }
      }}
    />
  );
}
