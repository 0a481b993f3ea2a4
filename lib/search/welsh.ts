/**
 * Welsh words for the site search and the directory's search. Pagefind and PostgreSQL stem English
 * but have no Welsh stemmer, and Welsh changes the start of a word as well as its end:
 * "cymwysterau" appears as "gymwysterau", "nghymwysterau" and "chymwysterau" (mutations), and
 * "cymwyster-" takes plural endings. So a Welsh query is searched in every form its words can take:
 * the plural ending removed (matched as the start of a word) and the first letters in each of their
 * mutations.
 */

// Letters that replace one another at the start of a word (radical, soft, nasal, aspirate).
// "m" and "n" are left out: as radicals they are so common that a search for "bae" would find "mae".
// Each set is in the order its forms are most often met (radical, soft, then nasal and aspirate).
const MUTATION_SETS = [
  ["c", "g", "ngh", "ch", "ng"],
  ["p", "b", "f", "mh", "ph"],
  ["t", "d", "dd", "nh", "th"],
  ["ll", "l"],
  ["rh", "r"],
];
const PLURAL_ENDINGS = ["iau", "oedd", "ydd", "ion", "au", "on"];
/** Most forms of one word searched; most searches one query makes. */
const MAX_SEARCHES = 24;
/** Most words of one query the directory's search reads: more add nothing but work. */
const MAX_WORDS = 8;

/** The word with a plural ending removed, when enough of it is left to mean something. */
export function welshStem(word: string): string {
  const lower = word.toLocaleLowerCase("cy");
  const ending = PLURAL_ENDINGS.find((e) => lower.endsWith(e) && lower.length - e.length >= 4);
  return ending ? lower.slice(0, -ending.length) : lower;
}

/** Every form the start of a (stemmed) word can take. The word itself comes first. */
export function welshForms(word: string): string[] {
  const stem = welshStem(word);
  const forms = [stem];
  for (const set of MUTATION_SETS) {
    const start = set.filter((p) => stem.startsWith(p)).sort((a, b) => b.length - a.length)[0];
    if (start) {
      const rest = stem.slice(start.length);
      forms.push(...set.map((p) => p + rest));
      break;
    }
  }
  // The soft mutation of "g" drops it: "waith" is "gwaith", and "gofal" is "ei ofal".
  if (/^(?:[aeiouwyâêîôûŵŷ]|l(?!l)|r(?!h))/.test(stem)) forms.push(`g${stem}`);
  else if (/^g[^h]/.test(stem) && stem.length >= 4) forms.push(stem.slice(1));
  return [...new Set(forms)];
}

/**
 * The queries to run for what someone typed in Welsh: every combination of the forms of its
 * words, the typed form first, at most MAX_SEARCHES (later words keep fewer forms).
 */
export function welshQueries(query: string): string[] {
  const words = query.split(/\s+/).filter(Boolean);
  let queries = [""];
  for (const word of words) {
    const room = Math.max(1, Math.floor(MAX_SEARCHES / queries.length));
    const forms = /^[\p{L}'’-]+$/u.test(word) ? welshForms(word).slice(0, room) : [word];
    queries = queries.flatMap((q) => forms.map((f) => (q ? `${q} ${f}` : f)));
  }
  return queries.filter(Boolean).slice(0, MAX_SEARCHES);
}

/**
 * What someone typed, as a tsquery for Welsh text indexed as written ('simple'): every word must be
 * there, in any of its forms; the forms of a word of four letters or more also match as the start
 * of a word (so "cymwysterau", searched as "cymwyster", finds "chymwysterau" and "cymwysterau").
 * Only letters and digits reach the query, so its syntax cannot be forged; "" when no word is left.
 * At most MAX_WORDS words.
 */
export function welshTsQuery(query: string): string {
  const words = query.normalize("NFC").toLocaleLowerCase("cy").match(/[\p{L}\p{N}]+/gu) ?? [];
  return [...new Set(words)]
    .slice(0, MAX_WORDS)
    .map((word) => {
      const forms = /^\p{L}+$/u.test(word) ? welshForms(word) : [word];
      const prefix = word.length >= 4 ? ":*" : "";
      return `(${forms.map((form) => `'${form}'${prefix}`).join(" | ")})`;
    })
    .join(" & ");
}
