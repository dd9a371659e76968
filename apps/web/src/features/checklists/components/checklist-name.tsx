import { Typography } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { useChecklist } from '../use-checklists';

/** A checklist version's name and version (a version never changes, so it is fetched once). */
export function ChecklistName({ id, fallback }: { readonly id: string; readonly fallback: string }) {
  const t = useT();
  const checklist = useChecklist(id);
  if (!checklist.data) return <>{fallback}</>;
  return <>{checklist.data.name} <Typography.Text type="secondary">{t('checklist.versionLabel', { version: checklist.data.version })}</Typography.Text></>;
}
