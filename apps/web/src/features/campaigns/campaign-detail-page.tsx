import { FileTextOutlined } from '@ant-design/icons';
import { CAMPAIGN_UNIT_SORTS, type CampaignResponse, type CampaignUnitSort } from '@safegrid/contracts';
import { Button, Card, Col, Descriptions, Row, Space, Table, Tag, Typography } from 'antd';
import { lazy, Suspense, useMemo, useState } from 'react';
import { useParams } from 'react-router';
import { PageLoading } from '../../shared/components/page-loading';
import { apiUrl } from '../../shared/api-client';
import { useSortInUrl } from '../../shared/components/header-sort';
import { useHiddenColumns } from '../../shared/components/list-columns';
import { ListToolbar } from '../../shared/components/list-toolbar';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { SortQueryForm } from '../../shared/components/sort-select';
import { formatDate } from '../../shared/format/dates';
import { formatRate } from '../../shared/format/numbers';
import { useI18n } from '../../shared/i18n/i18n';
import { labelOf } from '../../shared/i18n/labels';
import { useCurrentUser } from '../auth/use-session';
import { ChecklistName } from '../checklists/components/checklist-name';
import { useRegions, useTowns } from '../regions/use-regions';
import { CampaignKpis } from './components/campaign-kpis';
import { campaignTargetText } from './campaign-target';
import { CampaignPhaseTag } from './components/campaign-phase-tag';
import { CampaignReport } from './components/campaign-report';
import { CAMPAIGN_UNIT_SORTABLE, CampaignUnitTable, DEFAULT_CAMPAIGN_UNIT_SORT, useCampaignUnitColumnOptions } from './components/campaign-units';
import { useCampaign, useCampaignCoverage, useCampaignProgress, useCampaignReport, useCampaignUnitCount, useCampaignUnits } from './use-campaigns';
import { DustSummaryCard } from '../dust-supervision/dust-summary-card';

const loadCharts = () => import('./components/campaign-charts');
const TownCoverageChart = lazy(async () => ({ default: (await loadCharts()).TownCoverageChart }));
const ProgressChart = lazy(async () => ({ default: (await loadCharts()).ProgressChart }));
const DistrictMap = lazy(async () => ({ default: (await import('../map/district-map')).DistrictMap }));

const UNINSPECTED = '#e8890c';

/** One campaign: coverage, towns, the units still to inspect (table and map), progress, the report. */
export function CampaignDetailPage() {
  const { id = '' } = useParams();
  const campaign = useCampaign(id);
  return <QueryBoundary query={campaign}>{(data) => <CampaignDetail campaign={data} />}</QueryBoundary>;
}

function CampaignDetail({ campaign }: { readonly campaign: CampaignResponse }) {
  const { t } = useI18n();
  const coverage = useCampaignCoverage(campaign.id);
  const progress = useCampaignProgress(campaign.id);
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{campaign.name} <CampaignPhaseTag phase={campaign.phase} /></Typography.Title>
      </div>
      <CampaignFacts campaign={campaign} />
      <ProblemAlert error={coverage.error ?? progress.error} />
      <div className="section-row">{coverage.data ? <CampaignKpis campaign={campaign} coverage={coverage.data} /> : !coverage.error && <PageLoading />}</div>
      <Row gutter={[16, 16]} className="section-row">
        <Col xs={24} xl={12}>
          <Card title={t('campaign.byTown')}>
            {coverage.data && <TownTable byTown={coverage.data.byTown} />}
            <Suspense fallback={<PageLoading />}>{coverage.data && coverage.data.byTown.length > 1 && <TownCoverageChart byTown={coverage.data.byTown} />}</Suspense>
          </Card>
        </Col>
        <Col xs={24} xl={12}>
          <Card title={t('campaign.progress')}>
            <Suspense fallback={<PageLoading />}>{progress.data ? <ProgressChart progress={progress.data} /> : <PageLoading />}</Suspense>
          </Card>
        </Col>
        <Col xs={24}><NotInspected campaignId={campaign.id} /></Col>
        <Col xs={24}><ReportCard campaignId={campaign.id} /></Col>
        {campaign.scope.tags.includes('dust') && <Col xs={24}><DustSummaryCard /></Col>}
      </Row>
    </>
  );
}

function CampaignFacts({ campaign }: { readonly campaign: CampaignResponse }) {
  const { t } = useI18n();
  const { nameOf } = useTowns();
  const { scope } = campaign;
  const tags = (values: readonly string[], render: (value: string) => string) => (values.length === 0 ? t('campaign.scopeAll') : <Space size={[0, 4]} wrap>{values.map((value) => <Tag key={value}>{render(value)}</Tag>)}</Space>);
  return (
    <Card>
      <Descriptions
        size="small"
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'period', label: t('campaign.period'), children: `${formatDate(campaign.startsOn)} ~ ${formatDate(campaign.endsOn)}` },
          { key: 'owner', label: t('campaign.owner'), children: nameOf(campaign.ownerRegionCode) },
          { key: 'checklist', label: t('campaign.checklist'), children: <ChecklistName id={campaign.checklistId} fallback={campaign.checklistCode} /> },
          { key: 'kinds', label: t('campaign.scopeKinds'), children: tags(scope.kinds, (value) => labelOf(t, 'unitKind', value)) },
          { key: 'sectors', label: t('campaign.scopeSectors'), children: tags(scope.sectors, (value) => labelOf(t, 'sector', value)) },
          { key: 'tags', label: t('campaign.scopeTags'), children: tags(scope.tags, (value) => labelOf(t, 'riskTag', value)) },
          { key: 'regions', label: t('campaign.scopeRegions'), children: tags(scope.regionCodes, nameOf) },
          {
            key: 'target', label: t('campaign.target'),
            children: campaignTargetText(t, campaign.target),
          },
          { key: 'createdBy', label: t('campaign.createdBy'), children: campaign.createdByName },
          ...(campaign.description ? [{ key: 'description', label: t('campaign.description'), children: campaign.description, span: 'filled' as const }] : []),
        ]}
      />
    </Card>
  );
}

function TownTable({ byTown }: { readonly byTown: NonNullable<ReturnType<typeof useCampaignCoverage>['data']>['byTown'] }) {
  const { t, language } = useI18n();
  return (
    <Table
      rowKey="townCode"
      size="small"
      pagination={false}
      dataSource={[...byTown]}
      data-testid="campaign-by-town"
      columns={[
        { key: 'town', title: t('campaign.town'), dataIndex: 'townName' },
        { key: 'inScope', title: t('campaign.kpiInScope'), dataIndex: 'inScope' },
        { key: 'inspected', title: t('campaign.kpiInspected'), dataIndex: 'inspected' },
        { key: 'notInspected', title: t('campaign.kpiNotInspected'), dataIndex: 'notInspected' },
        { key: 'rate', title: t('campaign.kpiRate'), render: (_, row) => formatRate(row.rate, language) },
      ]}
    />
  );
}

// The table pages through the API's cursor; the map takes up to 1,000 units in one call.
function NotInspected({ campaignId }: { readonly campaignId: string }) {
  const { t } = useI18n();
  const user = useCurrentUser();
  const focusCode = user.role === 'town' || user.role === 'grid_worker' ? user.scope.regionCode.slice(0, 9) : undefined;
  const [cursors, setCursors] = useState<string[]>([]);
  const [size, setSize] = useState(20);
  const [hiddenColumns, setHiddenColumns] = useHiddenColumns('campaign-units');
  const columnOptions = useCampaignUnitColumnOptions();
  const cursor = cursors[cursors.length - 1];
  const [sort, setSort] = useSortInUrl(CAMPAIGN_UNIT_SORTS, DEFAULT_CAMPAIGN_UNIT_SORT);
  const sortBy = (next: CampaignUnitSort | undefined) => { setCursors([]); setSort(next); }; // a cursor names its order
  const page = useCampaignUnits(campaignId, { state: 'not_inspected', ...(sort ? { sort } : {}), limit: size, ...(cursor ? { cursor } : {}) });
  const count = useCampaignUnitCount(campaignId, { state: 'not_inspected' });
  const all = useCampaignUnits(campaignId, { state: 'not_inspected', limit: 1000 });
  const regions = useRegions(true);
  const towns = useMemo(() => (regions.data ?? []).filter((region) => region.level === 'town'), [regions.data]);
  const points = useMemo(() => all.data?.items.map((unit) => ({ id: unit.unitId, location: unit.location, color: UNINSPECTED, rank: 1, label: unit.name })), [all.data]);
  return (
    <Row gutter={[16, 16]}>
      <Col xs={24} xl={12}>
        <Card title={t('campaign.notInspected')} data-testid="campaign-not-inspected">
          <SortQueryForm name="campaign-unit-query" sortable={CAMPAIGN_UNIT_SORTABLE} titles={Object.fromEntries(columnOptions.map((column) => [column.key, column.title]))}
            sort={sort} defaultSort={DEFAULT_CAMPAIGN_UNIT_SORT} onSort={sortBy} />
          <ListToolbar
            exportPath={`/campaigns/${campaignId}/units/export`}
            exportQuery={{ state: 'not_inspected', ...(sort ? { sort } : {}) }}
            pageSize={size}
            onPageSize={(next) => { setSize(next); setCursors([]); }}
            count={count.data}
            onRefresh={() => void Promise.all([page.refetch(), count.refetch()])}
            columns={columnOptions}
            hiddenColumns={hiddenColumns}
            onHiddenColumns={setHiddenColumns}
          />
          <ProblemAlert error={page.error} />
          <CampaignUnitTable
            campaignId={campaignId}
            page={page.data}
            loading={page.isFetching}
            hasPrevious={cursors.length > 0}
            onFirst={() => setCursors([])}
            onNext={(next) => setCursors([...cursors, next])}
            hiddenColumns={hiddenColumns}
            sort={sort}
            onSort={sortBy}
          />
        </Card>
      </Col>
      <Col xs={24} xl={12}>
        <Card title={t('campaign.unitsMap')} extra={all.data?.nextCursor ? t('campaign.unitsTruncated', { shown: all.data.items.length }) : null}>
          <ProblemAlert error={all.error} />
          <Suspense fallback={<PageLoading />}>
            <DistrictMap towns={towns} byTown={[]} points={undefined} focusCode={focusCode} layer="units" unitPoints={points} legend={<UninspectedLegend />} />
          </Suspense>
        </Card>
      </Col>
    </Row>
  );
}

function ReportCard({ campaignId }: { readonly campaignId: string }) {
  const { t } = useI18n();
  const [wanted, setWanted] = useState(false);
  const report = useCampaignReport(campaignId, wanted);
  return (
    <Card
      title={t('campaign.report')}
      extra={(
        <Space wrap>
          {!wanted && <Button icon={<FileTextOutlined aria-hidden />} onClick={() => setWanted(true)}>{t('campaign.reportShow')}</Button>}
          <a href={apiUrl(`/campaigns/${campaignId}/report/file`, { format: 'pdf' })} target="_blank" rel="noreferrer" data-testid="campaign-report-pdf">{t('campaign.reportPdf')}</a>
          <a href={apiUrl(`/campaigns/${campaignId}/report/file`, { format: 'xlsx' })} data-testid="campaign-report-xlsx">{t('campaign.reportXlsx')}</a>
        </Space>
      )}
    >
      <ProblemAlert error={report.error} />
      {wanted && !report.data && !report.error && <PageLoading />}
      {report.data && <CampaignReport report={report.data} />}
    </Card>
  );
}

function UninspectedLegend() {
  const { t } = useI18n();
  return <div className="map-legend"><span><span className="map-legend-swatch" style={{ background: UNINSPECTED }} />{t('campaign.notInspected')}</span></div>;
}
