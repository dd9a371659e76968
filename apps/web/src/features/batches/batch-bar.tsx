import { BATCH_MAX_ITEMS } from '@safegrid/contracts';
import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useT } from '../../shared/i18n/i18n';

/** Above a list: how many rows are selected (kept across pages), 清空选择, and the batch buttons. */
export function BatchBar({ count, full, onClear, children }: {
  readonly count: number;
  readonly full: boolean;
  readonly onClear: () => void;
  readonly children: ReactNode;
}) {
  const t = useT();
  if (count === 0) return null;
  return (
    <div className="batch-bar" role="region" aria-label={t('batch.selected', { count })} style={{ marginBottom: 12 }}>
      <Space wrap>
        <Typography.Text strong data-testid="batch-count">{t('batch.selected', { count })}</Typography.Text>
        {full && <Typography.Text type="warning">{t('batch.full', { max: BATCH_MAX_ITEMS })}</Typography.Text>}
        <Button size="small" type="link" onClick={onClear}>{t('batch.clear')}</Button>
        {children}
      </Space>
    </div>
  );
}
