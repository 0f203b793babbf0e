import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FieldFrame, FieldHint } from "@/components/ui/field";
import type { ClaimsListChoices, Choice } from "@/lib/data/claims-list";
import type { ClaimsListMessages } from "@/lib/i18n/messages/claims-list";
import {
  CLAIM_RATINGS,
  CLAIM_STATUSES,
  LIST_ORDERS,
  LIST_SORTS,
  type ClaimsListFilter,
  type PersonFilter,
} from "@/lib/validation/claims-list";
import styles from "./claims-list.module.css";

const person = (value: PersonFilter | null) => (value === null ? "" : typeof value === "string" ? value : value.id);

function ChoiceOptions({ choices }: { choices: Choice[] }) {
  const groups = new Map<string, Choice[]>();
  for (const choice of choices) groups.set(choice.group ?? "", [...(groups.get(choice.group ?? "") ?? []), choice]);
  return [...groups.entries()].map(([group, members]) => {
    const options = members.map((choice) => (
      <option key={choice.id} value={choice.id}>
        {choice.label}
      </option>
    ));
    return group ? (
      <optgroup key={group} label={group}>
        {options}
      </optgroup>
    ) : (
      options
    );
  });
}

/**
 * The list's filters as a GET form: applying it is following a link, so it works without
 * JavaScript and the address it leads to can be shared, bookmarked or saved.
 */
export function FilterForm({
  filter,
  choices,
  t,
}: {
  filter: ClaimsListFilter;
  choices: ClaimsListChoices;
  t: ClaimsListMessages;
}) {
  const f = t.filters;
  const languages = Object.keys(t.languages);
  return (
    <Card as="form" method="get" action="/claims" className={styles.filters} role="search" aria-label={f.legend}>
      <fieldset>
        <legend>{f.legend}</legend>
        <div className={styles.filterGrid}>
          <Field id="filter-status" label={f.status}>
            <select name="status" defaultValue={filter.status ?? ""}>
              <option value="">{f.any}</option>
              {CLAIM_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t.statuses[status]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="filter-story" label={f.story}>
            <select name="story" defaultValue={filter.story ?? ""}>
              <option value="">{f.any}</option>
              <ChoiceOptions choices={choices.stories} />
            </select>
          </Field>
          <Field id="filter-quantity" label={f.quantity} hint={choices.quantitiesCapped ? f.quantityHint : undefined}>
            <select name="quantity" defaultValue={filter.quantity ?? ""}>
              <option value="">{f.any}</option>
              <ChoiceOptions choices={choices.quantities} />
            </select>
          </Field>
          <Field id="filter-source" label={f.source}>
            <select name="source" defaultValue={filter.source ?? ""}>
              <option value="">{f.any}</option>
              <ChoiceOptions choices={choices.sources} />
            </select>
          </Field>
          <Field id="filter-author" label={f.author}>
            <select name="author" defaultValue={person(filter.author)}>
              <option value="">{f.any}</option>
              <option value="me">{f.me}</option>
              <option value="others">{f.others}</option>
              <ChoiceOptions choices={choices.people} />
            </select>
          </Field>
          <Field id="filter-reviewer" label={f.reviewer}>
            <select name="reviewer" defaultValue={person(filter.reviewer)}>
              <option value="">{f.any}</option>
              <option value="me">{f.me}</option>
              <option value="none">{f.noReviewer}</option>
              <ChoiceOptions choices={choices.people} />
            </select>
          </Field>
          <Field id="filter-rating" label={f.rating}>
            <select name="rating" defaultValue={filter.rating ?? ""}>
              <option value="">{f.any}</option>
              {CLAIM_RATINGS.map((rating) => (
                <option key={rating} value={rating}>
                  {t.ratings[rating]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="filter-language" label={f.language}>
            <select name="language" defaultValue={filter.language ?? ""}>
              <option value="">{f.any}</option>
              {[
                ...languages,
                ...(filter.language && !languages.includes(filter.language) ? [filter.language] : []),
              ].map((code) => (
                <option key={code} value={code}>
                  {t.languages[code] ?? code}
                </option>
              ))}
            </select>
          </Field>
          <Field id="filter-sort" label={f.sort}>
            <select name="sort" defaultValue={filter.sort}>
              {LIST_SORTS.map((sort) => (
                <option key={sort} value={sort}>
                  {t.sorts[sort]}
                </option>
              ))}
            </select>
          </Field>
          <Field id="filter-order" label={f.order}>
            <select name="order" defaultValue={filter.order}>
              {LIST_ORDERS.map((order) => (
                <option key={order} value={order}>
                  {t.orders[order]}
                </option>
              ))}
            </select>
          </Field>
          <div className={styles.range}>
            {(["from", "to"] as const).map((end) => (
              <FieldFrame key={end}>
                <label htmlFor={`filter-${end}`}>{f[end]}</label>
                <input
                  id={`filter-${end}`}
                  type="date"
                  name={end}
                  defaultValue={filter[end] ?? ""}
                  aria-describedby="filter-dates-hint"
                />
              </FieldFrame>
            ))}
            <FieldHint id="filter-dates-hint">{f.datesHint}</FieldHint>
          </div>
          <Field id="filter-words" label={f.words} hint={f.wordsHint} className={styles.wide}>
            <input type="search" name="q" defaultValue={filter.words ?? ""} maxLength={200} />
          </Field>
        </div>
        <div className={styles.filterActions}>
          <button type="submit" className={buttonClassName()}>
            {f.apply}
          </button>
          <Link href="/claims">{f.clear}</Link>
        </div>
      </fieldset>
    </Card>
  );
}
