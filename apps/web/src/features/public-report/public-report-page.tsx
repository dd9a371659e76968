import { PUBLIC_REPORT_HONEYPOT_FIELD, type NearbyMatter, type PublicReportReceiptResponse } from '@safegrid/contracts';
import { useMutation } from '@tanstack/react-query';
import { Button, Card, List, Result, Space, Typography } from 'antd';
import { useRef, useState } from 'react';
import { Link } from 'react-router';
import { LanguageSwitch } from '../../app/language-switch';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { shanghaiDateOf } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { publicReportApi } from './public-report-api';
import { PublicReportForm, type PublicReportDraft } from './public-report-form';

function formOf(draft: PublicReportDraft, followHazardId: string | undefined): FormData {
  const form = new FormData();
  form.set('category', draft.category);
  form.set('description', draft.description);
  form.set('lng', String(draft.location.lng));
  form.set('lat', String(draft.location.lat));
  form.set('crs', 'wgs84');
  if (draft.reporterName) form.set('reporterName', draft.reporterName);
  if (draft.reporterPhone) form.set('reporterPhone', draft.reporterPhone);
  form.set(PUBLIC_REPORT_HONEYPOT_FIELD, draft.website ?? '');
  if (followHazardId) form.set('followHazardId', followHazardId);
  draft.photos.forEach((photo, index) => form.append('photos', photo, `photo-${index + 1}.jpg`));
  return form;
}

/** Shell of the public pages: no menu, no account, language switch, phone-width column. */
export function PublicShell({ title, children }: { readonly title: string; readonly children: React.ReactNode }) {
  return (
    <main className="public-screen">
      <div className="public-header">
        <Typography.Title level={3}>{title}</Typography.Title>
        <LanguageSwitch />
      </div>
      {children}
    </main>
  );
}

/**
 * 群众举报 `/report`: fill in, then, when the same problem is already open nearby, choose to follow
 * it or send anyway; the answer is a tracking code shown once (ADR 0074).
 */
export function PublicReportPage() {
  const t = useT();
  const [draft, setDraft] = useState<PublicReportDraft | null>(null);
  const [nearby, setNearby] = useState<readonly NearbyMatter[]>([]);
  const [receipt, setReceipt] = useState<PublicReportReceiptResponse | null>(null);
  // One key per report: a retry after a lost answer is recognised by the server.
  const idempotencyKey = useRef(crypto.randomUUID());
  const check = useMutation({
    mutationFn: (next: PublicReportDraft) => publicReportApi.nearby({ category: next.category as never, lng: next.location.lng, lat: next.location.lat, crs: 'wgs84' }),
  });
  const send = useMutation({
    mutationFn: ({ report, follow }: { report: PublicReportDraft; follow?: string }) => publicReportApi.submit(formOf(report, follow), idempotencyKey.current),
    onSuccess: (answer) => {
      setReceipt(answer);
      setNearby([]);
    },
  });
  const ready = async (next: PublicReportDraft) => {
    setDraft(next);
    const found = await check.mutateAsync(next).catch(() => ({ items: [] }));
    if (found.items.length > 0) setNearby(found.items);
    else send.mutate({ report: next });
  };
  const again = () => {
    idempotencyKey.current = crypto.randomUUID();
    setReceipt(null);
    setDraft(null);
  };

  if (receipt) return <ReceiptView receipt={receipt} onAgain={again} />;
  return (
    <PublicShell title={t('public.title')}>
      <Typography.Paragraph type="secondary">{t('public.intro')}</Typography.Paragraph>
      <ProblemAlert error={send.error} />
      {nearby.length > 0 && draft ? (
        <NearbyChoice category={draft.category} nearby={nearby} busy={send.isPending} onChoose={(follow) => send.mutate({ report: draft, follow })} />
      ) : (
        <PublicReportForm busy={check.isPending || send.isPending} onReady={(next) => void ready(next)} />
      )}
    </PublicShell>
  );
}

/** The tracking code, shown once, and the way to its progress. */
function ReceiptView({ receipt, onAgain }: { readonly receipt: PublicReportReceiptResponse; readonly onAgain: () => void }) {
  const t = useT();
  return (
    <PublicShell title={t('public.title')}>
      <Result
        status="success"
        title={t(receipt.followed ? 'public.doneFollowedTitle' : 'public.doneTitle')}
        subTitle={t('public.codeHint')}
        extra={(
          <Space direction="vertical" align="center">
            <Typography.Text type="secondary">{t('public.codeLabel')}</Typography.Text>
            <Typography.Title level={3} copyable data-testid="tracking-code">{receipt.trackingCode}</Typography.Title>
            <Link to={receipt.trackPath}><Button type="primary">{t('public.trackLink')}</Button></Link>
            <Button type="link" onClick={onAgain}>{t('public.another')}</Button>
          </Space>
        )}
      />
    </PublicShell>
  );
}

/** 附近已有相同问题正在处理: follow one of them (undefined: send the new report anyway). */
function NearbyChoice({ category, nearby, busy, onChoose }: {
  readonly category: string;
  readonly nearby: readonly NearbyMatter[];
  readonly busy: boolean;
  readonly onChoose: (follow: string | undefined) => void;
}) {
  const t = useT();
  return (
    <Card title={t('public.nearbyTitle')} className="section-card-first" data-testid="public-nearby">
      <Typography.Paragraph>{t('public.nearbyIntro')}</Typography.Paragraph>
      <List
        dataSource={[...nearby]}
        renderItem={(item) => (
          <List.Item actions={[<Button key="follow" type="primary" loading={busy} onClick={() => onChoose(item.hazardId)}>{t('public.follow')}</Button>]}>
            {t(`public.category.${category}` as never)} · {t('public.nearbyItem', { distance: item.distanceMetres, date: shanghaiDateOf(item.reportedAt), stage: t(`public.stage.${item.current}`) })}
          </List.Item>
        )}
      />
      <Button block loading={busy} onClick={() => onChoose(undefined)}>{t('public.submitAnyway')}</Button>
    </Card>
  );
}
