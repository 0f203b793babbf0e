import Link from "next/link";
import { buttonClassName } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FieldFrame, FieldHint } from "@/components/ui/field";
import type { ClaimsListChoices, Choice } from "@/lib/data/claims-list";
import type { ClaimsListMessages } from "@/lib/i18n/messages/claims-list";
import {
  AUTHOR_RELATIONS,
  CLAIM_RATINGS,
  CLAIM_STATUSES,
  LIST_ORDERS,
  LIST_SORTS,
  REVIEWER_RELATIONS,
  type ClaimsListFilter,
  type PersonFilter,
} from "@/lib/validation/claims-list";
import styles from "./claims-list.module.css";

// Each filter of a thing, with the choices it offers; each filter of a person, with the words for
// how they stand to the reader.
const THINGS = { story: "stories", quantity: "quantities", source: "sources" } as const;
const RELATIONS = { author: AUTHOR_RELATIONS, reviewer: REVIEWER_RELATIONS };

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

type Options = ReadonlyArray<readonly [value: string, label: string]>;

/** Values with their names, in the values' order. */
const named = <T extends string>(values: readonly T[], names: Record<T, string>): Options =>
  values.map((value) => [value, names[value]] as const);

/** One filter as a labelled select: "any" (no filter) first when given, then the options, then `children`. */
function SelectFilter({
  name,
  label,
  hint,
  value,
  any,
  options = [],
  children,
}: {
  name: string;
  label: string;
  hint?: string;
  value: string | null;
  any?: string;
  options?: Options;
  children?: React.ReactNode;
}) {
  return (
    <Field id={`filter-${name}`} label={label} hint={hint}>
      <select name={name} defaultValue={value ?? ""}>
        {any !== undefined && <option value="">{any}</option>}
        {options.map(([optionValue, optionLabel]) => (
          <option key={optionValue} value={optionValue}>
            {optionLabel}
          </option>
        ))}
        {children}
      </select>
    </Field>
  );
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
  const relations = { me: f.me, others: f.others, none: f.noReviewer };
  const [statuses, ratings] = [named(CLAIM_STATUSES, t.statuses), named(CLAIM_RATINGS, t.ratings)];
  return (
    <Card as="form" method="get" action="/claims" className={styles.filters} role="search" aria-label={f.legend}>
      <fieldset>
        <legend>{f.legend}</legend>
        <div className={styles.filterGrid}>
          <SelectFilter name="status" label={f.status} value={filter.status} any={f.any} options={statuses} />
          {(["story", "quantity", "source"] as const).map((name) => (
            <SelectFilter
              key={name}
              name={name}
              label={f[name]}
              hint={name === "quantity" && choices.quantitiesCapped ? f.quantityHint : undefined}
              value={filter[name]}
              any={f.any}
            >
              <ChoiceOptions choices={choices[THINGS[name]]} />
            </SelectFilter>
          ))}
          {(["author", "reviewer"] as const).map((name) => (
            <SelectFilter
              key={name}
              name={name}
              label={f[name]}
              value={person(filter[name])}
              any={f.any}
              options={named(RELATIONS[name], relations)}
            >
              <ChoiceOptions choices={choices.people} />
            </SelectFilter>
          ))}
          <SelectFilter name="rating" label={f.rating} value={filter.rating} any={f.any} options={ratings} />
          <SelectFilter
            name="language"
            label={f.language}
            value={filter.language}
            any={f.any}
            options={[
              ...languages,
              ...(filter.language && !languages.includes(filter.language) ? [filter.language] : []),
            ].map((code) => [code, t.languages[code] ?? code] as const)}
          />
          <SelectFilter name="sort" label={f.sort} value={filter.sort} options={named(LIST_SORTS, t.sorts)} />
          <SelectFilter name="order" label={f.order} value={filter.order} options={named(LIST_ORDERS, t.orders)} />
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
