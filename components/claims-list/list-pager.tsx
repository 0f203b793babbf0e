import Link from "next/link";
import { fill, type ClaimsListMessages } from "@/lib/i18n/messages/claims-list";
import { pageHref } from "@/lib/public/pagination";
import styles from "./claims-list.module.css";

/**
 * First / previous / next under the list, each a plain link to the same filter's other page, so
 * paging works without JavaScript and every page has an address. Nothing when one page holds all.
 */
export function ListPager({
  page,
  pages,
  query,
  t,
}: {
  page: number;
  pages: number;
  query: string;
  t: ClaimsListMessages["pager"];
}) {
  if (pages <= 1 && page <= 1) return null;
  const params = Object.fromEntries(new URLSearchParams(query));
  const href = (to: number) => pageHref("/claims", to, params);
  return (
    <nav aria-label={t.label} className={styles.pager}>
      {page > 1 && <Link href={href(1)}>« {t.first}</Link>}
      {page > 1 && (
        <Link href={href(Math.min(page - 1, pages))} rel="prev">
          ← {t.previous}
        </Link>
      )}
      <span className={styles.muted}>{fill(t.pageOf, { page, pages: Math.max(pages, page) })}</span>
      {page < pages && (
        <Link href={href(page + 1)} rel="next">
          {t.next} →
        </Link>
      )}
    </nav>
  );
}
