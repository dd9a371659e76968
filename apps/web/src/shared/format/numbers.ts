import type { Language } from '@safegrid/contracts';

export function formatCount(value: number, language: Language): string {
  return new Intl.NumberFormat(language).format(value);
}

/** A share 0..1 as a percentage with one decimal, or a dash when there is nothing to divide. */
export function formatRate(value: number | null | undefined, language: Language): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '—';
  return new Intl.NumberFormat(language, { style: 'percent', maximumFractionDigits: 1 }).format(value);
}
