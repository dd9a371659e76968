import { DownOutlined, DownloadOutlined } from '@ant-design/icons';
import type { TableFormat } from '@safegrid/contracts';
import { App, Button, Dropdown, Tooltip } from 'antd';
import { useState } from 'react';
import { apiDownload, saveFile, type QueryValue } from '../api-client';
import { useT } from '../i18n/i18n';

/**
 * 导出: every record of a list with the filters on screen, as xlsx or CSV (ADR 0068). `query` is
 * the list's own API query; paging parameters are dropped, the server streams all pages.
 */
export function ExportButton({ path, query }: { readonly path: string; readonly query: Readonly<Record<string, QueryValue>> }) {
  const t = useT();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const { limit: _limit, cursor: _cursor, ...filters } = query;
  const run = async (format: TableFormat) => {
    setBusy(true);
    try {
      saveFile(await apiDownload(path, { ...filters, format }));
    } catch {
      void message.error(t('export.failed'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <Tooltip title={t('export.hint')}>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            { key: 'xlsx', label: t('export.xlsx') },
            { key: 'csv', label: t('export.csv') },
          ],
          onClick: ({ key }) => void run(key as TableFormat),
        }}
      >
        <Button icon={<DownloadOutlined aria-hidden />} loading={busy} data-testid="export-button">
          {t('export.button')} <DownOutlined aria-hidden />
        </Button>
      </Dropdown>
    </Tooltip>
  );
}
