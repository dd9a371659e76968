import type { HazardAssigneeResponse, HazardResponse } from '@safegrid/contracts';
import { Descriptions } from 'antd';
import { Link } from 'react-router';
import { formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import type { UiMessageKey } from '../../../shared/i18n/messages/zh-cn';
import { useUnitEquipment } from '../../equipment/use-equipment';
import { labelOf } from '../../../shared/i18n/labels';
import { useGrid, useTowns } from '../../regions/use-regions';
import { useUnit } from '../../units/use-units';
import { useSectorDuties } from '../../sector-duties/use-sector-duties';
import { DeadlineText } from './deadline-text';

/** The hazard's record: what, where, who, by when. */
export function HazardFacts({ hazard, reporterName, assignees, listed = false }: {
  readonly hazard: HazardResponse;
  /** 挂牌督办: 督办级别 shows it instead of the level derived from time. */
  readonly listed?: boolean;
  readonly reporterName: string | undefined;
  readonly assignees: readonly HazardAssigneeResponse[] | undefined;
}) {
  const t = useT();
  const { nameOf } = useTowns();
  const grid = useGrid(hazard.gridId);
  const unit = useUnit(hazard.unitId);
  const assignee = assignees?.find((user) => user.id === hazard.assigneeId);
  // The equipment the report named (ADR 0097), read from its unit's register.
  const equipment = useUnitEquipment(hazard.equipmentId ? (hazard.unitId ?? undefined) : undefined).data?.items.find((item) => item.id === hazard.equipmentId);
  // 三管三必须 (ADR 0085): the sector's lead and co-responsible departments from the district's table.
  const duty = useSectorDuties().data?.items.find((item) => item.sector === hazard.sector);
  const items = [
    { key: 'level', label: t('field.level'), children: labelOf(t, 'hazardLevel', hazard.level) },
    { key: 'category', label: t('field.category'), children: labelOf(t, 'hazardCategory', hazard.category) },
    { key: 'sector', label: t('field.sector'), children: labelOf(t, 'sector', hazard.sector) },
    { key: 'leadDepartment', label: t('sectorDuties.lead'), children: duty ? labelOf(t, 'department', duty.lead) : '…' },
    { key: 'coDepartments', label: t('sectorDuties.co'), children: duty ? (duty.coDepartments.map((department) => labelOf(t, 'department', department)).join('、') || '—') : '…' },
    { key: 'source', label: t('field.source'), children: labelOf(t, 'hazardSource', hazard.source) },
    { key: 'place', label: t('field.place'), children: `${nameOf(hazard.townCode)} · ${nameOf(hazard.villageCode)} · ${grid.data?.name ?? '…'}` },
    { key: 'unit', label: t('field.unit'), children: hazard.unitId ? <Link to={`/units/${hazard.unitId}`}>{unit.data?.name ?? t('hazard.openUnit')}</Link> : '—' },
    ...(hazard.equipmentId ? [{
      key: 'equipment', label: t('field.equipment'),
      children: equipment ? `${t(`equipment.type.${equipment.type}` as UiMessageKey)} ${equipment.registrationCode}（${equipment.location}）` : '…',
    }] : []),
    { key: 'deadline', label: t('field.deadline'), children: <DeadlineText hazard={hazard} /> },
    { key: 'assignee', label: t('field.assignee'), children: hazard.assigneeId ? (assignee?.displayName ?? '…') : '—' },
    { key: 'escalation', label: t('field.escalation'), children: labelOf(t, 'escalation', listed ? 'listed' : hazard.escalation) },
    { key: 'reportedAt', label: t('field.reportedAt'), children: `${formatDateTime(hazard.reportedAt)}${reporterName ? ` · ${reporterName}` : ''}` },
    { key: 'foundAt', label: t('field.foundAt'), children: formatDateTime(hazard.foundAt) },
    { key: 'closedAt', label: t('field.closedAt'), children: formatDateTime(hazard.closedAt) },
    { key: 'description', label: t('field.description'), children: hazard.description || '—', span: 'filled' as const },
    ...(hazard.legalBasis ? [{ key: 'legalBasis', label: t('field.legalBasis'), children: hazard.legalBasis, span: 'filled' as const }] : []),
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, sm: 1, md: 2 }} styles={{ label: { whiteSpace: 'nowrap' } }} items={items} />;
}
