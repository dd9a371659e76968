import type { CampaignCoverageResponse, CampaignResponse } from '@safegrid/contracts';
import { Card, Col, Row, Statistic, Tag } from 'antd';
import { formatRate } from '../../../shared/format/numbers';
import { useI18n } from '../../../shared/i18n/i18n';

/** Coverage in the caller's scope: in scope, inspected, not inspected, %; and the hazards found. */
export function CampaignKpis({ campaign, coverage }: { readonly campaign: CampaignResponse; readonly coverage: CampaignCoverageResponse }) {
  const { t, language } = useI18n();
  const { hazards } = coverage;
  const cards = [
    { key: 'inScope', title: t('campaign.kpiInScope'), value: coverage.inScope },
    { key: 'inspected', title: t('campaign.kpiInspected'), value: coverage.inspected },
    { key: 'notInspected', title: t('campaign.kpiNotInspected'), value: coverage.notInspected },
    {
      key: 'rate', title: t('campaign.kpiRate'), value: formatRate(coverage.rate, language),
      suffix: <Tag color={coverage.targetMet ? 'success' : 'warning'}>{coverage.targetMet ? t('campaign.targetMet') : t('campaign.targetNotMet')} · {campaign.target.coverage}%</Tag>,
    },
    { key: 'found', title: t('campaign.hazardsFound'), value: hazards.found },
    { key: 'closed', title: t('campaign.hazardsClosed'), value: hazards.closed },
    { key: 'major', title: t('campaign.hazardsMajor'), value: `${hazards.majorClosed}/${hazards.major}` },
    { key: 'rectRate', title: t('campaign.hazardsRate'), value: formatRate(hazards.rectificationRate, language) },
  ];
  return (
    <Row gutter={[12, 12]}>
      {cards.map((card) => (
        <Col xs={12} md={6} key={card.key}>
          <Card size="small" data-kpi={card.key}>
            <Statistic title={card.title} value={card.value} suffix={card.suffix} />
          </Card>
        </Col>
      ))}
    </Row>
  );
}
