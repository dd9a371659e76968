import { useQuery } from '@tanstack/react-query';
import { Button, Card, Input, Space, Steps, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { publicReportApi } from './public-report-api';
import { PublicShell } from './public-report-page';

/** `/track/{code}`: the public stages of one report, with dates only (ADR 0074). */
export function TrackPage() {
  const t = useT();
  const { code = '' } = useParams();
  const navigate = useNavigate();
  const [typed, setTyped] = useState(code);
  const tracking = useQuery({ queryKey: ['public', 'track', code], queryFn: ({ signal }) => publicReportApi.track(code, signal), enabled: code.length > 0, retry: false });
  return (
    <PublicShell title={t('public.trackTitle')}>
      <Space.Compact style={{ width: '100%' }} className="section-card-first">
        <Input value={typed} onChange={(event) => setTyped(event.target.value)} placeholder={t('public.trackCodeInput')} aria-label={t('public.trackCodeInput')} />
        <Button type="primary" onClick={() => navigate(`/track/${encodeURIComponent(typed.trim())}`)}>{t('public.trackSearch')}</Button>
      </Space.Compact>
      {code && (
        <QueryBoundary query={tracking}>
          {(data) => (
            <Card className="section-card" title={`${t(`public.category.${data.category}`)} · ${t('public.current', { stage: t(`public.stage.${data.current}`) })}`} data-testid="tracking-card">
              <Steps
                direction="vertical"
                current={data.stages.length - 1}
                items={data.stages.map((entry) => ({
                  title: t(`public.stage.${entry.stage}`),
                  description: [formatDateTime(entry.at), entry.reason ? t(`public.reason.${entry.reason}`) : null].filter(Boolean).join(' · '),
                }))}
              />
            </Card>
          )}
        </QueryBoundary>
      )}
      <Typography.Paragraph className="section-card"><Link to="/report">{t('public.reportLink')}</Link></Typography.Paragraph>
    </PublicShell>
  );
}
