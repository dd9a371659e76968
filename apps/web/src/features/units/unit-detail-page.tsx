import { AuditOutlined, EditOutlined } from '@ant-design/icons';
import type { UnitResponse } from '@safegrid/contracts';
import { Button, Card, Col, Descriptions, Row, Space, Table, Tag, Typography } from 'antd';
import { Link, useParams } from 'react-router';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { useT } from '../../shared/i18n/i18n';
import { labelOf } from '../../shared/i18n/labels';
import { can, useCurrentUser } from '../auth/use-session';
import { HazardTable } from '../hazards/components/hazard-table';
import { startPath } from '../inspections/inspection-paths';
import { useHazardList } from '../hazards/use-hazards';
import { LocationMap } from '../map/location-map';
import { ParkTenantsCard } from '../parks/components/park-tenants-card';
import { useGrid, useTowns } from '../regions/use-regions';
import { RiskBadge } from '../risk/components/risk-badge';
import { RiskPanel } from '../risk/components/risk-panel';
import { UnitEquipmentCard } from '../equipment/unit-equipment-card';
import { UnitDustCard } from '../dust-supervision/unit-dust-card';
import { UnitHistory } from './components/unit-history';
import { useUnit, useUnitChanges } from './use-units';

/** One unit: its register entry, where it is, its hazards and every change made to it. */
export function UnitDetailPage() {
  const { id = '' } = useParams();
  const unit = useUnit(id);
  return <QueryBoundary query={unit}>{(data) => <UnitDetail unit={data} />}</QueryBoundary>;
}

function UnitFacts({ unit }: { readonly unit: UnitResponse }) {
  const t = useT();
  const { nameOf } = useTowns();
  const grid = useGrid(unit.gridId);
  const parent = unit.parentId;
  const items = [
    { key: 'creditCode', label: t('field.creditCode'), children: unit.creditCode ?? '—' },
    { key: 'kind', label: t('field.kind'), children: labelOf(t, 'unitKind', unit.kind) },
    { key: 'sector', label: t('field.sector'), children: labelOf(t, 'sector', unit.sector) },
    { key: 'department', label: t('field.department'), children: labelOf(t, 'department', unit.department) },
    { key: 'status', label: t('field.unitStatus'), children: labelOf(t, 'unitStatus', unit.status) },
    { key: 'place', label: t('field.place'), children: `${nameOf(unit.townCode)} · ${nameOf(unit.villageCode)} · ${grid.data?.name ?? '…'}` },
    { key: 'address', label: t('field.address'), children: unit.address, span: 'filled' as const },
    { key: 'riskTags', label: t('field.riskTags'), children: unit.riskTags.length > 0 ? unit.riskTags.map((tag) => <Tag key={tag}>{labelOf(t, 'riskTag', tag)}</Tag>) : '—' },
    ...(unit.dustKind ? [{ key: 'dustKind', label: t('field.dustKind'), children: labelOf(t, 'dustKind', unit.dustKind) }] : []),
    ...(unit.subIndustry ? [{ key: 'subIndustry', label: t('field.subIndustry'), children: labelOf(t, 'subIndustry', unit.subIndustry) }] : []),
    ...(unit.venueType ? [{ key: 'venueType', label: t('field.venueType'), children: labelOf(t, 'venueType', unit.venueType) }] : []),
    { key: 'employees', label: t('field.employees'), children: unit.employees ?? '—' },
    { key: 'floorArea', label: t('field.floorArea'), children: unit.floorArea ?? '—' },
    ...(parent ? [{ key: 'parent', label: t('field.parentId'), children: <Link to={`/units/${parent}`}>{t('unit.openPark')}</Link> }] : []),
  ];
  return <Descriptions bordered size="small" column={{ xs: 1, md: 2 }} items={items} />;
}

function UnitDetail({ unit }: { readonly unit: UnitResponse }) {
  const t = useT();
  const user = useCurrentUser();
  const hazards = useHazardList({ unitId: unit.id, limit: 10 });
  const changes = useUnitChanges(unit.id);
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{unit.name} <RiskBadge level={unit.riskLevel} /></Typography.Title>
        <Space>
          {can(user, 'inspection.conduct') && <Link to={startPath(user, unit.id)}><Button type="primary" icon={<AuditOutlined aria-hidden />}>{user.role === 'enterprise' ? t('inspection.selfStartTitle') : t('inspection.start')}</Button></Link>}
          {can(user, 'unit.update') && <Link to={`/units/${unit.id}/edit`}><Button icon={<EditOutlined aria-hidden />}>{t('units.edit')}</Button></Link>}
        </Space>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} xl={14}>
          <Card title={t('unit.record')}><UnitFacts unit={unit} /></Card>
          <Card title={t('field.contacts')} className="section-card">
            <Table
              rowKey={(contact) => `${contact.name}-${contact.phone}`}
              size="small"
              pagination={false}
              dataSource={[...unit.contacts]}
              columns={[
                { key: 'name', title: t('contact.name'), dataIndex: 'name' },
                { key: 'role', title: t('contact.role'), dataIndex: 'role' },
                { key: 'phone', title: t('contact.phone'), render: (_, contact) => <a href={`tel:${contact.phone}`}>{contact.phone}</a> },
              ]}
            />
          </Card>
        </Col>
        <Col xs={24} xl={10}>
          <Card title={t('field.location')}><LocationMap point={unit.location} gridId={unit.gridId} /></Card>
          <RiskPanel unitId={unit.id} />
        </Col>
        {unit.kind === 'park' && <Col xs={24}><ParkTenantsCard parkId={unit.id} /></Col>}
        <Col xs={24}><UnitEquipmentCard unitId={unit.id} canEdit={can(user, 'unit.update')} /></Col>
        {unit.riskTags.includes('dust') && <Col xs={24}><UnitDustCard unitId={unit.id} canEdit={can(user, 'unit.update')} /></Col>}
        <Col xs={24}>
          <Card title={t('unit.hazards')} extra={<Link to={`/hazards?unitId=${unit.id}`}>{t('unit.allHazards')}</Link>}>
            <HazardTable hazards={hazards.data?.items ?? []} loading={hazards.isFetching} />
          </Card>
        </Col>
        <Col xs={24}>
          <Card title={t('unit.history')} loading={changes.isPending}><UnitHistory changes={changes.data ?? []} /></Card>
        </Col>
      </Row>
    </>
  );
}
