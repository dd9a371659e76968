import { RISK_LEVELS, type RiskOverviewResponse } from '@safegrid/contracts';
import { Card, Col, Progress, Row, Statistic, Typography } from 'antd';
import { Link } from 'react-router';
import { PageLoading } from '../../../shared/components/page-loading';
import { ProblemAlert } from '../../../shared/components/problem-alert';
import { useT } from '../../../shared/i18n/i18n';
import { RISK_COLOURS } from '../risk-colours';
import { riskLabelOf } from '../risk-labels';
import { useRiskOverview } from '../use-risk';

/** Units by colour in the caller's scope; each colour opens the registry filtered to it. */
export function RiskDistributionCard() {
  const t = useT();
  const overview = useRiskOverview();
  return (
    <Card title={t('risk.distribution')} data-testid="risk-distribution">
      <ProblemAlert error={overview.error} />
      {overview.data ? <Distribution overview={overview.data} /> : !overview.error && <PageLoading />}
    </Card>
  );
}

function Distribution({ overview }: { readonly overview: RiskOverviewResponse }) {
  const t = useT();
  const share = (count: number) => (overview.total > 0 ? Math.round((count / overview.total) * 1000) / 10 : 0);
  return (
    <>
      <Row gutter={[12, 12]} role="list" aria-label={t('risk.distributionSummary', { ...overview.byLevel })}>
        {RISK_LEVELS.map((level) => (
          <Col xs={12} md={6} key={level} role="listitem">
            <Link to={`/units?riskLevel=${level}`} data-risk-count={level}>
              <Statistic
                title={riskLabelOf(t, 'riskLevelLong', level)}
                value={overview.byLevel[level]}
                styles={{ content: { color: RISK_COLOURS[level].ink } }}
              />
            </Link>
            <Progress
              percent={share(overview.byLevel[level])}
              showInfo={false}
              strokeColor={RISK_COLOURS[level].fill}
              size="small"
              aria-label={`${riskLabelOf(t, 'riskLevelLong', level)} ${share(overview.byLevel[level])}%`}
            />
          </Col>
        ))}
      </Row>
      <Typography.Text type="secondary">
        {t('risk.total')} {overview.total} · {t('risk.ungraded')} {overview.byLevel.ungraded} · {t('risk.overriddenCount', { count: overview.overridden })}
      </Typography.Text>
    </>
  );
}
