// What the newsroom is told when the data layer refuses a change: a stale version, a decision
// already taken, a rule of the role table. The data layer answers a code (lib/errors.ts) and
// one of these sentences; the codes never change with the language. Staff pages are English
// for now (the French staff interface comes later): the data layer reads `REFUSALS.en`.
import type { Messages } from "../locale";

type ClaimStatus = "draft" | "in_review" | "published" | "retracted";

const en = {
  claimStatus: {
    draft: "a draft",
    in_review: "in review",
    published: "published",
    retracted: "retracted",
  } satisfies Record<ClaimStatus, string>,
  claimNotFound: "This claim does not exist, or no longer does.",
  storyNotFound: "This story does not exist, or no longer does.",
  sourceNotFound: "This source does not exist, or no longer does: it may have been merged. Reload the page.",
  sourceChanged: (name: string) =>
    `${name} changed since you opened this page (renamed, or merged with another). Nothing was merged: reload the page and check the two sources again.`,
  tokenNotFound: "This token does not exist. Reload the page.",
  fieldsNeedAttention: "Some fields need attention.",
  figuresNeedAttention: "Some figures need attention.",
  choicesGone: "Some choices are no longer available.",
  quantityNotListed: "This quantity is not in the list: choose one from the suggestions.",
  sourceNotListed: "This source is not in the list: choose one, or create it.",
  outletNotListed: "This outlet is not in the list: choose one, or create it.",
  figureGone: "This figure is no longer in the text: find the figures again.",
  figureTickedTwice: "This figure is ticked twice.",
  accountDisabled: "Choose an account that is enabled.",
  // Editing and submitting a draft.
  editorsOnly: "Only its author or a reviewer may edit this draft.",
  authorSubmits: "Only the claim's author sends it for review.",
  savedBy: (name: string | null, byYou: boolean) =>
    byYou ? "you saved it in another tab or window" : name ? `${name} saved it` : "someone saved it",
  noLongerDraft: (status: string) =>
    `This claim is now ${status}: it can no longer be changed here. Nothing of yours was saved, and your text is still in the form.`,
  changedWhileEditing: (who: string) =>
    `This draft changed while you were editing it: ${who}. Nothing was overwritten: compare the saved version with yours below, then choose which to keep.`,
  changedSinceOpened: (who: string) =>
    `This draft changed since you opened it: ${who}. Look at the changes, then submit again.`,
  // Reviewing.
  alreadyApproved: (byWhen: string) => `This claim was already approved${byWhen}. Nothing was changed.`,
  alreadySentBack: (byWhen: string) => `This claim was already sent back to its editor${byWhen}. Nothing was changed.`,
  alreadyRetracted: (byWhen: string) => `This claim was already retracted${byWhen}. Nothing was changed.`,
  decisionNoLongerApplies: (status: string) =>
    `This claim is ${status} now, so this decision no longer applies. Nothing was changed.`,
  byWhen: (reviewer: string | null, when: string | null) =>
    `${reviewer ? ` by ${reviewer}` : ""}${when ? ` on ${when}` : ""}`,
  changedSinceReviewOpened:
    "This claim changed since you opened it. Reload the page to see the change, then decide again. Nothing was changed.",
  reviewersDecide: "Only reviewers approve or reject claims.",
  ownClaimDecision: "You wrote this claim, so another reviewer must approve or reject it. Nothing was changed.",
  changedItDecision:
    "You changed this claim's text, figure or sourcing, so another reviewer must decide on it. Nothing was changed.",
  mayNotDecide: "You may not decide on this claim.",
  reviewersRetract: "Only reviewers retract claims.",
  onlyPublishedRetracted: "Only a published claim can be retracted. Nothing was changed.",
  mayNotRetract: "You may not retract this claim.",
  reviewersRate: "Only reviewers rate claims.",
  ownClaimRating: "You wrote this claim, so another reviewer must rate it. Nothing was changed.",
  draftNotRated: "A draft is not rated: it is rated once it has been submitted for review.",
  changedItRating:
    "You changed this claim's text, figure or sourcing, so another reviewer must rate it. Nothing was changed.",
  mayNotRate: "You may not rate this claim.",
};

export type RefusalMessages = typeof en;

const fr: RefusalMessages = {
  claimStatus: {
    draft: "un brouillon",
    in_review: "en relecture",
    published: "publiée",
    retracted: "retirée",
  },
  claimNotFound: "Cette affirmation n'existe pas, ou plus.",
  storyNotFound: "Ce sujet n'existe pas, ou plus.",
  sourceNotFound: "Cette source n'existe pas, ou plus : elle a peut-être été fusionnée. Rechargez la page.",
  sourceChanged: (name: string) =>
    `${name} a changé depuis l'ouverture de cette page (renommée, ou fusionnée avec une autre). Rien n'a été fusionné : rechargez la page et vérifiez de nouveau les deux sources.`,
  tokenNotFound: "Ce jeton n'existe pas. Rechargez la page.",
  fieldsNeedAttention: "Certains champs sont à revoir.",
  figuresNeedAttention: "Certains chiffres sont à revoir.",
  choicesGone: "Certains choix ne sont plus disponibles.",
  quantityNotListed: "Cette quantité n'est pas dans la liste : choisissez-en une parmi les suggestions.",
  sourceNotListed: "Cette source n'est pas dans la liste : choisissez-en une, ou créez-la.",
  outletNotListed: "Ce média n'est pas dans la liste : choisissez-en un, ou créez-le.",
  figureGone: "Ce chiffre n'est plus dans le texte : relancez la recherche des chiffres.",
  figureTickedTwice: "Ce chiffre est coché deux fois.",
  accountDisabled: "Choisissez un compte actif.",
  editorsOnly: "Seuls son auteur ou un relecteur peuvent modifier ce brouillon.",
  authorSubmits: "Seul l'auteur de l'affirmation l'envoie en relecture.",
  savedBy: (name, byYou) =>
    byYou
      ? "vous l'avez enregistré dans un autre onglet ou une autre fenêtre"
      : name
        ? `${name} l'a enregistré`
        : "quelqu'un l'a enregistré",
  noLongerDraft: (status) =>
    `Cette affirmation est désormais ${status} : elle ne peut plus être modifiée ici. Rien de votre saisie n'a été enregistré, et votre texte est toujours dans le formulaire.`,
  changedWhileEditing: (who) =>
    `Ce brouillon a changé pendant que vous le modifiiez : ${who}. Rien n'a été écrasé : comparez la version enregistrée avec la vôtre ci-dessous, puis choisissez laquelle garder.`,
  changedSinceOpened: (who) =>
    `Ce brouillon a changé depuis que vous l'avez ouvert : ${who}. Regardez les changements, puis renvoyez-le.`,
  alreadyApproved: (byWhen) => `Cette affirmation a déjà été approuvée${byWhen}. Rien n'a été modifié.`,
  alreadySentBack: (byWhen) => `Cette affirmation a déjà été renvoyée à son rédacteur${byWhen}. Rien n'a été modifié.`,
  alreadyRetracted: (byWhen) => `Cette affirmation a déjà été retirée${byWhen}. Rien n'a été modifié.`,
  decisionNoLongerApplies: (status) =>
    `Cette affirmation est désormais ${status} : cette décision ne s'applique plus. Rien n'a été modifié.`,
  byWhen: (reviewer, when) => `${reviewer ? ` par ${reviewer}` : ""}${when ? ` le ${when}` : ""}`,
  changedSinceReviewOpened:
    "Cette affirmation a changé depuis que vous l'avez ouverte. Rechargez la page pour voir le changement, puis décidez à nouveau. Rien n'a été modifié.",
  reviewersDecide: "Seuls les relecteurs approuvent ou refusent les affirmations.",
  ownClaimDecision:
    "Vous avez écrit cette affirmation : un autre relecteur doit l'approuver ou la refuser. Rien n'a été modifié.",
  changedItDecision:
    "Vous avez modifié le texte, le chiffre ou la source de cette affirmation : un autre relecteur doit en décider. Rien n'a été modifié.",
  mayNotDecide: "Vous ne pouvez pas décider de cette affirmation.",
  reviewersRetract: "Seuls les relecteurs retirent des affirmations.",
  onlyPublishedRetracted: "Seule une affirmation publiée peut être retirée. Rien n'a été modifié.",
  mayNotRetract: "Vous ne pouvez pas retirer cette affirmation.",
  reviewersRate: "Seuls les relecteurs évaluent les affirmations.",
  ownClaimRating: "Vous avez écrit cette affirmation : un autre relecteur doit l'évaluer. Rien n'a été modifié.",
  draftNotRated: "Un brouillon n'est pas évalué : il l'est une fois envoyé en relecture.",
  changedItRating:
    "Vous avez modifié le texte, le chiffre ou la source de cette affirmation : un autre relecteur doit l'évaluer. Rien n'a été modifié.",
  mayNotRate: "Vous ne pouvez pas évaluer cette affirmation.",
};

export const REFUSALS = { en, fr } satisfies Messages<RefusalMessages>;
