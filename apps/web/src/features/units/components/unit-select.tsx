import type { UnitResponse } from '@safegrid/contracts';
import { Select } from 'antd';
import { useEffect, useState } from 'react';
import { useT } from '../../../shared/i18n/i18n';
import { useUnit, useUnitList } from '../use-units';

/** Picks a unit of the user's scope by a fragment of its name, address or credit code. */
export function UnitSelect({ value, onChange, id, disabled, onUnit }: {
  readonly value?: string;
  readonly onChange?: (id: string | undefined) => void;
  readonly id?: string;
  readonly disabled?: boolean;
  /** Called with the chosen unit, e.g. to take its location. */
  readonly onUnit?: (unit: UnitResponse | undefined) => void;
}) {
  const t = useT();
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), 300);
    return () => clearTimeout(timer);
  }, [text]);
  const list = useUnitList({ q: query || undefined, limit: 20 }, query.length > 0);
  const chosen = useUnit(value);
  const units = [...(chosen.data ? [chosen.data] : []), ...(list.data?.items ?? []).filter((unit) => unit.id !== value)];
  return (
    <Select
      id={id}
      value={value}
      disabled={disabled}
      allowClear
      showSearch={{ filterOption: false, onSearch: setText }}
      placeholder={t('unit.searchPlaceholder')}
      notFoundContent={query ? t('common.noMatch') : t('unit.typeToSearch')}
      loading={list.isFetching}
      options={units.map((unit) => ({ value: unit.id, label: `${unit.name} · ${unit.address}` }))}
      onChange={(next: string | undefined) => {
        onChange?.(next);
        onUnit?.(units.find((unit) => unit.id === next));
      }}
    />
  );
}
