import type { ComponentProps } from "react";
import { Field } from "@/components/ui/field";

export type PublicationField = "articleUrl" | "archiveUrl" | "publisher" | "publishedAt";

interface PublicationFieldsProps {
  /** A field's id and error (for <Field>). */
  at: (field: PublicationField) => { id: string; error?: string };
  /** Its control's value and change (and its name, in a form that posts). */
  bind: (field: PublicationField) => ComponentProps<"input">;
}

/**
 * Where a figure appeared, all optional: the article's address, an archived copy, who published
 * it and when. The same four in the claim form and the pasted article, to sit in a grid.
 */
export function PublicationFields({ at, bind }: PublicationFieldsProps) {
  return (
    <>
      <Field {...at("articleUrl")} label="Article address" optional>
        <input type="url" inputMode="url" placeholder="https://" {...bind("articleUrl")} />
      </Field>
      <Field {...at("archiveUrl")} label="Archive address" optional>
        <input type="url" inputMode="url" placeholder="https://web.archive.org/…" {...bind("archiveUrl")} />
      </Field>
      <Field {...at("publisher")} label="Publisher" optional>
        <input type="text" {...bind("publisher")} />
      </Field>
      <Field {...at("publishedAt")} label="Published at (UTC)" optional>
        <input type="datetime-local" {...bind("publishedAt")} />
      </Field>
    </>
  );
}
