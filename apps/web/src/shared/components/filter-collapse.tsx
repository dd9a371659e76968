import { DownOutlined, UpOutlined } from '@ant-design/icons';
import { Button, Grid } from 'antd';
import { useState } from 'react';
import { useT } from '../i18n/i18n';

/**
 * A query form's 展开/收起 (ProTable's collapsible search form). On a phone the form opens with
 * only its first fields, so the list's rows are on the first screen; on a wide screen it opens in
 * full. It opens by itself when a hidden field holds a value, so no filter in force is out of sight.
 */
export function useFilterCollapse(hiddenActive: number) {
  const screens = Grid.useBreakpoint();
  const [choice, setChoice] = useState<boolean | null>(null);
  const expanded = choice ?? (hiddenActive > 0 || screens.lg === true);
  return {
    expanded,
    /** The class of a field shown only when the form is expanded. */
    extra: expanded ? undefined : 'filter-collapsed',
    toggle: <FilterToggle expanded={expanded} hiddenActive={hiddenActive} onToggle={() => setChoice(!expanded)} />,
  };
}

function FilterToggle({ expanded, hiddenActive, onToggle }: { readonly expanded: boolean; readonly hiddenActive: number; readonly onToggle: () => void }) {
  const t = useT();
  return (
    <Button type="link" onClick={onToggle} aria-expanded={expanded} icon={expanded ? <UpOutlined aria-hidden /> : <DownOutlined aria-hidden />} iconPlacement="end">
      {expanded ? t('filter.collapse') : hiddenActive > 0 ? t('filter.expandActive', { count: hiddenActive }) : t('filter.expand')}
    </Button>
  );
}
