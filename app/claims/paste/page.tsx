import Link from "next/link";
import { PasteArticle } from "@/components/newsroom/paste-article";
import { StaffPage } from "@/components/newsroom/staff-page";
import { createSourceAction } from "@/app/sources/actions";
import { requireStaffPage } from "@/lib/auth/current-user";
import { saveArticleDraftsAction } from "../actions";
import { PASTE_MESSAGES } from "@/lib/i18n/messages/staff/paste";
import { messagesFor, titleFrom } from "@/lib/i18n/server";

export const generateMetadata = titleFrom(PASTE_MESSAGES, (t) => t.page.pageTitle);

export default async function PasteArticlePage() {
  const t = (await messagesFor(PASTE_MESSAGES)).page;
  await requireStaffPage("write_newsroom", "/claims/paste");
  return (
    <StaffPage
      title={t.pasteAnArticle}
      lede={
        <>
          {t.everyFigureInThe} <Link href="/claims/new">{t.logAClaim}</Link>.
        </>
      }
    >
      <PasteArticle saveArticle={saveArticleDraftsAction} createSource={createSourceAction} />
    </StaffPage>
  );
}
