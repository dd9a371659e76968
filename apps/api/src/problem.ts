import { EN, ZH_CN, describeFieldProblem, fillMessage, type Language, type MessageCatalog, type Problem } from '@safegrid/contracts';
import type { FieldProblem } from '@safegrid/core';

const CATALOGS: Record<Language, MessageCatalog> = { 'zh-CN': ZH_CN, en: EN };

export function errorTitle(language: Language, code: string): string {
  return CATALOGS[language].errors[code] ?? CATALOGS[language].errors.internal ?? code;
}

/** An RFC 9457 problem body in the caller's language. */
export function problemBody(input: {
  language: Language;
  status: number;
  code: string;
  requestId: string;
  fields?: readonly FieldProblem[];
  /** Values for the message's {placeholders}. */
  params?: Readonly<Record<string, string | number>>;
  /** RFC 9457 extension members (declared in contracts' Problem). */
  extensions?: Pick<Problem, 'lockedUntil' | 'retryAfterSeconds'>;
}): Problem {
  const title = fillMessage(errorTitle(input.language, input.code), input.params);
  const errors = input.fields?.map((field) => ({ path: field.path, code: field.code, message: describeFieldProblem(input.language, field) }));
  return {
    type: `https://safegrid.example/problems/${input.code}`,
    title,
    status: input.status,
    detail: errors && errors.length > 0 ? errors.map((error) => error.message).join('；') : title,
    code: input.code,
    ...(errors && errors.length > 0 ? { errors } : {}),
    requestId: input.requestId,
    ...input.extensions,
  };
}

export function hasTranslation(code: string): boolean {
  return code in ZH_CN.errors && code in EN.errors;
}
