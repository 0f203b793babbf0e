import Link from "next/link";
import { StatusBadge } from "@/components/newsroom/status-badge";
import type { ListedStaffClaim } from "@/lib/data/claims-list";
import { intervalInWords } from "@/lib/explain";
import { formatTime } from "@/lib/i18n/format";
import type { Locale } from "@/lib/i18n/locale";
import { fill, type ClaimsListMessages } from "@/lib/i18n/messages/claims-list";
import { claimsListQuery, type ClaimsListFilter, type ListSort } from "@/lib/validation/claims-list";
import { BULK_FORM_ID } from "./bulk-form-id";
import styles from "./claims-list.module.css";

interface ClaimsTableProps {
  claims: ListedStaffClaim[];
  filter: ClaimsListFilter;
  t: ClaimsListMessages;
  locale: Locale;
  /** The list narrows something: its empty state says the filter matches nothing. */
  filtered: boolean;
}

/** A column that sorts the list: its header links to the same filter sorted by it (the other way when it already is). */
function SortHeader({
  sort,
  label,
  filter,
  t,
}: {
  sort: ListSort;
  label: string;
  filter: ClaimsListFilter;
  t: ClaimsListMessages;
}) {
  const current = filter.sort === sort;
  const order = current && filter.order === "desc" ? "asc" : "desc";
  const query = claimsListQuery(filter, { sort, order });
  return (
    <Link
      href={query ? `/claims?${query}` : "/claims"}
      aria-current={current ? "true" : undefined}
      aria-label={`${fill(t.table.sortBy, { column: label })}${current ? `, ${filter.order === "asc" ? t.table.ascending : t.table.descending}` : ""}`}
    >
      {label}
      {current ? (filter.order === "asc" ? " ↑" : " ↓") : ""}
    </Link>
  );
}

const DAYS = {
  en: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
  fr: new Intl.DateTimeFormat("fr-FR", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" }),
};

/** The day (UTC) in the cell, the time to the minute on hover and for machines: the column stays narrow. */
function Day({ at, locale }: { at: Date; locale: Locale }) {
  return (
    <time dateTime={at.toISOString()} title={formatTime(at, locale)}>
      {DAYS[locale].format(at)}
    </time>
  );
}

/**
 * One page of the list. Each row's tick box belongs to the bulk actions' form (BULK_FORM_ID),
 * with the claim's id and the version shown: a claim changed since is refused, not acted on blind.
 */
export function ClaimsTable({ claims, filter, t, locale, filtered }: ClaimsTableProps) {
  if (claims.length === 0) return <p className={styles.empty}>{filtered ? t.table.emptyFiltered : t.table.empty}</p>;
  const sortable = (sort: ListSort, label: string) => <SortHeader sort={sort} label={label} filter={filter} t={t} />;
  return (
    <table className={styles.table}>
      <caption className="visually-hidden">{t.table.caption}</caption>
      <thead>
        <tr>
          <th scope="col">
            <span className="visually-hidden">{t.table.pick}</span>
          </th>
          <th scope="col">{sortable("source", t.table.claim)}</th>
          <th scope="col">{t.table.status}</th>
          <th scope="col">{t.table.people}</th>
          <th scope="col">{sortable("reported", t.table.reported)}</th>
          <th scope="col">{sortable("updated", t.table.updated)}</th>
        </tr>
      </thead>
      <tbody>
        {claims.map((claim) => {
          const name = `${claim.source.name}: “${claim.quote}”`;
          return (
            <tr key={claim.id}>
              <td>
                <input
                  type="checkbox"
                  name="claim"
                  value={`${claim.id}:${claim.version}`}
                  form={BULK_FORM_ID}
                  aria-label={`${t.table.pick}: ${name}`}
                />
              </td>
              <td className={styles.claimCell}>
                <Link href={`/claims/${claim.id}`} className={styles.claimLink}>
                  {name}
                </Link>
                <span className={styles.figure}>
                  {intervalInWords(claim, locale)} · {claim.quantity.label} · {claim.quantity.story.title}
                </span>
              </td>
              <td>
                <StatusBadge status={claim.status} label={t.statuses[claim.status]} />{" "}
                {/* The reviewer's reason on hover: the row stays one line; the claim's page shows it in full. */}
                {claim.rating !== "unverified" && (
                  <span className={styles.rating} title={claim.ratingExplanation ?? undefined}>
                    {t.ratings[claim.rating]}
                  </span>
                )}
              </td>
              <td className={styles.person}>
                <span className={styles.cellLabel}>{t.table.by}</span>
                {claim.author.name}
                {claim.reviewer && (
                  <span className={styles.story}>
                    {t.table.reviewedBy} {claim.reviewer.name}
                  </span>
                )}
              </td>
              <td className={styles.nowrap}>
                <span className={styles.cellLabel}>{t.table.reported}</span>
                <Day at={claim.reportedAt} locale={locale} />
              </td>
              <td className={styles.nowrap}>
                <span className={styles.cellLabel}>{t.table.updated}</span>
                <Day at={claim.updatedAt} locale={locale} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
