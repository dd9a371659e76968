import { EN, ZH_CN, type UnitChangeResponse } from '@safegrid/contracts';
import { Timeline, Typography } from 'antd';
import { formatDateTime } from '../../../shared/format/dates';
import { useI18n } from '../../../shared/i18n/i18n';

function show(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

/** Every change of the unit: who, when, and each field's old and new value. */
export function UnitHistory({ changes }: { readonly changes: readonly UnitChangeResponse[] }) {
  const { t, language } = useI18n();
  const fieldNames = (language === 'zh-CN' ? ZH_CN : EN).fields;
  return (
    <Timeline
      items={[...changes].reverse().map((change) => ({
        key: change.id,
        content: (
          <div>
            <Typography.Text strong>{t(change.action === 'create' ? 'history.created' : 'history.updated')}</Typography.Text>{' '}
            <Typography.Text type="secondary">{change.actorName} · {formatDateTime(change.at)}</Typography.Text>
            {change.action === 'update' && (
              <ul className="change-list">
                {change.changes.map((item) => (
                  <li key={item.field}>{t('history.change', { field: fieldNames[item.field] ?? item.field, from: show(item.from), to: show(item.to) })}</li>
                ))}
              </ul>
            )}
          </div>
        ),
      }))}
    />
  );
}
