import type { SearchParams } from "@/lib/page-props";
import styles from "@/components/newsroom/newsroom.module.css";
import { StaffPage } from "@/components/newsroom/staff-page";
import { MergeSourceForm } from "@/components/newsroom/merge-source-form";
import { SourceForm } from "@/components/newsroom/source-form";
import { Notice } from "@/components/ui/notice";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { requireStaffPage } from "@/lib/auth/current-user";
import { may } from "@/lib/auth/policy";
import { searchSources, sourceById } from "@/lib/data/sources";
import { createSourceAction, mergeSourcesAction } from "./actions";
import { STORIES_MESSAGES } from "@/lib/i18n/messages/staff/stories";
import { messagesFor, titleFrom } from "@/lib/i18n/server";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

export const generateMetadata = titleFrom(STORIES_MESSAGES, (t) => t.sourcesPage.pageTitle);

export default async function SourcesPage({ searchParams }: { searchParams: SearchParams }) {
  const t = (await messagesFor(STORIES_MESSAGES)).sourcesPage;
  const labels = await messagesFor(LABEL_MESSAGES);
  const member = await requireStaffPage("read_staff", "/sources");
  const { q, merged, moved } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 100) : "";
  const sources = await searchSources(query, 200);
  const mayMerge = may(member.role, "review");
  // After a merge: the source kept, and how many claims moved to it.
  const kept = typeof merged === "string" && /^[A-Za-z0-9_-]{1,64}$/.test(merged) ? await sourceById(merged) : null;

  return (
    <StaffPage title={t.sources} lede={t.whoTheNewsroomS}>
      {kept && <Notice role="status">{t.merged(kept.name, Math.max(0, Number(moved) || 0))}</Notice>}
      <div className={styles.columns}>
        <section aria-labelledby="sources-title">
          <h2 id="sources-title" className="visually-hidden">
            {t.sources}
          </h2>
          <form method="get" className={styles.searchForm} role="search">
            <Field id="sources-q" label={t.searchSources} className={styles.searchField}>
              <input type="search" name="q" defaultValue={query} />
            </Field>
            <Button type="submit">{t.search}</Button>
          </form>
          {sources.length === 0 ? (
            <p className={styles.emptyList}>{query ? t.noMatch(query) : t.noSourcesYet}</p>
          ) : (
            <ul className={styles.list}>
              {sources.map((source) => (
                <li key={source.id} className={styles.item}>
                  <div className={styles.itemMain}>
                    <span className={styles.itemTitle}>{source.name}</span>
                    <p className={styles.itemMeta}>
                      {labels.sourceKinds[source.kind]}
                      {source.country && ` · ${source.country}`} · {t.claims(source.claimCount)}
                      {source.homepage && (
                        <>
                          {" · "}
                          <a href={source.homepage} rel="noopener noreferrer nofollow" target="_blank">
                            {new URL(source.homepage).hostname}
                          </a>
                        </>
                      )}
                    </p>
                    {source.aliases.length > 0 && (
                      <p className={styles.itemMeta}>{t.alsoKnownAs(source.aliases.join(", "))}</p>
                    )}
                  </div>
                  {mayMerge && sources.length > 1 && (
                    <MergeSourceForm
                      source={source}
                      others={sources.filter((other) => other.id !== source.id)}
                      merge={mergeSourcesAction}
                    />
                  )}
                </li>
              ))}
            </ul>
          )}
        </section>
        {may(member.role, "write_newsroom") && <SourceForm createSource={createSourceAction} />}
      </div>
    </StaffPage>
  );
}
