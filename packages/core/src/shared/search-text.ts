import { pinyin } from 'pinyin-pro';

/**
 * How a search box reads what people type (issue 16, "search that finds"): full-width and
 * half-width forms are one (（民宿） = (民宿), ＡＢＣ = abc) by Unicode NFKC, letters are lower-cased,
 * and spaces of any width are ignored. Applied to the stored text and to the query alike.
 */
export function normalizeSearchText(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/\s+/gu, '');
}

/** Separates the parts of a search text so that a fragment never matches across two of them. */
const PART_SEPARATOR = '|';

/**
 * The searchable form of a Chinese name: the name itself, its full pinyin without tones or spaces
 * (湖塘 → hutang) and its initials (湖塘 → ht), so people find a unit however they type it.
 * Characters that are not Chinese are kept as they are in both spellings.
 */
export function spelledForms(name: string): string[] {
  const normalized = normalizeSearchText(name);
  const options = { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true } as const;
  const full = pinyin(normalized, options).join('');
  const initials = pinyin(normalized, { ...options, pattern: 'first' }).join('');
  return [normalized, full, initials].filter((form, index, all) => form !== '' && all.indexOf(form) === index);
}

/** Joins searchable parts into one stored search text (each part normalized). */
export function joinSearchParts(parts: readonly string[]): string {
  return parts.map(normalizeSearchText).filter((part) => part !== '').join(PART_SEPARATOR);
}

/** The query to match against a stored search text; empty when nothing searchable was typed. */
export function searchQueryOf(typed: string | undefined): string {
  return typed === undefined ? '' : normalizeSearchText(typed).replaceAll(PART_SEPARATOR, '');
}

/**
 * The folds the hazard search applies to titles, descriptions and the query alike, as plain string
 * replacements so that SQL (`replace`) and memory do exactly the same: spaces of either width go,
 * full-width brackets and punctuation become half-width (issue 16: （民宿） = (民宿), 湖塘 精密 = 湖塘精密).
 */
export const HAZARD_TEXT_FOLDS: readonly (readonly [from: string, to: string])[] = [
  [' ', ''], ['\u3000', ''], ['（', '('], ['）', ')'], ['，', ','], ['：', ':'], ['；', ';'], ['！', '!'], ['？', '?'],
];

export function foldHazardText(text: string): string {
  return HAZARD_TEXT_FOLDS.reduce((folded, [from, to]) => folded.replaceAll(from, to), text);
}
