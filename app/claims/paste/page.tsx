import type { Metadata } from "next";
import Link from "next/link";
import { PasteArticle } from "@/components/newsroom/paste-article";
import styles from "@/components/newsroom/newsroom.module.css";
import { createSourceAction } from "@/app/sources/actions";
import { requireStaffPage } from "@/lib/auth/current-user";
import { saveArticleDraftsAction } from "../actions";

export const metadata: Metadata = { title: "Paste an article" };

export default async function PasteArticlePage() {
  await requireStaffPage("write_newsroom", "/claims/paste");
  return (
    <div className={styles.page}>
      <h1>Paste an article</h1>
      <p className={styles.lede}>
        Every figure in the article is listed with its sentence. Tick the ones to keep, say which quantity each counts
        and which source gave it, and they are saved as your drafts together. One figure by hand?{" "}
        <Link href="/claims/new">Log a claim</Link>.
      </p>
      <PasteArticle saveArticle={saveArticleDraftsAction} createSource={createSourceAction} />
    </div>
  );
}
