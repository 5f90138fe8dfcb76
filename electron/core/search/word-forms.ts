// English word forms folded to one key, so "incentives" finds "incentive", "taken" finds "take" and "Defence"
// finds "defense". Applied at query time over the index's own dictionary (`SearchIndex.formsOf`), so the stored
// index keeps its words as written and a snippet marks the form the text uses. Only words that cannot be a
// Vietnamese syllable are touched ("thue" is thuế, never "thu" + e): Vietnamese has no inflection to fold.
// Light on purpose: plurals, -ed/-ing, third person -s, a few irregular verbs and the British/American spellings;
// no derivation (effective ≠ effect, respective ≠ respect), which would make "every word must match" lie.

/**
 * British spellings and the American form they fold to: the one table of spelling variants (search, defined terms
 * and the library filter all go through `wordKey`). Keys and values are base forms; inflections follow.
 */
export const SPELLING_VARIANTS: Readonly<Record<string, string>> = {
  defence: 'defense',
  offence: 'offense',
  licence: 'license',
  pretence: 'pretense',
  programme: 'program',
  centre: 'center',
  metre: 'meter',
  litre: 'liter',
  fibre: 'fiber',
  theatre: 'theater',
  labour: 'labor',
  favour: 'favor',
  honour: 'honor',
  behaviour: 'behavior',
  colour: 'color',
  harbour: 'harbor',
  neighbour: 'neighbor',
  endeavour: 'endeavor',
  judgement: 'judgment',
  acknowledgement: 'acknowledgment',
  catalogue: 'catalog',
  enrolment: 'enrollment',
  fulfil: 'fulfill',
  fulfilment: 'fulfillment',
  instalment: 'installment',
  ageing: 'aging',
  cheque: 'check',
  analyse: 'analyze',
  paralyse: 'paralyze',
  catalyse: 'catalyze',
};

// -ise/-isation roots spelt -ize/-ization in American English ("organisation", "mobilised", "prioritising"); a
// closed list, since "promise", "exercise", "enterprise" and "otherwise" end in -ise everywhere.
const ISE_ROOTS =
  'organ|mobil|author|recogn|real|special|priorit|util|final|modern|standard|minim|maxim|harmon|character|' +
  'legal|central|capital|civil|formal|normal|optim|summar|categor|subsid|privat|computer|digit|industrial|' +
  'commercial|national|internal|memor|visual|stabil|neutral|equal|custom|local|global|revital|emphas|critic|' +
  'apolog|familiar|synchron|jeopard|legitim|rational|decentral|liberal|personal|criminal|monopol|capsul';
const ISE = new RegExp(`^(${ISE_ROOTS})is(e|ed|es|ing|er|ers|ation|ations|ational|ationally)$`);
// Roots whose final l doubles in British inflection ("cancelled", "labelling") but not in American.
const DOUBLE_L =
  /^(cancel|label|model|travel|counsel|total|fuel|level|channel|signal|marshal|equal|dial)l(ed|ing|er|ers)$/;

/** Irregular forms and the base they fold with ("took", "taken" → "take"). */
const IRREGULAR: Readonly<Record<string, string>> = {
  took: 'take',
  taken: 'take',
  undertook: 'undertake',
  undertaken: 'undertake',
  gave: 'give',
  given: 'give',
  wrote: 'write',
  written: 'write',
  made: 'make',
  came: 'come',
  became: 'become',
  brought: 'bring',
  bought: 'buy',
  held: 'hold',
  paid: 'pay',
  sent: 'send',
  spent: 'spend',
  built: 'build',
  began: 'begin',
  begun: 'begin',
  chose: 'choose',
  chosen: 'choose',
  kept: 'keep',
  meant: 'mean',
  sold: 'sell',
  told: 'tell',
  arose: 'arise',
  arisen: 'arise',
  withdrew: 'withdraw',
  withdrawn: 'withdraw',
  drew: 'draw',
  drawn: 'draw',
  shown: 'show',
  known: 'know',
  knew: 'know',
  criteria: 'criterion',
  children: 'child',
  indices: 'index',
  appendices: 'appendix',
};

/** Words an -s never marks as plural (kept whole). */
const NOT_PLURAL = new Set([
  'news',
  'series',
  'species',
  'means',
  'goods',
  'arms',
  'customs',
  'always',
  'perhaps',
  'whereas',
]);

// A folded Vietnamese syllable: optional onset, one to three vowels, optional final consonant. English words of
// that shape ("the", "main", "long") are left whole too, which costs nothing: none of them is inflected.
const VIETNAMESE_SYLLABLE =
  /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(ch|nh|ng|[cmnpt])?$/;
const LETTERS = /^[a-z]+$/;
const VOWEL = /[aeiouy]/;

/**
 * The key a folded word is matched by: its English base form with the American spelling ("defences" → "defens",
 * "incentives" → "incentiv", "taken" → "tak"), or the word itself when it is not an English word to fold.
 * Keys are only compared, never shown.
 */
export function wordKey(folded: string): string {
  if (folded.length < 3 || !LETTERS.test(folded) || VIETNAMESE_SYLLABLE.test(folded)) return folded;
  let w = IRREGULAR[folded] ?? folded;
  w = w.replace(ISE, '$1iz$2').replace(DOUBLE_L, '$1$2');
  if (!NOT_PLURAL.has(w)) w = stripPlural(w);
  const stem = stripVerbEnding(w);
  if (stem !== w) return stem;
  w = SPELLING_VARIANTS[w] ?? w;
  // Final e: "take"/"taking", "provide"/"provided", "licence"/"licensed" meet on the same stem.
  return w.length >= 4 && w.endsWith('e') ? w.slice(0, -1) : w;
}

/** "provided" → "provid", "taking" → "tak", "applied" → "apply"; other words unchanged. */
function stripVerbEnding(s: string): string {
  if (s.length > 4 && s.endsWith('ied')) return `${s.slice(0, -3)}y`;
  for (const suffix of ['ed', 'ing']) {
    if (!s.endsWith(suffix)) continue;
    const stem = s.slice(0, -suffix.length);
    if (stem.length < 2 || !VOWEL.test(stem)) continue;
    // "used", "using" → "use" (a two-letter stem lost its e), but "need", "feed" are whole words.
    if (stem.length === 2) return VOWEL.test(stem.charAt(1)) ? s : `${stem}e`;
    // "planned" → "plan", "committed" → "commit"; "called", "passed" keep their double letter.
    return /([^aeiouylsz])\1$/.test(stem) ? stem.slice(0, -1) : stem;
  }
  return s;
}

function stripPlural(s: string): string {
  if (s.length > 4 && s.endsWith('ies')) return `${s.slice(0, -3)}y`;
  if (s.endsWith('es') && /(ss|sh|ch|x|z)es$/.test(s)) return s.slice(0, -2);
  if (s.length > 3 && s.endsWith('s') && !/(ss|us|is)$/.test(s)) return s.slice(0, -1);
  return s;
}
