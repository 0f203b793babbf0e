import type { Prisma } from "@/lib/generated/prisma/client";
import type { StoredFigure } from "@/lib/figures/types";

// The groups of columns that several reads select together, named once so a field added to a
// figure or to a quantity's definition reaches every page that shows it.

/** A figure as its source gave it: the interval, its wording and what it counts. */
export const FIGURE_FIELDS = {
  value: true,
  qualifier: true,
  low: true,
  high: true,
  kind: true,
  unit: true,
} satisfies Prisma.ClaimSelect;

/** Where and when a claim was published. */
export const PUBLICATION_FIELDS = {
  articleUrl: true,
  archiveUrl: true,
  publisher: true,
  headline: true,
  publishedAt: true,
  reportedAt: true,
} satisfies Prisma.ClaimSelect;

/** A quantity's definition: what is counted, where, over when, and how its headline is chosen. */
export const QUANTITY_DEFINITION_FIELDS = {
  id: true,
  label: true,
  unit: true,
  cumulative: true,
  scopeWho: true,
  scopePlace: true,
  scopeFrom: true,
  scopeTo: true,
  measure: true,
  headlinePolicy: true,
} satisfies Prisma.QuantitySelect;

/** The columns a figure is stored in: the words its source used and the interval they allow. */
export function figureColumns({ quote, value, low, high, qualifier, kind, unit }: StoredFigure) {
  return { quote, value, low, high, qualifier, kind, unit };
}

/** Where a claim stands in the workflow, and when it moved. */
export const WORKFLOW_FIELDS = {
  status: true,
  rating: true,
  reviewNote: true,
  retractionReason: true,
  submittedAt: true,
  reviewedAt: true,
  version: true,
  createdAt: true,
  updatedAt: true,
} satisfies Prisma.ClaimSelect;

/** A source as its page and the newsroom describe it. */
export const SOURCE_PROFILE_FIELDS = {
  id: true,
  name: true,
  kind: true,
  country: true,
  homepage: true,
} satisfies Prisma.SourceSelect;

/** A story as readers and the newsroom name it: its title, address, summary, day and place. */
export const STORY_TEXT_FIELDS = {
  id: true,
  title: true,
  slug: true,
  summary: true,
  date: true,
  place: true,
} satisfies Prisma.StorySelect;
