import type { Metadata } from "next";
import type { SearchParams } from "@/lib/page-props";
import Link from "next/link";
import { BulkActions } from "@/components/claims-list/bulk-actions";
import { ClaimsTable } from "@/components/claims-list/claims-table";
import styles from "@/components/claims-list/claims-list.module.css";
import { FilterForm } from "@/components/claims-list/filter-form";
import { ListPager } from "@/components/claims-list/list-pager";
import { SavedFilters } from "@/components/claims-list/saved-filters";
import { Notice } from "@/components/ui/notice";
import { requireStaffPage } from "@/lib/auth/current-user";
import { may } from "@/lib/auth/policy";
import { claimsListChoices, listStaffClaims } from "@/lib/data/claims-list";
import { listSavedFilters } from "@/lib/data/saved-filters";
import { CLAIMS_LIST_MESSAGES, countIn, fill } from "@/lib/i18n/messages/claims-list";
import { requestLocale } from "@/lib/i18n/server";
import { pageParam } from "@/lib/public/pagination";
import { BULK_BATCH_LIMIT, claimsListQuery, filters, readClaimsListQuery } from "@/lib/validation/claims-list";
import {
  bulkApproveAction,
  bulkDeleteDraftsAction,
  bulkSubmitAction,
  deleteSavedFilterAction,
  previewApprovalAction,
  saveFilterAction,
} from "./bulk-actions";

export async function generateMetadata(): Promise<Metadata> {
  return { title: CLAIMS_LIST_MESSAGES[await requestLocale()].title };
}

/** /claims: every claim the member may see, filtered by the address, with saved filters and bulk actions. */
export default async function ClaimsListPage({ searchParams }: { searchParams: SearchParams }) {
  const params = await searchParams;
  const reading = readClaimsListQuery(params);
  const query = claimsListQuery(reading.filter);
  const member = await requireStaffPage("read_staff", query ? `/claims?${query}` : "/claims");
  const locale = await requestLocale();
  const t = CLAIMS_LIST_MESSAGES[locale];
  const reviewer = may(member.role, "review");
  const page = pageParam(params.page);

  const [list, choices, saved] = await Promise.all([
    reading.ok ? listStaffClaims(member, reading.filter, page) : null,
    claimsListChoices(reading.filter),
    listSavedFilters(member.id),
  ]);

  return (
    <div className={styles.page}>
      <h1>{t.title}</h1>
      <p className={styles.lede}>{t.lede}</p>

      <SavedFilters
        saved={saved}
        current={query}
        reviewer={reviewer}
        canSave={reading.ok}
        t={t.saved}
        actions={{ save: saveFilterAction, remove: deleteSavedFilterAction }}
      />
      <FilterForm filter={reading.filter} choices={choices} t={t} />

      {!reading.ok && (
        <Notice as="div" tone="error" role="alert">
          <strong>{t.problems.heading}</strong>
          <ul className={styles.problems}>
            {reading.problems.map((problem) => (
              <li key={`${problem.param}-${problem.kind}`}>
                {fill(t.problems.kinds[problem.kind], { param: t.params[problem.param], value: problem.value })}
              </li>
            ))}
          </ul>
          <p>
            <Link href="/claims">{t.problems.clear}</Link>
          </p>
        </Notice>
      )}

      {list && (
        <section aria-labelledby="claims-heading">
          <div className={styles.summary}>
            <h2 id="claims-heading">
              {countIn(filters(reading.filter) ? t.countFiltered : t.count, list.total, t.bulk.numberLocale)}
            </h2>
          </div>
          {list.total > 0 && (
            <BulkActions
              t={t.bulk}
              filter={query}
              matching={list.total}
              limit={BULK_BATCH_LIMIT}
              reviewer={reviewer}
              actions={{
                submit: bulkSubmitAction,
                preview: previewApprovalAction,
                approve: bulkApproveAction,
                deleteDrafts: bulkDeleteDraftsAction,
              }}
            />
          )}
          <ClaimsTable
            claims={list.items}
            filter={reading.filter}
            t={t}
            locale={locale}
            filtered={filters(reading.filter)}
          />
          <ListPager page={list.page} pages={list.pages} query={query} t={t.pager} />
        </section>
      )}
    </div>
  );
}
