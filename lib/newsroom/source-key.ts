// One source, one row: names are compared folded, so "OSDH" typed twice, or "Observatoire
// syrien des droits de l'Homme" and "observatoire syrien des droits de l homme", meet on one key.

/** A source's name as stored in Source.key: lower case, no accents, no punctuation, single spaces. */
export function sourceKey(name: string): string {
  return name
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}
