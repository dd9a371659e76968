import type { HazardAssigneeResponse, HazardResponse } from '@safegrid/contracts';
import { Descriptions } from 'antd';
import { Link } from 'react-router';
import { formatDate, formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { labelOf } from '../../../shared/i18n/labels';
import { useGrid, useTowns } from '../../regions/use-regions';
import { useUnit } from '../../units/use-units';

/** The hazard's record: what, where, who, by when. */
export function HazardFacts({ hazard, reporterName, assignees }: {
  readonly hazard: HazardResponse;
  readonly reporterName: string | undefined;
  readonly assignees: readonly HazardAssigneeResponse[] | undefined;
}) {
  const t = useT();
  const { nameOf } = useTowns();
  const grid = useGrid(hazard.gridId);
  const unit = useUnit(hazard.unitId);
  const assignee = assignees?.find((user) => user.id === hazard.assigneeId);
  const items = [
    { key: 'level', label: t('field.level'), children: labelOf(t, 'hazardLevel', hazard.level) },
    { key: 'category', label: t('field.category'), children: labelOf(t, 'hazardCategory', hazard.category) },
    { key: 'sector', label: t('field.sector'), children: labelOf(t, 'sector', hazard.sector) },
    { key: 'source', label: t('field.source'), children: labelOf(t, 'hazardSource', hazard.source) },
    { key: 'place', label: t('field.place'), children: `${nameOf(hazard.townCode)} · ${nameOf(hazard.villageCode)} · ${grid.data?.name ?? '…'}` },
    { key: 'unit', label: t('field.unit'), children: hazard.unitId ? <Link to={`/units/${hazard.unitId}`}>{unit.data?.name ?? t('hazard.openUnit')}</Link> : '—' },
    { key: 'deadline', label: t('field.deadline'), children: formatDate(hazard.deadline) },
    { key: 'assignee', label: t('field.assignee'), children: hazard.assigneeId ? (assignee?.displayName ?? '…') : '—' },
    { key: 'escalation', label: t('field.escalation'), children: labelOf(t, 'escalation', hazard.escalation) },
    { key: 'reportedAt', label: t('field.reportedAt'), children: `${formatDateTime(hazard.reportedAt)}${reporterName ? ` · ${reporterName}` : ''}` },
    { key: 'foundAt', label: t('field.foundAt'), children: formatDateTime(hazard.foundAt) },
    { key: 'closedAt', label: t('field.closedAt'), children: formatDateTime(hazard.closedAt) },
    { key: 'description', label: t('field.description'), children: hazard.description || '—', span: 'filled' as const },
    ...(hazard.legalBasis ? [{ key: 'legalBasis', label: t('field.legalBasis'), children: hazard.legalBasis, span: 'filled' as const }] : []),
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} styles={{ label: { whiteSpace: 'nowrap' } }} items={items} />;
}
