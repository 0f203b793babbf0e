import type { Metadata } from "next";
import styles from "@/components/newsroom/newsroom.module.css";
import { SourceForm } from "@/components/newsroom/source-form";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/field";
import { requireStaffPage } from "@/lib/auth/current-user";
import { may } from "@/lib/auth/policy";
import { searchSources } from "@/lib/data/sources";
import { SOURCE_KIND_LABELS } from "@/lib/validation/newsroom";
import { createSourceAction } from "./actions";

export const metadata: Metadata = { title: "Sources" };

type SearchParams = Promise<Record<string, string | string[] | undefined>>;

export default async function SourcesPage({ searchParams }: { searchParams: SearchParams }) {
  const member = await requireStaffPage("read_staff", "/sources");
  const { q } = await searchParams;
  const query = typeof q === "string" ? q.slice(0, 100) : "";
  const sources = await searchSources(query, 200);

  return (
    <div className={styles.page}>
      <h1>Sources</h1>
      <p className={styles.lede}>
        Who the newsroom&apos;s figures come from. Search before adding one: each source is entered once.
      </p>
      <div className={styles.columns}>
        <section aria-labelledby="sources-title">
          <h2 id="sources-title" className="visually-hidden">
            Sources
          </h2>
          <form method="get" className={styles.searchForm} role="search">
            <Field id="sources-q" label="Search sources" className={styles.searchField}>
              <input type="search" name="q" defaultValue={query} />
            </Field>
            <Button type="submit">Search</Button>
          </form>
          {sources.length === 0 ? (
            <p className={styles.emptyList}>{query ? `No source matches “${query}”.` : "No sources yet."}</p>
          ) : (
            <ul className={styles.list}>
              {sources.map((source) => (
                <li key={source.id} className={styles.item}>
                  <div className={styles.itemMain}>
                    <span className={styles.itemTitle}>{source.name}</span>
                    <p className={styles.itemMeta}>
                      {SOURCE_KIND_LABELS[source.kind]}
                      {source.country && ` · ${source.country}`} ·{" "}
                      {source.claimCount === 1 ? "1 claim" : `${source.claimCount} claims`}
                      {source.homepage && (
                        <>
                          {" · "}
                          <a href={source.homepage} rel="noopener noreferrer nofollow" target="_blank">
                            {new URL(source.homepage).hostname}
                          </a>
                        </>
                      )}
                    </p>
                  </div>
                </li>
              ))}
            </ul>
          )}
        </section>
        {may(member.role, "write_newsroom") && <SourceForm createSource={createSourceAction} />}
      </div>
    </div>
  );
}
