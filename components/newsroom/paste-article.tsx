"use client";

import { useState, useTransition, type FormEvent } from "react";
import { saveArticleDraftsAction } from "@/app/claims/actions";
import type { ActionResult } from "@/lib/auth/action-result";
import { findFigures } from "@/lib/figures";
import type { Figure, Lang } from "@/lib/figures/types";
import { intervalInWords, qualifierInWords } from "@/lib/reading/figure-in-words";
import { sentenceAround, type QuoteInContext } from "@/lib/reading/sentence-around";
import { LANGUAGE_LABELS, LANGUAGES, MAX_ARTICLE_LENGTH } from "@/lib/validation/newsroom";
import { SaveFault, isDatabaseFault } from "./save-fault";
import { SearchPicker, type Choice } from "./search-picker";
import styles from "./newsroom.module.css";

interface Row {
  figure: Figure;
  context: QuoteInContext;
  kept: boolean;
  quantity: Choice | null;
  source: Choice | null;
}

type ArticleField = "articleText" | "language" | "articleUrl" | "archiveUrl" | "publisher" | "headline" | "publishedAt" | "reportedAt";

/**
 * Paste a whole article, get every figure in it with its sentence, tick the ones to keep, attach
 * each to a quantity and a source, and save them all as drafts at once (or none, if one fails).
 */
export function PasteArticle() {
  const [article, setArticle] = useState<Record<ArticleField, string>>({
    articleText: "",
    language: "en",
    articleUrl: "",
    archiveUrl: "",
    publisher: "",
    headline: "",
    publishedAt: "",
    reportedAt: "",
  });
  const [relayedBy, setRelayedBy] = useState<Choice | null>(null);
  const [rows, setRows] = useState<Row[] | null>(null);
  const [readText, setReadText] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saveResult, setSaveResult] = useState<ActionResult<unknown> | null>(null);
  const [pending, startTransition] = useTransition();

  const stale = rows !== null && readText !== article.articleText + "\u0000" + article.language;

  function setField(field: ArticleField, value: string) {
    setArticle((a) => {
      const next = { ...a, [field]: value };
      // The sources usually spoke when the article came out: a good first "reported at".
      if (field === "publishedAt" && (a.reportedAt === "" || a.reportedAt === a.publishedAt)) next.reportedAt = value;
      return next;
    });
  }

  function findTheFigures() {
    setMessage(null);
    const text = article.articleText;
    if (!text.trim()) {
      setErrors({ articleText: "Paste the article's text." });
      return;
    }
    if (text.length > MAX_ARTICLE_LENGTH) {
      setErrors({ articleText: `This article is too long: keep it under ${MAX_ARTICLE_LENGTH.toLocaleString("en")} characters.` });
      return;
    }
    const found = findFigures(text, article.language as Lang);
    // Keep the choices already made for a figure still found at the same place.
    const previous = new Map((rows ?? []).map((r) => [`${r.figure.start}:${r.figure.end}`, r]));
    setRows(
      found.map((figure) => {
        const before = previous.get(`${figure.start}:${figure.end}`);
        return {
          figure,
          context: sentenceAround(text, figure.start, figure.end),
          kept: before?.kept ?? false,
          quantity: before?.quantity ?? null,
          source: before?.source ?? null,
        };
      }),
    );
    setReadText(text + "\u0000" + article.language);
    setErrors({});
  }

  function updateRow(index: number, change: Partial<Row>) {
    setRows((current) => current?.map((row, i) => (i === index ? { ...row, ...change } : row)) ?? null);
  }

  function save(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (!rows || stale) {
      findTheFigures();
      setMessage("The text changed since its figures were found: check them again, then save.");
      return;
    }
    const kept = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.kept);
    const payload = {
      ...article,
      relayedById: relayedBy?.id ?? "",
      figures: kept.map(({ row }) => ({
        start: String(row.figure.start),
        end: String(row.figure.end),
        quantityId: row.quantity?.id ?? "",
        sourceId: row.source?.id ?? "",
      })),
    };
    startTransition(async () => {
      const result = await saveArticleDraftsAction(payload);
      // Success moves on to the dashboard; only a refusal comes back here.
      if (result.ok) return;
      setSaveResult(result);
      if (isDatabaseFault(result)) {
        setMessage(null);
        return;
      }
      const fields: Record<string, string> = {};
      for (const [key, text] of Object.entries(result.error.fields ?? {})) {
        // "figures.1.sourceId" is the second ticked figure: put it on its row.
        const match = /^figures\.(\d+)\.(\w+)$/.exec(key);
        const row = match ? kept[Number(match[1])] : undefined;
        if (match && row) fields[`row.${row.index}.${match[2]}`] = text;
        else fields[key] = text;
      }
      setErrors(fields);
      setMessage(
        result.error.code === "invalid"
          ? "Nothing was saved yet: fix what is marked below, then save again."
          : result.error.message,
      );
    });
  }

  const field = (name: ArticleField, label: string, control: React.ReactNode, optional = true, hint?: string) => (
    <div className="field">
      <label htmlFor={`paste-${name}`}>
        {label}
        {optional && <span className={styles.optional}> (optional)</span>}
      </label>
      {hint && <p className="field-hint">{hint}</p>}
      {control}
      {errors[name] && (
        <p id={`paste-${name}-error`} className="field-error">
          {errors[name]}
        </p>
      )}
    </div>
  );
  const bind = (name: ArticleField) => ({
    id: `paste-${name}`,
    value: article[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) => setField(name, event.target.value),
    "aria-invalid": errors[name] ? true : undefined,
    "aria-describedby": errors[name] ? `paste-${name}-error` : undefined,
  });

  const keptCount = rows?.filter((r) => r.kept).length ?? 0;

  return (
    <form onSubmit={save} className={styles.form} noValidate>
      <fieldset className={styles.section}>
        <legend>The article</legend>
        {field("articleText", "Article text", <textarea rows={10} {...bind("articleText")} />, false, "The whole text, as published. It is kept with the claims as the newsroom's record.")}
        <div className={styles.grid2}>
          {field(
            "language",
            "Language",
            <select {...bind("language")}>
              {LANGUAGES.map((lang) => (
                <option key={lang} value={lang}>
                  {LANGUAGE_LABELS[lang]}
                </option>
              ))}
            </select>,
            false,
          )}
          {field("publisher", "Publisher", <input type="text" {...bind("publisher")} />)}
          {field("articleUrl", "Article address", <input type="url" inputMode="url" placeholder="https://" {...bind("articleUrl")} />)}
          {field("archiveUrl", "Archive address", <input type="url" inputMode="url" placeholder="https://web.archive.org/…" {...bind("archiveUrl")} />)}
          {field("publishedAt", "Published at (UTC)", <input type="datetime-local" {...bind("publishedAt")} />)}
          {field(
            "reportedAt",
            "Reported at (UTC)",
            <input type="datetime-local" {...bind("reportedAt")} />,
            false,
            "When the sources gave these figures; the publication time will usually do.",
          )}
        </div>
        {field("headline", "Headline", <input type="text" {...bind("headline")} />)}
        <SearchPicker
          name="relayedById"
          label="Relayed by"
          optional
          hint="The outlet, when it passes on figures from the sources it cites (AFP citing the governor)."
          endpoint="/api/staff/sources"
          error={errors.relayedById}
          allowCreate
          onChange={setRelayedBy}
        />
        <div className={styles.actions}>
          <button type="button" className={rows === null ? "button" : styles.secondaryButton} onClick={findTheFigures}>
            {rows === null ? "Find the figures" : "Find the figures again"}
          </button>
          {stale && <span className="field-error">The text changed: find the figures again.</span>}
        </div>
      </fieldset>

      {rows !== null && (
        <section aria-labelledby="paste-figures-title" className={styles.form}>
          <div className={styles.sectionHead}>
            <h2 id="paste-figures-title">{rows.length === 1 ? "1 figure found" : `${rows.length} figures found`}</h2>
            <span className={styles.count}>{keptCount} kept</span>
          </div>
          {rows.length === 0 && <p className="notice">No figures in this text. Dates, clock times and numbers in names are left out on purpose.</p>}
          {errors.figures && <p className="field-error">{errors.figures}</p>}
          <div className={styles.rows}>
            {rows.map((row, index) => (
              <fieldset key={`${row.figure.start}:${row.figure.end}`} className={`${styles.row} ${row.kept ? styles.rowKept : ""}`} aria-label={`Figure ${index + 1}: ${row.figure.quote}`}>
                <div className={styles.rowHead}>
                  <label>
                    <input type="checkbox" checked={row.kept} onChange={(event) => updateRow(index, { kept: event.target.checked })} />
                    Keep “{row.figure.quote}”
                  </label>
                  <span className={styles.detail}>
                    {qualifierInWords(row.figure.qualifier)} · {intervalInWords(row.figure)}
                  </span>
                </div>
                <p className={styles.rowSentence}>
                  {row.context.before}
                  <mark>{row.context.quote}</mark>
                  {row.context.after}
                </p>
                {errors[`row.${index}.figure`] && <p className="field-error">{errors[`row.${index}.figure`]}</p>}
                {row.kept && (
                  <div className={styles.grid2}>
                    <SearchPicker
                      name={`quantity-${index}`}
                      label="Quantity"
                      endpoint="/api/staff/quantities"
                      initial={row.quantity}
                      error={errors[`row.${index}.quantityId`]}
                      onChange={(choice) => updateRow(index, { quantity: choice })}
                    />
                    <SearchPicker
                      name={`source-${index}`}
                      label="Source"
                      endpoint="/api/staff/sources"
                      initial={row.source}
                      error={errors[`row.${index}.sourceId`]}
                      allowCreate
                      onChange={(choice) => updateRow(index, { source: choice })}
                    />
                  </div>
                )}
              </fieldset>
            ))}
          </div>
          {message && (
            <p className="notice notice-error" role="alert">
              {message}
            </p>
          )}
          {rows.length > 0 && (
            <div className={styles.actions}>
              <button type="submit" className="button" disabled={pending || keptCount === 0}>
                {pending ? "Saving…" : keptCount === 1 ? "Save 1 draft" : `Save ${keptCount} drafts`}
              </button>
              {keptCount === 0 && <span className={styles.detail}>Tick the figures to keep.</span>}
              <SaveFault result={saveResult} />
            </div>
          )}
        </section>
      )}
      {rows === null && message && (
        <p className="notice notice-error" role="alert">
          {message}
        </p>
      )}
    </form>
  );
}
