import type { Metadata } from "next";
import Link from "next/link";
import { ClaimForm } from "@/components/newsroom/claim-form";
import styles from "@/components/newsroom/newsroom.module.css";
import { requireStaffPage } from "@/lib/auth/current-user";
import { quantityChoice } from "@/lib/data/quantities";
import { CLAIM_FORM_FIELDS, type ClaimFormValues } from "@/lib/newsroom/claim-form-values";
import { createSourceAction } from "@/app/sources/actions";
import { createDraftAction } from "../actions";

export const metadata: Metadata = { title: "New claim" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function NewClaimPage({ searchParams }: { searchParams: SearchParams }) {
  await requireStaffPage("write_newsroom", "/claims/new");
  const { quantity } = await searchParams;
  // Coming from a story's quantity ("Log a claim"): that quantity is already chosen.
  const preselected =
    typeof quantity === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(quantity) ? await quantityChoice(quantity) : null;

  const initial = Object.fromEntries(CLAIM_FORM_FIELDS.map((field) => [field, ""])) as ClaimFormValues;
  Object.assign(initial, {
    language: "en",
    qualifier: "exact",
    kind: "count",
    quantityId: preselected?.id ?? "",
  });

  return (
    <div className={styles.page}>
      <h1>Log a claim</h1>
      <p className={styles.lede}>
        One source, one figure, one sentence. Paste the sentence and keep the figure it is about; it is saved as your
        draft until you send it for review. A whole article? <Link href="/claims/paste">Paste it instead</Link>.
      </p>
      <ClaimForm
        initial={initial}
        choices={{ quantity: preselected, source: null, relayedBy: null }}
        saveDraft={createDraftAction}
        createSource={createSourceAction}
      />
    </div>
  );
}
