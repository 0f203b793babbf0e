// The Idlib demo's content: the strikes on Turkish troops in Idlib on 27 February 2020, the story
// Claim Tracker was first sketched from. Every sentence, headline and summary here is written in
// the project's own words; the article links point to example.org, not to real articles. Each
// claim names only its quote: its figure is what the engine reads in the sentence
// (demoFigure), never typed by hand. ./demo-seed.ts writes it.
import type { Role } from "@/lib/auth/policy";
import { findFigures, type Figure, type Lang } from "@/lib/figures";
import type { Rating, SourceKind } from "@/lib/generated/prisma/client";

export const DEMO_ACCOUNTS: readonly { role: Role; email: string; name: string }[] = [
  { role: "editor", email: "editor@newsroom.example", name: "Demo Editor" },
  { role: "reviewer", email: "reviewer@newsroom.example", name: "Demo Reviewer" },
  { role: "admin", email: "admin@newsroom.example", name: "Demo Admin" },
];

export const DEMO_STORY = {
  title: "Strikes on Turkish troops in Idlib, 27 February 2020",
  slug: "idlib-strikes-on-turkish-troops-2020-02-27",
  summary:
    "On the evening of 27 February 2020, air strikes hit Turkish troops in Idlib province, in " +
    "north-western Syria. The number of soldiers killed given by Turkish officials rose through " +
    "the night and into the next day, while Turkey pointed to the millions of Syrian refugees it " +
    "already hosts.",
  date: "2020-02-27",
  place: "Idlib, Syria",
};

export interface DemoSource {
  name: string;
  kind: SourceKind;
  country: string;
  homepage: string | null;
}

export const SOURCES = {
  hatayGovernor: {
    name: "Governor of Hatay province",
    kind: "government",
    country: "Turkey",
    homepage: "https://www.hatay.gov.tr",
  },
  anadolu: {
    name: "Anadolu Agency",
    kind: "news_agency",
    country: "Turkey",
    homepage: "https://www.aa.com.tr",
  },
  observatory: {
    name: "Syrian Observatory for Human Rights (OSDH)",
    kind: "ngo",
    country: "United Kingdom (Syrian opposition)",
    homepage: "https://www.syriahr.com",
  },
  turkishGovernment: {
    name: "Turkish government",
    kind: "government",
    country: "Turkey",
    homepage: null,
  },
  presidency: {
    name: "Turkish presidency",
    kind: "government",
    country: "Turkey",
    homepage: "https://www.tccb.gov.tr",
  },
} satisfies Record<string, DemoSource>;

export type SourceName = keyof typeof SOURCES;

export interface DemoClaim {
  /** The figure the engine must find in the sentence: its fields are the engine's, never typed here. */
  quote: string;
  sentence: string;
  language: Lang;
  source: SourceName;
  relayedBy?: SourceName;
  reportedAt: string;
  publishedAt: string;
  publisher: string;
  headline: string;
  articleUrl: string;
  rating: Rating;
}

export interface DemoQuantity {
  label: string;
  unit: string;
  cumulative: boolean;
  scopeWho: string;
  scopePlace: string;
  scopeFrom: string;
  scopeTo: string;
  measure: "killed" | "other";
  headlinePolicy: "consensus";
  claims: DemoClaim[];
}

const DEMO_ARTICLES = "https://example.org/claim-tracker-demo";

export const DEMO_QUANTITIES: readonly DemoQuantity[] = [
  {
    label: "Turkish soldiers killed in the strikes",
    unit: "soldiers",
    cumulative: true,
    scopeWho: "Turkish soldiers",
    scopePlace: "Idlib province",
    scopeFrom: "2020-02-27",
    scopeTo: "2020-02-28",
    measure: "killed",
    headlinePolicy: "consensus",
    claims: [
      {
        quote: "Au moins 29",
        sentence:
          "Au moins 29 soldats turcs ont été tués jeudi soir dans des frappes aériennes sur la province d'Idlib, a annoncé le gouverneur de la province turque de Hatay.",
        language: "fr",
        source: "hatayGovernor",
        relayedBy: "anadolu",
        reportedAt: "2020-02-27T22:00:00Z",
        publishedAt: "2020-02-27T22:40:00Z",
        publisher: "Le Registre (démo)",
        headline: "Idlib : au moins 29 soldats turcs tués, selon le gouverneur de Hatay",
        articleUrl: `${DEMO_ARTICLES}/2020/02/27/idlib-gouverneur-hatay`,
        rating: "confirmed",
      },
      {
        quote: "more than 30",
        sentence:
          "The Syrian Observatory for Human Rights said more than 30 soldiers of the Turkish army were killed in the strikes in Idlib on Thursday.",
        language: "en",
        source: "observatory",
        reportedAt: "2020-02-27T23:30:00Z",
        publishedAt: "2020-02-28T00:05:00Z",
        publisher: "The Demo Ledger",
        headline: "Monitor puts Turkish army losses in Idlib above 30",
        articleUrl: `${DEMO_ARTICLES}/2020/02/28/idlib-observatory-toll`,
        rating: "confirmed",
      },
      {
        quote: "33",
        sentence:
          "Le bilan officiel s'est alourdi vendredi à 33 soldats turcs tués dans les frappes de la veille à Idlib, selon les autorités turques.",
        language: "fr",
        source: "turkishGovernment",
        reportedAt: "2020-02-28T07:00:00Z",
        publishedAt: "2020-02-28T07:45:00Z",
        publisher: "Le Registre (démo)",
        headline: "Frappes à Idlib : le bilan officiel passe à 33 soldats turcs tués",
        articleUrl: `${DEMO_ARTICLES}/2020/02/28/idlib-bilan-officiel`,
        rating: "confirmed",
      },
    ],
  },
  {
    label: "Syrian refugees hosted by Turkey",
    unit: "refugees",
    cumulative: false,
    scopeWho: "Syrian refugees",
    scopePlace: "Turkey",
    scopeFrom: "2020-02-28",
    scopeTo: "2020-02-28",
    measure: "other",
    headlinePolicy: "consensus",
    claims: [
      {
        quote: "some 3.7 million",
        sentence:
          "Turkey already hosts some 3.7 million refugees from Syria and cannot take in more, the Turkish presidency said on Friday.",
        language: "en",
        source: "presidency",
        reportedAt: "2020-02-28T10:00:00Z",
        publishedAt: "2020-02-28T10:30:00Z",
        publisher: "The Demo Ledger",
        headline: "Turkey says it cannot take in more refugees after Idlib strikes",
        articleUrl: `${DEMO_ARTICLES}/2020/02/28/turkey-refugees`,
        rating: "unverified",
      },
    ],
  },
];

/** The figure the engine reads at `quote` in the sentence; throws when the engine reads it no more. */
export function demoFigure(claim: Pick<DemoClaim, "quote" | "sentence" | "language">): Figure {
  const figure = findFigures(claim.sentence, claim.language).find((found) => found.quote === claim.quote);
  if (!figure)
    throw new Error(`The figures engine no longer finds "${claim.quote}" in the demo sentence "${claim.sentence}".`);
  return figure;
}
