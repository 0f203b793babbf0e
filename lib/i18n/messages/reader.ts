// The words of the home page's "Read a figure" tool, in English and French: the form, its result,
// and the messages of its validation (lib/validation/read-figures-input.ts), so that a reader is
// answered in the language they read the page in. Numbers arrive already formatted for the locale.
import type { Messages } from "../locale";

const en = {
  form: {
    textLabel: "Text",
    hint: (max: string) => `A sentence or a whole article, up to ${max} characters.`,
    placeholder: "At least 29 soldiers were killed, said the governor of Hatay.",
    langLabel: "Language of the text",
    langNames: { en: "English", fr: "French" },
    submit: "Read the figures",
    pending: "Reading…",
  },
  result: {
    found: (n: number, count: string) => (n === 1 ? "1 figure found" : `${count} figures found`),
    firstShown: (shown: string) =>
      `The first ${shown} are shown here: to read the others, paste the rest of the text on its own.`,
    limited: (seconds: string) =>
      `You have asked for many readings in a short time. Please wait ${seconds} seconds and try again.`,
    none: "No figures found in this text. Dates, clock times, ordinals and numbers in names (F-16, COVID-19) are left out on purpose.",
    // The reference is shown between these two, as code the reader can quote.
    failed: "Something went wrong while reading this text. Please try again; if it keeps happening, quote reference",
    failedEnd: ".",
  },
  table: {
    caption: "Figures found in the text",
    inText: "In the text",
    qualifier: "Qualifier",
    allows: "Allows",
    kind: "Kind",
  },
  validation: {
    noText: "Paste or type some text to read.",
    tooLong: (max: string) => `This text is too long: keep it under ${max} characters, or paste one part at a time.`,
    lang: "Choose the language the text is written in.",
  },
};

export type ReaderMessages = typeof en;

const fr: ReaderMessages = {
  form: {
    textLabel: "Texte",
    hint: (max: string) => `Une phrase ou un article entier, jusqu'à ${max} caractères.`,
    placeholder: "Au moins 29 soldats ont été tués, selon le gouverneur du Hatay.",
    langLabel: "Langue du texte",
    langNames: { en: "Anglais", fr: "Français" },
    submit: "Lire les chiffres",
    pending: "Lecture…",
  },
  result: {
    found: (n: number, count: string) => (n === 1 ? "1 chiffre trouvé" : `${count} chiffres trouvés`),
    firstShown: (shown: string) =>
      `Les ${shown} premiers sont affichés ici : pour lire les autres, collez la suite du texte à part.`,
    limited: (seconds: string) =>
      `Vous avez demandé beaucoup de lectures en peu de temps. Patientez ${seconds} secondes puis réessayez.`,
    none: "Aucun chiffre trouvé dans ce texte. Les dates, les heures, les ordinaux et les nombres dans les noms (F-16, COVID-19) sont laissés de côté à dessein.",
    failed:
      "Une erreur s'est produite pendant la lecture de ce texte. Réessayez ; si elle se reproduit, indiquez la référence",
    failedEnd: ".",
  },
  table: {
    caption: "Chiffres trouvés dans le texte",
    inText: "Dans le texte",
    qualifier: "Qualificatif",
    allows: "Admet",
    kind: "Type",
  },
  validation: {
    noText: "Collez ou saisissez un texte à lire.",
    tooLong: (max: string) =>
      `Ce texte est trop long : restez sous les ${max} caractères, ou collez-le une partie à la fois.`,
    lang: "Choisissez la langue dans laquelle le texte est écrit.",
  },
};

export const READER_MESSAGES = { en, fr } satisfies Messages<ReaderMessages>;
