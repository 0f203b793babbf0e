"use client";

import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";
import { FieldError, FieldFrame, FieldHint, Optional, describedBy as describedByIds } from "@/components/ui/field";
import { NewSourceFields } from "./new-source-fields";
import type { CreateSourceAction } from "./source-form";
import styles from "./newsroom.module.css";
import { useMessages } from "@/lib/i18n/client";
import { NEWSROOM_MESSAGES } from "@/lib/i18n/messages/staff/newsroom";

/** One thing a picker offers: a quantity (with its story) or a source (with its country). */
export interface Choice {
  id: string;
  label: string;
  detail?: string;
}

interface SearchPickerProps {
  /** The form field that carries the chosen id. */
  name: string;
  label: string;
  hint?: string;
  /** A staff search endpoint answering `{ results: Choice[] }` for `?q=`. */
  endpoint: "/api/staff/quantities" | "/api/staff/sources";
  initial?: Choice | null;
  error?: string;
  optional?: boolean;
  /** Offer to create a new source from what was typed, when none fits: the action that does it. */
  createSource?: CreateSourceAction;
  onChange?: (choice: Choice | null) => void;
}

/**
 * Search-as-you-type over the newsroom's lists, so a quantity or a source is reused rather than
 * entered twice. The chosen id travels in a hidden field named `name`.
 */
export function SearchPicker({
  name,
  label,
  hint,
  endpoint,
  initial = null,
  error,
  optional,
  createSource,
  onChange,
}: SearchPickerProps) {
  const t = useMessages(NEWSROOM_MESSAGES).searchPicker;
  const baseId = useId();
  const inputId = `${baseId}-input`;
  const listId = `${baseId}-list`;
  const [selected, setSelected] = useState<Choice | null>(initial);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<Choice[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [status, setStatus] = useState<"idle" | "loading" | "failed">("idle");
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const inputRef = useRef<HTMLInputElement>(null);
  const request = useRef(0);

  function choose(choice: Choice | null, message: string | null = null) {
    setSelected(choice);
    setNotice(message);
    setOpen(false);
    setCreating(false);
    onChange?.(choice);
  }

  // Each keystroke asks again after a short pause; only the latest answer is shown.
  useEffect(() => {
    if (!open) return;
    const ticket = ++request.current;
    const timer = setTimeout(async () => {
      setStatus("loading");
      try {
        const response = await fetch(`${endpoint}?q=${encodeURIComponent(query)}`, {
          headers: { Accept: "application/json" },
        });
        if (!response.ok) throw new Error(String(response.status));
        const body = (await response.json()) as { results: Choice[] };
        if (ticket !== request.current) return;
        setResults(body.results);
        setActive(body.results.length > 0 ? 0 : -1);
        setStatus("idle");
      } catch {
        if (ticket === request.current) setStatus("failed");
      }
    }, 150);
    return () => clearTimeout(timer);
  }, [query, open, endpoint]);

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "ArrowDown") {
      event.preventDefault();
      setOpen(true);
      setActive((i) => Math.min(i + 1, results.length - 1));
    } else if (event.key === "ArrowUp") {
      event.preventDefault();
      setActive((i) => Math.max(i - 1, 0));
    } else if (event.key === "Enter") {
      // Enter picks the highlighted choice; it must not send the whole form.
      event.preventDefault();
      const choice = results[active];
      if (open && choice) choose(choice);
    } else if (event.key === "Escape") {
      setOpen(false);
    }
  }

  const errorId = `${baseId}-error`;
  const hintId = `${baseId}-hint`;
  const describedBy = describedByIds(baseId, { error, hint });
  const nameId = `${baseId}-name`;
  const fieldName = (
    <>
      {label}
      {optional && <Optional />}
    </>
  );

  return (
    <FieldFrame className={styles.picker}>
      <input type="hidden" name={name} value={selected?.id ?? ""} />
      {/* Once a choice is made there is no text box: a <label> for it would name a control that is
          not there (HTML forbids it), so the field's name heads the choice as a group instead. */}
      {selected ? (
        <span id={nameId} className={styles.pickerName}>
          {fieldName}
        </span>
      ) : (
        <label htmlFor={inputId}>{fieldName}</label>
      )}
      {hint && <FieldHint id={hintId}>{hint}</FieldHint>}
      {selected ? (
        <div className={styles.chosen} role="group" aria-labelledby={nameId} aria-describedby={describedBy}>
          <span>
            <strong>{selected.label}</strong>
            {selected.detail && <span className={styles.detail}> · {selected.detail}</span>}
          </span>
          <button
            type="button"
            className={styles.linkButton}
            onClick={() => {
              choose(null);
              setQuery("");
              requestAnimationFrame(() => inputRef.current?.focus());
            }}
            aria-label={t.changeChosen(label.toLowerCase(), selected.label)}
          >
            {t.change}
          </button>
        </div>
      ) : (
        <div className={styles.comboWrap}>
          <input
            ref={inputRef}
            id={inputId}
            type="text"
            role="combobox"
            autoComplete="off"
            aria-autocomplete="list"
            aria-expanded={open}
            aria-controls={listId}
            aria-activedescendant={open && active >= 0 ? `${listId}-${active}` : undefined}
            aria-invalid={error ? true : undefined}
            aria-describedby={describedBy}
            placeholder={t.typeToSearch}
            value={query}
            onChange={(event) => {
              setQuery(event.target.value);
              setOpen(true);
            }}
            onFocus={() => setOpen(true)}
            onBlur={() => setOpen(false)}
            onKeyDown={onKeyDown}
          />
          {open && (
            <ul id={listId} role="listbox" aria-label={label} className={styles.listbox}>
              {results.map((choice, index) => (
                <li
                  key={choice.id}
                  id={`${listId}-${index}`}
                  role="option"
                  aria-selected={index === active}
                  className={styles.option}
                  // mousedown, not click: the input's blur would close the list first.
                  onMouseDown={(event) => {
                    event.preventDefault();
                    choose(choice);
                  }}
                >
                  <span className={styles.optionLabel}>{choice.label}</span>
                  {choice.detail && <span className={styles.detail}>{choice.detail}</span>}
                </li>
              ))}
              {status === "idle" && results.length === 0 && (
                <li className={styles.empty} role="presentation">
                  {query.trim() ? t.nothingMatches : t.nothingYet}
                </li>
              )}
              {createSource && query.trim() !== "" && (
                <li
                  role="option"
                  aria-selected={false}
                  className={`${styles.option} ${styles.createOption}`}
                  onMouseDown={(event) => {
                    event.preventDefault();
                    setOpen(false);
                    setCreating(true);
                  }}
                >
                  {t.createNamed(query.trim())}
                </li>
              )}
              {status === "failed" && (
                <li className={styles.empty} role="presentation">
                  {t.couldNotSearchJust}
                </li>
              )}
            </ul>
          )}
        </div>
      )}
      {!selected && createSource && !creating && (
        <button type="button" className={styles.linkButton} onClick={() => setCreating(true)}>
          {query.trim() ? t.createNamed(query.trim()) : t.createNew}
        </button>
      )}
      {!selected && createSource && creating && (
        <NewSourceFields
          create={createSource}
          initialName={query.trim()}
          onCancel={() => setCreating(false)}
          onCreated={(choice, existed) =>
            choose(
              choice,
              existed
                ? `“${choice.label}” was already in the list: it is chosen.`
                : `“${choice.label}” was added and chosen.`,
            )
          }
        />
      )}
      {notice && (
        <p className={styles.pickerNotice} role="status">
          {notice}
        </p>
      )}
      {error && <FieldError id={errorId}>{error}</FieldError>}
    </FieldFrame>
  );
}
