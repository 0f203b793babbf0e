import Link from "next/link";
import type { SavedFilterRecord } from "@/lib/data/saved-filters";
import type { SavedFilterWords } from "@/lib/i18n/messages/claims-list";
import { BUILT_IN_FILTERS } from "@/lib/validation/claims-list";
import { DeleteFilterButton, SaveFilterForm, type SavedFilterAction } from "./saved-filter-forms";
import styles from "./claims-list.module.css";

interface SavedFiltersProps {
  saved: SavedFilterRecord[];
  /** The canonical query of the list shown now: the filter "Save" keeps, the chip marked current. */
  current: string;
  /** Reviewers get "Waiting for me". */
  reviewer: boolean;
  /** A filter with a mistake is not offered for saving. */
  canSave: boolean;
  t: SavedFilterWords;
  actions: { save: SavedFilterAction; remove: SavedFilterAction };
}

/** The person's filters: the built-in ones, those they saved (each with Delete), and Save for the one shown. */
export function SavedFilters({ saved, current, reviewer, canSave, t, actions }: SavedFiltersProps) {
  const chips = [
    { key: "my-drafts", name: t.builtIn.myDrafts, query: BUILT_IN_FILTERS.myDrafts, id: null },
    ...(reviewer ? [{ key: "waiting", name: t.builtIn.waiting, query: BUILT_IN_FILTERS.waiting, id: null }] : []),
    ...saved.map((filter) => ({ key: filter.id, name: filter.name, query: filter.query, id: filter.id })),
  ];
  return (
    <section className={styles.saved} aria-labelledby="saved-filters-heading">
      <h2 id="saved-filters-heading">{t.heading}</h2>
      <ul className={styles.chips}>
        {chips.map((chip) => (
          <li key={chip.key} className={styles.chip}>
            <Link
              href={chip.query ? `/claims?${chip.query}` : "/claims"}
              aria-current={chip.query === current ? "true" : undefined}
            >
              {chip.name}
            </Link>
            {chip.id && <DeleteFilterButton filterId={chip.id} name={chip.name} t={t} action={actions.remove} />}
          </li>
        ))}
      </ul>
      {canSave && <SaveFilterForm query={current} t={t} action={actions.save} />}
    </section>
  );
}
