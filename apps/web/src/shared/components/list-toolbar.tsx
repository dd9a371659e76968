import { Select, Space } from 'antd';
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

/** A list's toolbar: page size on the left of 导出 (ADR 0068). */
export function ListToolbar({
  exportPath, exportQuery, pageSize, onPageSize, children,
}: {
  readonly exportPath: string;
  readonly exportQuery: Readonly<Record<string, QueryValue>>;
  readonly pageSize?: number;
  readonly onPageSize?: (size: number) => void;
  readonly children?: ReactNode;
}) {
  const t = useT();
  return (
    <div className="list-toolbar" style={{ display: 'flex', justifyContent: 'space-between', gap: 12, flexWrap: 'wrap', margin: '12px 0' }}>
      <Space wrap>{children}</Space>
      <Space wrap>
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
