import type { OverviewResponse, TrendResponse } from '@safegrid/contracts';
import { Card, Col, Row, Statistic, Typography } from 'antd';
import { useNavigate } from 'react-router';
import { SERIES } from '../../../app/theme';
import { formatRate } from '../../../shared/format/numbers';
import { useI18n } from '../../../shared/i18n/i18n';
import { currentMonth, monthRate } from '../dashboard-figures';

const OPEN = 'status=reported&status=assigned&status=submitted';

/** The headline numbers; each opens the hazard list filtered to what it counts. */
export function KpiCards({ overview, trend }: { readonly overview: OverviewResponse; readonly trend: TrendResponse | undefined }) {
  const { t, language } = useI18n();
  const navigate = useNavigate();
  const month = currentMonth(trend);
  // "本月" on the 7th is a week: the period and the definition stand under the number (issue 16).
  const monthNumber = month ? Number(month.month.slice(5)) : null;
  const rateHint = month && monthNumber
    ? t('kpi.rateThisMonthHint', { month: monthNumber, found: month.found - month.foundDismissed, closed: month.foundClosed })
    : null;
  const cards = [
    { key: 'open', title: t('kpi.open'), value: overview.open, link: `/hazards?${OPEN}`, color: SERIES.openText },
    { key: 'overdue', title: t('kpi.overdue'), value: overview.overdue, link: '/hazards?overdue=true', color: SERIES.overdue },
    { key: 'major', title: t('kpi.majorOpen'), value: overview.majorOpen, link: `/hazards?level=major&${OPEN}`, color: SERIES.major },
    { key: 'found', title: t('kpi.foundThisMonth'), value: month?.found ?? 0, link: null, color: SERIES.found, hint: monthNumber ? t('kpi.sinceMonthStart', { month: monthNumber }) : null },
    { key: 'rate', title: t('kpi.rateThisMonth'), value: formatRate(monthRate(month), language), link: null, color: SERIES.closed, hint: rateHint },
    { key: 'rateAll', title: t('kpi.rateAll'), value: formatRate(overview.rectificationRate, language), link: null, color: SERIES.rate, hint: t('kpi.rateAllHint') },
  ];
  return (
    <Row gutter={[16, 16]} className="kpi-grid">
      {cards.map((card) => (
        <Col key={card.key} xs={12} md={8} xl={4}>
          <Card
            hoverable={card.link !== null}
            onClick={card.link ? () => navigate(card.link) : undefined}
            onKeyDown={card.link ? (event) => event.key === 'Enter' && navigate(card.link) : undefined}
            tabIndex={card.link ? 0 : undefined}
            role={card.link ? 'link' : undefined}
            data-testid={`kpi-${card.key}`}
          >
            <Statistic title={card.title} value={card.value} styles={{ content: { color: card.color } }} />
            {'hint' in card && card.hint ? <Typography.Text type="secondary" className="kpi-hint">{card.hint}</Typography.Text> : null}
          </Card>
        </Col>
      ))}
    </Row>
  );
}
