import { PlusOutlined } from '@ant-design/icons';
import type { CampaignResponse } from '@safegrid/contracts';
import { Button, Card, Empty, Table, Typography, type TableColumnsType } from 'antd';
import { Link } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDate } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { useCurrentUser } from '../auth/use-session';
import { ChecklistName } from '../checklists/components/checklist-name';
import { useTowns } from '../regions/use-regions';
import { canManageCampaigns } from './campaign-access';
import { campaignTargetText } from './campaign-target';
import { CampaignPhaseTag } from './components/campaign-phase-tag';
import { useCampaignList } from './use-campaigns';

/** 专项整治: the campaigns the user can see (their town's and the district's), newest first. */
export function CampaignListPage() {
  const t = useT();
  const user = useCurrentUser();
  const { nameOf } = useTowns();
  const list = useCampaignList();
  const columns: TableColumnsType<CampaignResponse> = [
    { key: 'name', title: t('campaign.name'), render: (_, campaign) => <Link to={`/campaigns/${campaign.id}`}>{campaign.name}</Link> },
    { key: 'phase', title: t('campaign.phase'), render: (_, campaign) => <CampaignPhaseTag phase={campaign.phase} /> },
    { key: 'period', title: t('campaign.period'), render: (_, campaign) => `${formatDate(campaign.startsOn)} ~ ${formatDate(campaign.endsOn)}`, responsive: ['sm'] },
    { key: 'owner', title: t('campaign.owner'), render: (_, campaign) => nameOf(campaign.ownerRegionCode), responsive: ['md'] },
    { key: 'checklist', title: t('campaign.checklist'), responsive: ['lg'], render: (_, campaign) => <ChecklistName id={campaign.checklistId} fallback={campaign.checklistCode} /> },
    {
      key: 'target', title: t('campaign.target'), responsive: ['lg'],
      render: (_, campaign) => campaignTargetText(t, campaign.target),
    },
  ];
  return (
    <>
      <div className="page-header">
        <Typography.Title level={2}>{t('campaign.title')}</Typography.Title>
        {canManageCampaigns(user) && <Link to="/campaigns/new"><Button type="primary" icon={<PlusOutlined aria-hidden />}>{t('campaign.create')}</Button></Link>}
      </div>
      <Card>
        <ProblemAlert error={list.error} />
        <Table<CampaignResponse>
          rowKey="id"
          columns={columns}
          dataSource={[...(list.data ?? [])]}
          loading={list.isPending}
          pagination={{ pageSize: 20, hideOnSinglePage: true }}
          locale={{ emptyText: <Empty description={t('campaign.none')} /> }}
          scroll={{ x: true }}
        />
      </Card>
    </>
  );
}
