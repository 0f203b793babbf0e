// The staff claims list (/claims): its filters, table, saved filters and bulk actions, in English
// and French. The page reads it with requestLocale(); the client parts (the bulk actions' bar
// and preview) are handed their section, which holds plain strings only (a client component's
// props cannot carry functions): "{count}" and the like are filled in by `fill`.
import type { Messages } from "../locale";

type ClaimStatus = "draft" | "in_review" | "published" | "retracted";
type Rating = "unverified" | "confirmed" | "disputed" | "false" | "misleading";
type Sort = "updated" | "reported" | "logged" | "source";
type Refusal = "own" | "changed_it" | "not_yours" | "wrong_status" | "stale" | "not_found";
type Fault = "busy" | "full" | "unavailable";
type Problem = "unknown_value" | "not_an_id" | "not_a_day" | "too_long" | "repeated" | "ends_before_start";
type Param =
  | "status"
  | "story"
  | "quantity"
  | "source"
  | "author"
  | "reviewer"
  | "rating"
  | "language"
  | "from"
  | "to"
  | "q"
  | "sort"
  | "order";

/** One form for one, another for any other count: "1 claim", "3 claims". */
export interface CountWords {
  one: string;
  other: string;
}

/** The bulk actions' words: plain strings, for the client. */
export interface BulkWords {
  numberLocale: string;
  legend: string;
  selected: CountWords;
  scopeSelected: string;
  scopeMatching: CountWords;
  limit: string;
  submit: string;
  submitting: string;
  previewApproval: string;
  previewing: string;
  deleteDrafts: string;
  deleting: string;
  /** The confirmation before drafts are deleted. */
  deleteQuestion: string;
  deleteExplanation: string;
  deleteConfirm: string;
  deleteCancel: string;
  nothingTicked: string;
  selectPage: string;
  // The preview
  previewTitle: string;
  previewLede: string;
  previewColumns: { claim: string; quantity: string; now: string; after: string };
  willApprove: string;
  noChange: string;
  replaces: string;
  replacedBy: string;
  skipped: Record<Refusal, string>;
  confirm: CountWords;
  confirming: string;
  cancel: string;
  nothingToApprove: string;
  // Outcomes
  submitted: CountWords;
  approved: CountWords;
  deleted: CountWords;
  refusedHeading: string;
  refused: Record<Refusal, CountWords>;
  /** Deleting's own words for the refusals that mean something else than for submit and approve. */
  deleteRefused: Record<"not_yours" | "wrong_status", CountWords>;
  notReached: CountWords;
  capped: string;
  faults: Record<Fault, string>;
  failed: string;
}

export interface SavedFilterWords {
  heading: string;
  builtIn: { myDrafts: string; waiting: string };
  nameLabel: string;
  nameHint: string;
  save: string;
  saving: string;
  saved: string;
  delete: string;
  deleteLabel: string;
  deleting: string;
  refusals: { name_taken: string; too_many: string; not_found: string };
  failed: string;
}

export interface ClaimsListMessages {
  title: string;
  lede: string;
  count: CountWords;
  countFiltered: CountWords;
  filters: {
    legend: string;
    status: string;
    story: string;
    quantity: string;
    quantityHint: string;
    source: string;
    author: string;
    reviewer: string;
    rating: string;
    language: string;
    from: string;
    to: string;
    datesHint: string;
    words: string;
    wordsHint: string;
    sort: string;
    order: string;
    any: string;
    me: string;
    others: string;
    noReviewer: string;
    apply: string;
    clear: string;
  };
  statuses: Record<ClaimStatus, string>;
  ratings: Record<Rating, string>;
  languages: Record<string, string>;
  sorts: Record<Sort, string>;
  orders: { desc: string; asc: string };
  params: Record<Param, string>;
  problems: {
    heading: string;
    kinds: Record<Problem, string>;
    clear: string;
  };
  table: {
    caption: string;
    pick: string;
    claim: string;
    status: string;
    people: string;
    reported: string;
    updated: string;
    by: string;
    reviewedBy: string;
    sortBy: string;
    ascending: string;
    descending: string;
    empty: string;
    emptyFiltered: string;
  };
  pager: { label: string; first: string; previous: string; next: string; pageOf: string };
  bulk: BulkWords;
  saved: SavedFilterWords;
}

const en: ClaimsListMessages = {
  title: "Claims",
  lede: "Every claim of the newsroom, whatever its status: filter, sort, save a filter, and act on many at once.",
  count: { one: "1 claim", other: "{count} claims" },
  countFiltered: { one: "1 claim matches", other: "{count} claims match" },
  filters: {
    legend: "Filter the claims",
    status: "Status",
    story: "Story",
    quantity: "Quantity",
    quantityHint: "Many quantities: choose a story, apply, then its quantity.",
    source: "Source",
    author: "Author",
    reviewer: "Reviewer",
    rating: "Rating",
    language: "Language",
    from: "Reported from",
    to: "Reported to",
    datesHint: "The day the source gave the figure (its “as of”), UTC; both days included.",
    words: "Words",
    wordsHint: "In the quote, its sentence or a reviewer’s note; every word must appear.",
    sort: "Sort by",
    order: "Order",
    any: "Any",
    me: "Me",
    others: "Anyone but me",
    noReviewer: "No reviewer yet",
    apply: "Apply filters",
    clear: "Clear all",
  },
  statuses: { draft: "Draft", in_review: "In review", published: "Published", retracted: "Retracted" },
  ratings: {
    unverified: "Unverified",
    confirmed: "Confirmed",
    disputed: "Disputed",
    false: "False",
    misleading: "Misleading",
  },
  languages: { en: "English", fr: "French" },
  sorts: { updated: "Last change", reported: "Reported (as of)", logged: "Logged", source: "Source" },
  orders: { desc: "Newest first (Z–A)", asc: "Oldest first (A–Z)" },
  params: {
    status: "status",
    story: "story",
    quantity: "quantity",
    source: "source",
    author: "author",
    reviewer: "reviewer",
    rating: "rating",
    language: "language",
    from: "reported from",
    to: "reported to",
    q: "words",
    sort: "sort",
    order: "order",
  },
  problems: {
    heading: "This filter has a mistake, so no claim is listed:",
    kinds: {
      unknown_value: "The {param} “{value}” is not one the list knows.",
      not_an_id: "The {param} “{value}” is not an address of ours.",
      not_a_day: "The {param} “{value}” is not a day: write it as 2020-02-27.",
      too_long: "The {param} are too long: keep them under 200 characters.",
      repeated: "The {param} is given more than once ({value}): keep one.",
      ends_before_start: "The {param} day ({value}) comes before the first day.",
    },
    clear: "Start again with no filter",
  },
  table: {
    caption: "Claims matching the filter",
    pick: "Select",
    claim: "Claim",
    status: "Status",
    people: "People",
    reported: "Reported",
    updated: "Last change",
    by: "By",
    reviewedBy: "Reviewed by",
    sortBy: "Sort by {column}",
    ascending: "ascending",
    descending: "descending",
    empty: "No claim yet. Log one, paste an article or import a file.",
    emptyFiltered: "No claim matches this filter.",
  },
  pager: {
    label: "Pages of claims",
    first: "First",
    previous: "Previous",
    next: "Next",
    pageOf: "Page {page} of {pages}",
  },
  bulk: {
    numberLocale: "en-GB",
    legend: "Act on several claims",
    selected: { one: "1 claim ticked", other: "{count} claims ticked" },
    scopeSelected: "The claims ticked below",
    scopeMatching: { one: "The 1 claim matching the filter", other: "All {count} claims matching the filter" },
    limit: "At most {limit} claims per action: past that, the first {limit} in the list’s order.",
    submit: "Submit for review",
    submitting: "Submitting…",
    previewApproval: "Preview approval",
    previewing: "Preparing the preview…",
    deleteDrafts: "Delete drafts",
    deleting: "Deleting…",
    deleteQuestion: "Delete these drafts?",
    deleteExplanation:
      "The drafts among them that you may delete (your own; an admin: anyone’s) leave every list. Each keeps its history. Claims in review or published are left as they are.",
    deleteConfirm: "Delete the drafts",
    deleteCancel: "Cancel",
    nothingTicked: "Tick at least one claim, or choose all those matching the filter.",
    selectPage: "Tick every claim on this page",
    previewTitle: "Approve these claims?",
    previewLede:
      "Claim by claim, what each quantity’s public status becomes as they are approved in this order. Nothing is approved until you confirm.",
    previewColumns: { claim: "Claim", quantity: "Quantity", now: "Before", after: "After approval" },
    willApprove: "Will be approved",
    noChange: "The status and the agreed figure stay the same.",
    replaces: "Replaces the same source’s earlier {quotes}.",
    replacedBy: "The same source’s later “{quote}” already replaces it: it does not enter the comparison.",
    skipped: {
      own: "Not approved: you wrote it. Another reviewer must approve it.",
      changed_it: "Not approved: you changed it since its last approval. Another reviewer must decide.",
      not_yours: "Not approved.",
      wrong_status: "Not approved: it is not in review.",
      stale: "Not approved: it changed since the list showed it. Reload the list.",
      not_found: "Not approved: it no longer exists.",
    },
    confirm: { one: "Approve 1 claim", other: "Approve {count} claims" },
    confirming: "Approving…",
    cancel: "Cancel",
    nothingToApprove: "None of these claims can be approved by you.",
    submitted: { one: "1 claim submitted for review.", other: "{count} claims submitted for review." },
    approved: { one: "1 claim approved and published.", other: "{count} claims approved and published." },
    deleted: {
      one: "1 draft deleted (its history is kept).",
      other: "{count} drafts deleted (their history is kept).",
    },
    deleteRefused: {
      not_yours: {
        one: "1 draft of someone else: only its author or an admin deletes it.",
        other: "{count} drafts of someone else: only their authors or an admin delete them.",
      },
      wrong_status: {
        one: "1 not a draft: withdraw or reject it first, or retract it once published.",
        other: "{count} not drafts: withdraw or reject them first, or retract them once published.",
      },
    },
    refusedHeading: "Left as they were:",
    refused: {
      own: {
        one: "1 you wrote yourself: another reviewer must approve it.",
        other: "{count} you wrote yourself: another reviewer must approve them.",
      },
      changed_it: {
        one: "1 you changed since its last approval: another reviewer must decide.",
        other: "{count} you changed since their last approval: another reviewer must decide.",
      },
      not_yours: {
        one: "1 draft of someone else: only its author submits it.",
        other: "{count} drafts of someone else: only their authors submit them.",
      },
      wrong_status: {
        one: "1 not in the right status (a draft to submit, in review to approve).",
        other: "{count} not in the right status (a draft to submit, in review to approve).",
      },
      stale: {
        one: "1 changed since the list showed it: reload and look again.",
        other: "{count} changed since the list showed them: reload and look again.",
      },
      not_found: { one: "1 no longer exists.", other: "{count} no longer exist." },
    },
    notReached: {
      one: "1 claim was not reached and is unchanged: try again in a moment.",
      other: "{count} claims were not reached and are unchanged: try again in a moment.",
    },
    capped: "{matched} claims matched the filter; this action took the first {limit}. Run it again for the rest.",
    faults: {
      busy: "The database is busy; nothing more was saved. Try again in 5 seconds.",
      full: "The database is full: nothing more was saved. Ask whoever runs the server.",
      unavailable: "The database cannot be reached right now; nothing more was saved. Try again in 10 seconds.",
    },
    failed: "This did not work: {message}",
  },
  saved: {
    heading: "Saved filters",
    builtIn: { myDrafts: "My drafts", waiting: "Waiting for me" },
    nameLabel: "Save this filter as",
    nameHint: "To come back to it in one click: a name only you see, such as “Idlib tolls to check”.",
    save: "Save filter",
    saving: "Saving…",
    saved: "Filter saved.",
    delete: "Delete",
    deleteLabel: "Delete the saved filter “{name}”",
    deleting: "Deleting…",
    refusals: {
      name_taken: "You already have a filter of that name: choose another, or delete the old one first.",
      too_many: "You have kept as many filters as the list allows: delete one first.",
      not_found: "This filter was already deleted.",
    },
    failed: "This did not work: {message}",
  },
};

const fr: ClaimsListMessages = {
  title: "Affirmations",
  lede: "Toutes les affirmations de la rédaction, quel que soit leur statut : filtrez, triez, enregistrez un filtre et agissez sur plusieurs à la fois.",
  count: { one: "1 affirmation", other: "{count} affirmations" },
  countFiltered: { one: "1 affirmation correspond", other: "{count} affirmations correspondent" },
  filters: {
    legend: "Filtrer les affirmations",
    status: "Statut",
    story: "Sujet",
    quantity: "Quantité",
    quantityHint: "Beaucoup de quantités : choisissez un sujet, appliquez, puis sa quantité.",
    source: "Source",
    author: "Auteur",
    reviewer: "Relecteur",
    rating: "Évaluation",
    language: "Langue",
    from: "Donnée à partir du",
    to: "Donnée jusqu’au",
    datesHint: "Le jour où la source a donné le chiffre (sa date « au »), en UTC ; les deux jours inclus.",
    words: "Mots",
    wordsHint: "Dans la citation, sa phrase ou une note de relecture ; tous les mots doivent y figurer.",
    sort: "Trier par",
    order: "Ordre",
    any: "Tous",
    me: "Moi",
    others: "Tous sauf moi",
    noReviewer: "Pas encore de relecteur",
    apply: "Appliquer les filtres",
    clear: "Tout effacer",
  },
  statuses: { draft: "Brouillon", in_review: "En relecture", published: "Publiée", retracted: "Retirée" },
  ratings: {
    unverified: "Non vérifiée",
    confirmed: "Confirmée",
    disputed: "Contestée",
    false: "Fausse",
    misleading: "Trompeuse",
  },
  languages: { en: "Anglais", fr: "Français" },
  sorts: { updated: "Dernière modification", reported: "Date du chiffre", logged: "Saisie", source: "Source" },
  orders: { desc: "Récentes d’abord (Z–A)", asc: "Anciennes d’abord (A–Z)" },
  params: {
    status: "statut",
    story: "sujet",
    quantity: "quantité",
    source: "source",
    author: "auteur",
    reviewer: "relecteur",
    rating: "évaluation",
    language: "langue",
    from: "date de début",
    to: "date de fin",
    q: "mots",
    sort: "tri",
    order: "ordre",
  },
  problems: {
    heading: "Ce filtre contient une erreur, aucune affirmation n’est donc affichée :",
    kinds: {
      unknown_value: "Le paramètre {param} « {value} » n’est pas une valeur connue de la liste.",
      not_an_id: "Le paramètre {param} « {value} » n’est pas une adresse de chez nous.",
      not_a_day: "Le paramètre {param} « {value} » n’est pas un jour : écrivez-le 2020-02-27.",
      too_long: "Les {param} sont trop longs : moins de 200 caractères.",
      repeated: "Le paramètre {param} est donné plusieurs fois ({value}) : n’en gardez qu’un.",
      ends_before_start: "La {param} ({value}) précède le premier jour.",
    },
    clear: "Recommencer sans filtre",
  },
  table: {
    caption: "Affirmations correspondant au filtre",
    pick: "Choisir",
    claim: "Affirmation",
    status: "Statut",
    people: "Personnes",
    reported: "Date du chiffre",
    updated: "Dernière modification",
    by: "Par",
    reviewedBy: "Relue par",
    sortBy: "Trier par {column}",
    ascending: "croissant",
    descending: "décroissant",
    empty: "Aucune affirmation pour l’instant. Saisissez-en une, collez un article ou importez un fichier.",
    emptyFiltered: "Aucune affirmation ne correspond à ce filtre.",
  },
  pager: {
    label: "Pages d’affirmations",
    first: "Première",
    previous: "Précédente",
    next: "Suivante",
    pageOf: "Page {page} sur {pages}",
  },
  bulk: {
    numberLocale: "fr-FR",
    legend: "Agir sur plusieurs affirmations",
    selected: { one: "1 affirmation cochée", other: "{count} affirmations cochées" },
    scopeSelected: "Les affirmations cochées ci-dessous",
    scopeMatching: {
      one: "La seule affirmation correspondant au filtre",
      other: "Les {count} affirmations correspondant au filtre",
    },
    limit: "Au plus {limit} affirmations par action : au-delà, les {limit} premières dans l’ordre de la liste.",
    submit: "Envoyer en relecture",
    submitting: "Envoi…",
    previewApproval: "Prévisualiser l’approbation",
    previewing: "Préparation de l’aperçu…",
    deleteDrafts: "Supprimer les brouillons",
    deleting: "Suppression…",
    deleteQuestion: "Supprimer ces brouillons ?",
    deleteExplanation:
      "Les brouillons que vous pouvez supprimer (les vôtres ; pour un administrateur, tous) quittent toutes les listes. Chacun garde son historique. Les affirmations en relecture ou publiées restent telles quelles.",
    deleteConfirm: "Supprimer les brouillons",
    deleteCancel: "Annuler",
    nothingTicked: "Cochez au moins une affirmation, ou choisissez toutes celles du filtre.",
    selectPage: "Cocher toutes les affirmations de cette page",
    previewTitle: "Approuver ces affirmations ?",
    previewLede:
      "Affirmation par affirmation, ce que devient le statut public de chaque quantité à mesure qu’elles sont approuvées dans cet ordre. Rien n’est approuvé avant votre confirmation.",
    previewColumns: { claim: "Affirmation", quantity: "Quantité", now: "Avant", after: "Après approbation" },
    willApprove: "Sera approuvée",
    noChange: "Le statut et le chiffre retenu ne changent pas.",
    replaces: "Remplace le chiffre antérieur de la même source : {quotes}.",
    replacedBy:
      "Le chiffre plus récent de la même source, « {quote} », la remplace déjà : elle n’entre pas dans la comparaison.",
    skipped: {
      own: "Non approuvée : vous l’avez écrite. Un autre relecteur doit l’approuver.",
      changed_it:
        "Non approuvée : vous l’avez modifiée depuis sa dernière approbation. Un autre relecteur doit décider.",
      not_yours: "Non approuvée.",
      wrong_status: "Non approuvée : elle n’est pas en relecture.",
      stale: "Non approuvée : elle a changé depuis l’affichage de la liste. Rechargez la liste.",
      not_found: "Non approuvée : elle n’existe plus.",
    },
    confirm: { one: "Approuver 1 affirmation", other: "Approuver {count} affirmations" },
    confirming: "Approbation…",
    cancel: "Annuler",
    nothingToApprove: "Vous ne pouvez approuver aucune de ces affirmations.",
    submitted: { one: "1 affirmation envoyée en relecture.", other: "{count} affirmations envoyées en relecture." },
    approved: { one: "1 affirmation approuvée et publiée.", other: "{count} affirmations approuvées et publiées." },
    deleted: {
      one: "1 brouillon supprimé (son historique est conservé).",
      other: "{count} brouillons supprimés (leur historique est conservé).",
    },
    deleteRefused: {
      not_yours: {
        one: "1 brouillon d’une autre personne : seuls son auteur ou un administrateur le suppriment.",
        other: "{count} brouillons d’autres personnes : seuls leurs auteurs ou un administrateur les suppriment.",
      },
      wrong_status: {
        one: "1 qui n’est pas un brouillon : retirez-la ou refusez-la d’abord, ou retirez-la de la publication.",
        other:
          "{count} qui ne sont pas des brouillons : retirez-les ou refusez-les d’abord, ou retirez-les de la publication.",
      },
    },
    refusedHeading: "Laissées en l’état :",
    refused: {
      own: {
        one: "1 que vous avez écrite : un autre relecteur doit l’approuver.",
        other: "{count} que vous avez écrites : un autre relecteur doit les approuver.",
      },
      changed_it: {
        one: "1 que vous avez modifiée depuis sa dernière approbation : un autre relecteur doit décider.",
        other: "{count} que vous avez modifiées depuis leur dernière approbation : un autre relecteur doit décider.",
      },
      not_yours: {
        one: "1 brouillon d’une autre personne : seul son auteur l’envoie.",
        other: "{count} brouillons d’autres personnes : seuls leurs auteurs les envoient.",
      },
      wrong_status: {
        one: "1 qui n’a pas le bon statut (brouillon pour l’envoi, en relecture pour l’approbation).",
        other: "{count} qui n’ont pas le bon statut (brouillon pour l’envoi, en relecture pour l’approbation).",
      },
      stale: {
        one: "1 modifiée depuis l’affichage de la liste : rechargez et regardez à nouveau.",
        other: "{count} modifiées depuis l’affichage de la liste : rechargez et regardez à nouveau.",
      },
      not_found: { one: "1 n’existe plus.", other: "{count} n’existent plus." },
    },
    notReached: {
      one: "1 affirmation n’a pas été traitée et reste inchangée : réessayez dans un instant.",
      other: "{count} affirmations n’ont pas été traitées et restent inchangées : réessayez dans un instant.",
    },
    capped:
      "{matched} affirmations correspondaient au filtre ; cette action a pris les {limit} premières. Relancez-la pour les suivantes.",
    faults: {
      busy: "La base de données est occupée ; rien de plus n’a été enregistré. Réessayez dans 5 secondes.",
      full: "La base de données est pleine : rien de plus n’a été enregistré. Prévenez la personne qui gère le serveur.",
      unavailable:
        "La base de données est injoignable pour l’instant ; rien de plus n’a été enregistré. Réessayez dans 10 secondes.",
    },
    failed: "Cela n’a pas fonctionné : {message}",
  },
  saved: {
    heading: "Filtres enregistrés",
    builtIn: { myDrafts: "Mes brouillons", waiting: "En attente de moi" },
    nameLabel: "Enregistrer ce filtre sous",
    nameHint: "Pour y revenir en un clic : un nom que vous seul voyez, comme « Bilans d’Idlib à vérifier ».",
    save: "Enregistrer le filtre",
    saving: "Enregistrement…",
    saved: "Filtre enregistré.",
    delete: "Supprimer",
    deleteLabel: "Supprimer le filtre enregistré « {name} »",
    deleting: "Suppression…",
    refusals: {
      name_taken: "Vous avez déjà un filtre de ce nom : choisissez-en un autre, ou supprimez d’abord l’ancien.",
      too_many: "Vous avez atteint le nombre de filtres que la liste permet : supprimez-en un d’abord.",
      not_found: "Ce filtre a déjà été supprimé.",
    },
    failed: "Cela n’a pas fonctionné : {message}",
  },
};

export const CLAIMS_LIST_MESSAGES = { en, fr } satisfies Messages<ClaimsListMessages>;

/** A template's {names} filled in: fill("{count} claims", { count: "3" }). */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** A count in words, its number written as the reader's language writes it ("1 234", "1,234"). */
export function countIn(words: CountWords, count: number, numberLocale: string): string {
  return fill(count === 1 ? words.one : words.other, {
    count: new Intl.NumberFormat(numberLocale).format(count),
  });
}
