import type { SearchParams } from "@/lib/page-props";
import Link from "next/link";
import { ClaimForm } from "@/components/newsroom/claim-form";
import { StaffPage } from "@/components/newsroom/staff-page";
import { requireStaffPage } from "@/lib/auth/current-user";
import { quantityChoice } from "@/lib/data/quantities";
import { CLAIM_FORM_FIELDS, type ClaimFormValues } from "@/lib/newsroom/claim-form-values";
import { createSourceAction } from "@/app/sources/actions";
import { createDraftAction } from "../actions";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";
import { messagesFor, titleFrom } from "@/lib/i18n/server";

export const generateMetadata = titleFrom(NEWSROOM_MESSAGES, (t) => t.newClaimPage.pageTitle);

export default async function NewClaimPage({ searchParams }: { searchParams: SearchParams }) {
  const t = (await messagesFor(NEWSROOM_MESSAGES)).newClaimPage;
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
    <StaffPage
      title={t.logAClaim}
      lede={
        <>
          {t.oneSourceOneFigure}
          <Link href="/claims/paste">{t.pasteItInstead}</Link>.
        </>
      }
    >
      <ClaimForm
        initial={initial}
        choices={{ quantity: preselected, source: null, relayedBy: null }}
        saveDraft={createDraftAction}
        createSource={createSourceAction}
      />
    </StaffPage>
  );
}
