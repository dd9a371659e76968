/** A language the UI and error messages are offered in. zh-CN is the default. */
export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** Messages for one language, keyed by stable codes. `{name}` placeholders are filled from params. */
export interface MessageCatalog {
  /** Titles of problem responses, keyed by error code (e.g. `hazard.not_found`). */
  readonly errors: Readonly<Record<string, string>>;
  /** What is wrong with a field, keyed by field problem code (e.g. `required`, `credit_code_check_digit`). */
  readonly fieldProblems: Readonly<Record<string, string>>;
  /** Human names of request fields, keyed by the last segment of their path (e.g. `creditCode`). */
  readonly fields: Readonly<Record<string, string>>;
}

/** Picks the best supported language from an Accept-Language header; zh-CN when none matches. */
export function negotiateLanguage(header: string | undefined): Language {
  if (!header) return 'zh-CN';
  const ranked = header
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1, index };
    })
    .sort((a, b) => b.q - a.q || a.index - b.index);
  for (const { tag } of ranked) {
    if (tag.startsWith('zh')) return 'zh-CN';
    if (tag.startsWith('en')) return 'en';
  }
  return 'zh-CN';
}

export function fillMessage(template: string, params: Readonly<Record<string, string | number>> = {}): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) => (key in params ? String(params[key]) : whole));
}
