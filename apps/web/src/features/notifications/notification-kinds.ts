import type { Translate } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';

/** A notification kind's label, falling back to the kind itself for one the web does not know yet. */
export function kindLabel(t: Translate, kind: string): string {
  const key = `notification.kind.${kind}` as UiMessageKey;
  const text = t(key);
  return text === key ? kind : text;
}
