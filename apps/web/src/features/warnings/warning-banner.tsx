import { Alert, Button, Space, Tag } from 'antd';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { warningsApi } from './warnings-api';
import { useMyWarnings, useWarningWrite } from './use-warnings';

export const COLOUR_TAG = { blue: 'blue', yellow: 'gold', orange: 'orange', red: 'red' } as const;

/** Warnings in force addressed to the signed-in account, on every page until lifted or expired, with 签收. */
export function WarningBanner() {
  const t = useT();
  const mine = useMyWarnings();
  const acknowledge = useWarningWrite(warningsApi.acknowledge);
  return (
    <>
      {(mine.data ?? []).map(({ warning, acknowledgedAt }) => (
        <Alert
          key={warning.id}
          type={warning.colour === 'red' || warning.colour === 'orange' ? 'error' : 'warning'}
          showIcon
          data-testid="warning-banner"
          // A standing notice, not an urgent announcement of what just happened: a named region, so
          // screen readers do not re-announce it on every page and a form's own alert stays the alert.
          role="region"
          aria-label={t('warning.bannerLabel')}
          style={{ marginBottom: 12 }}
          title={<Space wrap><Tag color={COLOUR_TAG[warning.colour]}>{t(`warning.colour.${warning.colour}` as UiMessageKey)}</Tag>{t(`warning.kind.${warning.kind}` as UiMessageKey)}{t('warning.until', { at: formatDateTime(warning.endsAt) })}</Space>}
          description={warning.actions}
          action={acknowledgedAt
            ? <Tag color="success">{t('warning.acknowledged')}</Tag>
            : <Button size="small" type="primary" loading={acknowledge.isPending} onClick={() => acknowledge.mutate(warning.id)}>{t('warning.acknowledge')}</Button>}
        />
      ))}
    </>
  );
}
