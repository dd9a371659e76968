import { EN } from './en.js';
import { fillMessage, type Language, type MessageCatalog } from './message-catalog.js';
import { ZH_CN } from './zh-cn.js';

const CATALOGS: Record<Language, MessageCatalog> = { 'zh-CN': ZH_CN, en: EN };

/** One problem with one field of a request, at its JSON pointer path (`/plan/funds`). */
export interface FieldProblemText {
  readonly path: string;
  readonly code: string;
  readonly params?: Readonly<Record<string, string | number>> | undefined;
}

/** A field's human name: the last named segment of its path (`/plan/funds` → 整改资金). */
export function fieldLabelOf(language: Language, path: string): string {
  const segments = path.split('/').filter((segment) => segment !== '' && !/^\d+$/.test(segment));
  const last = segments[segments.length - 1];
  return (last && CATALOGS[language].fields[last]) ?? last ?? '';
}

/**
 * A list item named by its id (`/hazardIds/2` with `id` → 隐患 0190…), followed by the item's field
 * when there is one (`/hazardIds/2/assigneeId` → 隐患 0190… 整改责任人); else the field's name.
 */
function itemLabelOf(language: Language, problem: FieldProblemText): string {
  const id = problem.params?.id;
  const item = /^\/(\w+)\/\d+(\/.*)?$/.exec(problem.path);
  if (!item || typeof id !== 'string') return fieldLabelOf(language, problem.path);
  const label = `${fieldLabelOf(language, `/${item[1]}`)} ${id}`;
  return item[2] ? `${label} ${fieldLabelOf(language, item[2])}` : label;
}

/**
 * A field problem as office language says it (issue 16): 请选择单位类型, 请在地图上选点, not
 * 取值不在允许范围内. A template that names the field (`{field}`) is a whole sentence; any other is
 * put after the field's name (单位类型：长度不能超过 50). The API's problem bodies and the web's
 * checks before sending both word problems here, so a form says what the server would say.
 */
export function describeFieldProblem(language: Language, problem: FieldProblemText): string {
  const catalog = CATALOGS[language];
  // An item of a batch is refused with its single action's error code (ADR 0092), worded as that error.
  const template = catalog.fieldProblems[problem.code] ?? catalog.errors[problem.code] ?? catalog.fieldProblems.format ?? problem.code;
  const label = itemLabelOf(language, problem);
  if (template.includes('{field}')) return fillMessage(template, { ...problem.params, field: label });
  const text = fillMessage(template, problem.params);
  if (!label) return text;
  return language === 'zh-CN' ? `${label}：${text}` : `${label} ${text}`;
}
