import type { ComponentProps } from "react";
import { Field } from "@/components/ui/field";
import { useMessages } from "@/lib/i18n/client";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";

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
  const t = useMessages(NEWSROOM_MESSAGES).publicationFields;
  return (
    <>
      <Field {...at("articleUrl")} label={t.articleAddress} optional>
        <input type="url" inputMode="url" placeholder={t.https} {...bind("articleUrl")} />
      </Field>
      <Field {...at("archiveUrl")} label={t.archiveAddress} optional>
        <input type="url" inputMode="url" placeholder={t.httpsWebArchiveOrg} {...bind("archiveUrl")} />
      </Field>
      <Field {...at("publisher")} label={t.publisher} optional>
        <input type="text" {...bind("publisher")} />
      </Field>
      <Field {...at("publishedAt")} label={t.publishedAtUtc} optional>
        <input type="datetime-local" {...bind("publishedAt")} />
      </Field>
    </>
  );
}
