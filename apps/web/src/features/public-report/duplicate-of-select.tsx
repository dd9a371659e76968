import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { useHazardList } from '../hazards/use-hazards';
import { useDuplicateCandidates } from './hazard-public-panels';

/**
 * Which hazard this one duplicates: picked from the likely duplicates nearby, or found by typing
 * words of its title; never an id to paste (issue 12).
 */
export function DuplicateOfSelect({ hazardId, value, onChange, id }: {
  readonly hazardId: string;
  readonly value?: string;
  readonly onChange?: (id: string | undefined) => void;
  readonly id?: string;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const candidates = useDuplicateCandidates(hazardId);
  const found = useHazardList({ q: query || undefined, limit: 20 });
  const options = [
    ...(candidates.data?.items ?? []).map((item) => ({ value: item.id, label: `${item.title} · ${t('duplicates.item', { distance: item.distanceMetres, date: formatDateTime(item.reportedAt) })}` })),
    ...(query ? (found.data?.items ?? []) : [])
      .filter((hazard) => hazard.id !== hazardId && !(candidates.data?.items ?? []).some((item) => item.id === hazard.id))
      .map((hazard) => ({ value: hazard.id, label: `${hazard.title} · ${formatDateTime(hazard.reportedAt)}` })),
  ];
  return (
    <Select
      id={id}
      value={value}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={t('duplicates.pick')}
      notFoundContent={t('duplicates.empty')}
      loading={candidates.isPending || found.isFetching}
      options={options}
      onChange={(next: string | undefined) => onChange?.(next)}
      data-testid="duplicate-of-select"
    />
  );
}
