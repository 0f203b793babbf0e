// What the home page leads with: the figures in conflict first, because sources that cannot all
// be right are what a reader most needs to know; then the latest stories, each with the state of
// its figures in a word.
import type { Locale } from "@/lib/i18n/locale";
import { summarizeQuantity, type QuantitySummary, type SummaryClaim, type SummaryQuantity } from "./quantity-summary";

export interface OverviewQuantity extends SummaryQuantity {
  id: string;
  label: string;
  claims: readonly SummaryClaim[];
}

export interface OverviewStoryInput {
  slug: string;
  title: string;
  date: string;
  place: string | null;
  quantities: readonly OverviewQuantity[];
}

export interface QuantityLine {
  id: string;
  label: string;
  status: QuantitySummary["status"];
  statusLabel: string;
  sentence: string;
  story: { slug: string; title: string };
  /** When its newest published figure was reported: the newest conflicts come first. */
  latestAt: number;
}

export interface HomeOverview {
  conflicts: QuantityLine[];
  stories: Array<{
    slug: string;
    title: string;
    date: string;
    place: string | null;
    quantities: QuantityLine[];
  }>;
}

const latestReport = (claims: readonly SummaryClaim[]) => Math.max(0, ...claims.map((c) => c.reportedAt.getTime()));

export function homeOverview(stories: readonly OverviewStoryInput[], locale: Locale, maxConflicts = 6): HomeOverview {
  const conflicts: QuantityLine[] = [];
  const overview = stories.map((story) => {
    const lines = story.quantities.map((q): QuantityLine => {
      const summary = summarizeQuantity(q, q.claims, locale);
      return {
        id: q.id,
        label: q.label,
        status: summary.status,
        statusLabel: summary.statusLabel,
        sentence: summary.sentence,
        story: { slug: story.slug, title: story.title },
        latestAt: latestReport(q.claims),
      };
    });
    conflicts.push(...lines.filter((l) => l.status === "conflict"));
    // Within a story too, a conflict is named first.
    const ordered = [...lines.filter((l) => l.status === "conflict"), ...lines.filter((l) => l.status !== "conflict")];
    return {
      slug: story.slug,
      title: story.title,
      date: story.date,
      place: story.place,
      quantities: ordered,
    };
  });
  conflicts.sort((a, b) => b.latestAt - a.latestAt);
  return { conflicts: conflicts.slice(0, maxConflicts), stories: overview };
}
