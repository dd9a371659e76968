import { BATCH_MAX_ITEMS } from '@safegrid/contracts';
import { Button, Space, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { RowSelectionState } from '../../shared/components/use-row-selection';
import { useT } from '../../shared/i18n/i18n';

/** The current page and what 选择本页 can do with it (from `RowSelectionState`). */
export interface PageSelection {
  readonly state: 'all' | 'some' | 'none' | 'empty';
  readonly leftOut: number;
  readonly onSelectPage: () => void;
  readonly onUnselectPage: () => void;
}

/**
 * Above a list: 选择本页 / 取消选择本页 (a plain button instead of antd's header checkbox, which is an
 * invisible focus stop), how many rows are selected (kept across pages), 清空选择, and the batch buttons.
 */
export function BatchBar({ count, full, onClear, page, children }: {
  readonly count: number;
  readonly full: boolean;
  readonly onClear: () => void;
  readonly page?: PageSelection | undefined;
  readonly children: ReactNode;
}) {
  const t = useT();
  const pageButton = page && page.state !== 'empty' && (page.state === 'all'
    ? <Button size="small" onClick={page.onUnselectPage}>{t('batch.unselectPage')}</Button>
    : <Button size="small" disabled={full} onClick={page.onSelectPage}>{t('batch.selectPage')}</Button>);
  if (count === 0 && !pageButton) return null;
  return (
    <div className="batch-bar" role="region" aria-label={t('batch.region')} style={{ marginBottom: 12 }}>
      <Space wrap>
        {pageButton}
        {count > 0 && <Typography.Text strong data-testid="batch-count">{t('batch.selected', { count })}</Typography.Text>}
        {full && <Typography.Text type="warning" role="status">{page && page.leftOut > 0 ? t('batch.pageLeftOut', { max: BATCH_MAX_ITEMS, count: page.leftOut }) : t('batch.full', { max: BATCH_MAX_ITEMS })}</Typography.Text>}
        {count > 0 && <Button size="small" type="link" onClick={onClear}>{t('batch.clear')}</Button>}
        {count > 0 && children}
      </Space>
    </div>
  );
}

/** The bar's 选择本页 part for the rows of the current page. */
export function pageSelectionOf<T extends { readonly id: string }>(selection: RowSelectionState<T>, page: readonly T[]): PageSelection {
  return { state: selection.pageState(page), leftOut: selection.leftOut, onSelectPage: () => selection.selectPage(page), onUnselectPage: () => selection.unselectPage(page) };
}
