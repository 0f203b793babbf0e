import Link from "next/link";
import { PAGINATION_MESSAGES } from "@/lib/i18n/messages/pagination";
import { messagesFor } from "@/lib/i18n/server";
import { pageHref, type PageSlice } from "@/lib/public/pagination";
import styles from "./public.module.css";
import searchStyles from "./search.module.css";

/**
 * Newer / older links under a list shown a page at a time: plain links, so they work without
 * JavaScript and every page has an address of its own. Nothing when the list fits on one page.
 */
export async function PaginationNav({ slice, path }: { slice: Omit<PageSlice<unknown>, "items">; path: string }) {
  const t = await messagesFor(PAGINATION_MESSAGES);
  if (!slice.hasNewer && !slice.hasOlder) return null;
  return (
    <nav aria-label={t.navLabel} className={searchStyles.pages}>
      {slice.hasNewer && (
        <Link href={pageHref(path, slice.page - 1)} rel="prev">
          ← {t.newer}
        </Link>
      )}
      {slice.hasOlder && (
        <Link href={pageHref(path, slice.page + 1)} rel="next">
          {t.older} →
        </Link>
      )}
      <span className={styles.muted}>{t.pageOf(slice.page)}</span>
    </nav>
  );
}
