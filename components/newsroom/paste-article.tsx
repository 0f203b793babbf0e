"use client";

import { useState, type FormEvent } from "react";
import { SaveFault } from "@/components/forms/save-fault";
import { useFormAction } from "@/components/forms/use-form-action";
import { Button, ButtonRow } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Field, FieldError, Options } from "@/components/ui/field";
import { Notice } from "@/components/ui/notice";
import { DATABASE_FAULT_CODES, type ActionResult } from "@/lib/auth/action-result";
import { findFigures } from "@/lib/figures";
import type { Figure, Lang } from "@/lib/figures/types";
import { intervalInWords, qualifierInWords } from "@/lib/explain/figure";
import { sentenceAround, type QuoteInContext } from "@/lib/reading/sentence-around";
import { LANGUAGES, MAX_ARTICLE_LENGTH } from "@/lib/validation/newsroom";
import { PublicationFields } from "./publication-fields";
import { SearchPicker, type Choice } from "./search-picker";
import type { CreateSourceAction } from "./source-form";
import styles from "./newsroom.module.css";
import { useMessages } from "@/lib/i18n/client";
import { PASTE_MESSAGES } from "@/lib/i18n/messages/staff/paste";
import { LABEL_MESSAGES } from "@/lib/i18n/messages/staff/labels";

interface Row {
  figure: Figure;
  context: QuoteInContext;
  kept: boolean;
  quantity: Choice | null;
  source: Choice | null;
}

type ArticleField =
  "articleText" | "language" | "articleUrl" | "archiveUrl" | "publisher" | "headline" | "publishedAt" | "reportedAt";

/** The article and the ticked figures, each with its quantity and source. */
export interface PastedArticle extends Record<ArticleField, string> {
  relayedById: string;
  figures: { start: string; end: string; quantityId: string; sourceId: string }[];
}

/** Saves the ticked figures as drafts, all or none, then opens the dashboard (a plain object, not a form). */
export type SaveArticleAction = (article: PastedArticle) => Promise<ActionResult<{ count: number }>>;

/**
 * Paste a whole article, get every figure in it with its sentence, tick the ones to keep, attach
 * each to a quantity and a source, and save them all as drafts at once (or none, if one fails).
 */
export function PasteArticle({
  saveArticle,
  createSource,
}: {
  saveArticle: SaveArticleAction;
  createSource: CreateSourceAction;
}) {
  const t = useMessages(PASTE_MESSAGES).pasteArticle;
  const labels = useMessages(LABEL_MESSAGES);
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
  // Which row each ticked figure of the last save was: the server names them by their rank.
  const [savedRows, setSavedRows] = useState<number[]>([]);
  // Success moves on to the dashboard; only a refusal comes back here.
  const saving = useFormAction((_previous: unknown, article: PastedArticle) => saveArticle(article), {
    onFailure: (error) => {
      if (DATABASE_FAULT_CODES.includes(error.code)) {
        setMessage(null);
        return;
      }
      const fields: Record<string, string> = {};
      for (const [key, text] of Object.entries(error.fields ?? {})) {
        // "figures.1.sourceId" is the second ticked figure: put it on its row.
        const match = /^figures\.(\d+)\.(\w+)$/.exec(key);
        const row = match ? savedRows[Number(match[1])] : undefined;
        if (match && row !== undefined) fields[`row.${row}.${match[2]}`] = text;
        else fields[key] = text;
      }
      setErrors(fields);
      setMessage(
        error.code === "invalid" ? "Nothing was saved yet: fix what is marked below, then save again." : error.message,
      );
    },
  });

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
      setErrors({
        articleText: `This article is too long: keep it under ${MAX_ARTICLE_LENGTH.toLocaleString("en")} characters.`,
      });
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
    setSavedRows(kept.map(({ index }) => index));
    saving.send({
      ...article,
      relayedById: relayedBy?.id ?? "",
      figures: kept.map(({ row }) => ({
        start: String(row.figure.start),
        end: String(row.figure.end),
        quantityId: row.quantity?.id ?? "",
        sourceId: row.source?.id ?? "",
      })),
    });
  }

  // A field's id and error (for <Field>), and its control's value and change (for the control).
  const at = (name: ArticleField) => ({ id: `paste-${name}`, error: errors[name] });
  const bind = (name: ArticleField) => ({
    value: article[name],
    onChange: (event: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setField(name, event.target.value),
  });

  const keptCount = rows?.filter((r) => r.kept).length ?? 0;

  return (
    <form onSubmit={save} className={styles.form} noValidate>
      <Card as="fieldset" className={styles.section}>
        <legend>{t.theArticle}</legend>
        <Field {...at("articleText")} label={t.articleText} hint={t.theWholeTextAs}>
          <textarea rows={10} {...bind("articleText")} />
        </Field>
        <div className={styles.grid2}>
          <Field {...at("language")} label={t.language}>
            <select {...bind("language")}>
              <Options values={LANGUAGES} label={(lang) => labels.languages[lang]} />
            </select>
          </Field>
          <PublicationFields at={at} bind={bind} />
          <Field {...at("reportedAt")} label={t.reportedAtUtc} hint={t.whenTheSourcesGave}>
            <input type="datetime-local" {...bind("reportedAt")} />
          </Field>
        </div>
        <Field {...at("headline")} label={t.headline} optional>
          <input type="text" {...bind("headline")} />
        </Field>
        <SearchPicker
          name="relayedById"
          label={t.relayedBy}
          optional
          hint={t.theOutletWhenIt}
          endpoint="/api/staff/sources"
          error={errors.relayedById}
          createSource={createSource}
          onChange={setRelayedBy}
        />
        <ButtonRow>
          <Button variant={rows === null ? "primary" : "secondary"} onClick={findTheFigures}>
            {rows === null ? t.findTheFigures : t.findTheFiguresAgain}
          </Button>
          {stale && <FieldError>{t.theTextChangedFind}</FieldError>}
        </ButtonRow>
      </Card>

      {rows !== null && (
        <section aria-labelledby="paste-figures-title" className={styles.form}>
          <div className={styles.sectionHead}>
            <h2 id="paste-figures-title">{t.figuresFound(rows.length)}</h2>
            <span className={styles.count}>
              {keptCount}
              {t.kept}
            </span>
          </div>
          {rows.length === 0 && <Notice>{t.noFiguresInThis}</Notice>}
          {errors.figures && <FieldError>{errors.figures}</FieldError>}
          <div className={styles.rows}>
            {rows.map((row, index) => (
              <fieldset
                key={`${row.figure.start}:${row.figure.end}`}
                className={`${styles.row} ${row.kept ? styles.rowKept : ""}`}
                aria-label={t.figureLabel(index + 1, row.figure.quote)}
              >
                <div className={styles.rowHead}>
                  <label>
                    <input
                      type="checkbox"
                      checked={row.kept}
                      onChange={(event) => updateRow(index, { kept: event.target.checked })}
                    />
                    {t.keepQuote(row.figure.quote)}
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
                {errors[`row.${index}.figure`] && <FieldError>{errors[`row.${index}.figure`]}</FieldError>}
                {row.kept && (
                  <div className={styles.grid2}>
                    <SearchPicker
                      name={`quantity-${index}`}
                      label={t.quantity}
                      endpoint="/api/staff/quantities"
                      initial={row.quantity}
                      error={errors[`row.${index}.quantityId`]}
                      onChange={(choice) => updateRow(index, { quantity: choice })}
                    />
                    <SearchPicker
                      name={`source-${index}`}
                      label={t.source}
                      endpoint="/api/staff/sources"
                      initial={row.source}
                      error={errors[`row.${index}.sourceId`]}
                      createSource={createSource}
                      onChange={(choice) => updateRow(index, { source: choice })}
                    />
                  </div>
                )}
              </fieldset>
            ))}
          </div>
          {message && (
            <Notice tone="error" role="alert">
              {message}
            </Notice>
          )}
          {rows.length > 0 && (
            <ButtonRow>
              <Button type="submit" pending={saving.pending} pendingLabel={t.saving} disabled={keptCount === 0}>
                {t.saveDrafts(keptCount)}
              </Button>
              {keptCount === 0 && <span className={styles.detail}>{t.tickTheFiguresTo}</span>}
              <SaveFault result={saving.state} />
            </ButtonRow>
          )}
        </section>
      )}
      {rows === null && message && (
        <Notice tone="error" role="alert">
          {message}
        </Notice>
      )}
    </form>
  );
}
