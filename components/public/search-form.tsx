import { messagesFor } from "@/lib/i18n/server";
import { searchMessages } from "@/lib/i18n/messages/search";
import { buttonClassName } from "@/components/ui/button";
import { MAX_QUERY_LENGTH } from "@/lib/public/search-query";
import styles from "./search.module.css";

interface SearchFormProps {
  /** The text already searched for, on the results page. */
  query?: string;
  /** Unique on the page: the header's form and the results page's form are both there. */
  id?: string;
  /** The header's compact form keeps its label for screen readers only. */
  compact?: boolean;
}

/** A plain GET form to /search: works without JavaScript, and the results have a shareable address. */
export async function SearchForm({ query = "", id = "site-search", compact = false }: SearchFormProps) {
  const t = await messagesFor(searchMessages);
  return (
    <form action="/search" method="get" role="search" className={compact ? styles.formCompact : styles.form}>
      <label htmlFor={id} className={compact ? "visually-hidden" : styles.label}>
        {t.label}
      </label>
      <div className={styles.row}>
        <input
          id={id}
          name="q"
          type="search"
          defaultValue={query}
          placeholder={compact ? t.compactPlaceholder : t.placeholder}
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          className={styles.input}
        />
        <button type="submit" className={compact ? styles.submitCompact : buttonClassName()}>
          {t.submit}
        </button>
      </div>
    </form>
  );
}
