import { ReloadOutlined, SettingOutlined } from '@ant-design/icons';
import type { ListCountResponse } from '@safegrid/contracts';
import { Button, Checkbox, Popover, Select, Space, Tooltip, Typography } from 'antd';
import type { ReactNode } from 'react';
import type { QueryValue } from '../api-client';
import { useT } from '../i18n/i18n';
import { ExportButton } from './export-button';

export const PAGE_SIZES = [20, 50, 100, 200] as const;

/** The page size a URL asks for, if it is one the lists offer. */
export function pageSizeOf(search: URLSearchParams, fallback: number): number {
  const size = Number(search.get('size'));
  return (PAGE_SIZES as readonly number[]).includes(size) ? size : fallback;
}

/** A column the user may show or hide in 列设置. */
export interface ColumnOption {
  readonly key: string;
  readonly title: string;
}

/** 共 N 条, or 共 10,000+ 条 when the count stopped at its cap (ADR 0090). */
export function ListTotal({ count }: { readonly count: ListCountResponse | undefined }) {
  const t = useT();
  if (!count) return null;
  const total = count.total.toLocaleString('en-US');
  const text = <Typography.Text className="list-total" data-total={count.capped ? `${count.total}+` : String(count.total)}>{t(count.capped ? 'list.totalCapped' : 'list.total', { total })}</Typography.Text>;
  return count.capped ? <Tooltip title={t('list.totalCappedHint', { total })}>{text}</Tooltip> : text;
}

function ColumnSettings({ columns, hidden, onChange }: {
  readonly columns: readonly ColumnOption[];
  readonly hidden: readonly string[];
  readonly onChange: (hidden: readonly string[]) => void;
}) {
  const t = useT();
  const shown = columns.filter((column) => !hidden.includes(column.key)).map((column) => column.key);
  const content = (
    <Space direction="vertical">
      <Checkbox.Group
        aria-label={t('list.columns')}
        value={shown}
        onChange={(checked) => onChange(columns.map((column) => column.key).filter((key) => !checked.includes(key)))}
        style={{ display: 'flex', flexDirection: 'column', gap: 4 }}
        options={columns.map((column) => ({ value: column.key, label: column.title }))}
      />
      <Button size="small" onClick={() => onChange([])}>{t('list.columnsReset')}</Button>
    </Space>
  );
  return (
    <Popover content={content} trigger="click" placement="bottomRight">
      <Button icon={<SettingOutlined aria-hidden />} aria-label={t('list.columns')}>{t('list.columns')}</Button>
    </Popover>
  );
}

/**
 * A list's toolbar (ADR 0068, 0090): 共 N 条 with the caller's filters on the left; refresh, column
 * settings, page size and 导出 on the right.
 */
export function ListToolbar({
  exportPath, exportQuery, pageSize, onPageSize, count, onRefresh, columns, hiddenColumns, onHiddenColumns, children,
}: {
  readonly exportPath: string;
  readonly exportQuery: Readonly<Record<string, QueryValue>>;
  readonly pageSize?: number;
  readonly onPageSize?: (size: number) => void;
  readonly count?: ListCountResponse | undefined;
  readonly onRefresh?: () => void;
  readonly columns?: readonly ColumnOption[];
  readonly hiddenColumns?: readonly string[];
  readonly onHiddenColumns?: (hidden: readonly string[]) => void;
  readonly children?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="list-toolbar" style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap', margin: '12px 0' }}>
      <Space wrap><ListTotal count={count} />{children}</Space>
      <Space wrap>
        {onRefresh && (
          <Tooltip title={t('list.refresh')}>
            <Button icon={<ReloadOutlined aria-hidden />} aria-label={t('list.refresh')} onClick={onRefresh} />
          </Tooltip>
        )}
        {columns && onHiddenColumns && <ColumnSettings columns={columns} hidden={hiddenColumns ?? []} onChange={onHiddenColumns} />}
        {pageSize !== undefined && onPageSize && (
          <Select<number>
            aria-label={t('list.pageSize', { size: pageSize })}
            value={pageSize}
            onChange={onPageSize}
            style={{ width: 120 }}
            options={PAGE_SIZES.map((size) => ({ value: size, label: t('list.pageSize', { size }) }))}
          />
        )}
        <ExportButton path={exportPath} query={exportQuery} />
      </Space>
    </div>
  );
}
