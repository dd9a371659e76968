import { RightOutlined } from '@ant-design/icons';
import type { ChecklistResponse } from '@safegrid/contracts';
import { Alert, Button, Card, Form, Input, Select, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { ApiError, NetworkError } from '../../shared/api-client';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { formatDateTime } from '../../shared/format/dates';
import { useT } from '../../shared/i18n/i18n';
import { useCurrentUser, useSession } from '../auth/use-session';
import { useChecklists } from '../checklists/use-checklists';
import { PositionField, type Position } from '../field/components/position-field';
import { UnitSelect } from '../units/components/unit-select';
import { useUnit } from '../units/use-units';
import { conductPath } from './inspection-paths';
import { inspectionKitsOf, keepInspectionKit } from './offline/inspection-kit';
import { OfflineStart, useQueueStart } from './offline/offline-start';
import { useInspectionList, useStartInspection } from './use-inspections';
import './inspections.css';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

interface StartValues {
  readonly unitId?: string;
  readonly checklistId?: string;
  readonly position?: Position | null;
  readonly farReason?: string;
}

function checklistLabel(t: ReturnType<typeof useT>, checklist: ChecklistResponse): string {
  return t('inspection.checklistOption', { name: checklist.name, version: checklist.version, count: checklist.applicableItemIds?.length ?? checklist.items.length });
}

/** My inspections still open, to go back to rather than start again. */
function InProgress() {
  const t = useT();
  const user = useCurrentUser();
  const open = useInspectionList({ status: ['in_progress'], inspectorId: user.id, limit: 10 });
  const items = open.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Card size="small" title={t('inspection.inProgressHere')} className="inspection-summary">
      {items.map((inspection) => (
        <Link key={inspection.id} to={conductPath(user, inspection.id)} className="field-task-link">
          <Space style={{ width: '100%', justifyContent: 'space-between' }}>
            <span><OpenUnitName unitId={inspection.unitId} /> · {formatDateTime(inspection.startedAt)}</span>
            <span>{t('inspection.continue')} <RightOutlined aria-hidden /></span>
          </Space>
        </Link>
      ))}
    </Card>
  );
}

function OpenUnitName({ unitId }: { readonly unitId: string }) {
  const unit = useUnit(unitId);
  return <>{unit.data?.name ?? '…'}</>;
}

/** Opened online: keeps what inspecting the unit needs, so it can be done without signal (ADR 0094). */
function useKeepInspectionKit(unitId: string | undefined, checklists: ReturnType<typeof useChecklists>) {
  const user = useCurrentUser();
  const unit = useUnit(unitId);
  useEffect(() => {
    if (!unit.data || !checklists.data || unit.data.id !== unitId) return;
    const { id, name, address, location } = unit.data;
    keepInspectionKit(localStorage, user.id, { unit: { id, name, address, location }, checklists: checklists.data, savedAt: new Date(checklists.dataUpdatedAt).toISOString() });
  }, [unit.data, checklists.data, checklists.dataUpdatedAt, unitId, user.id]);
}

/**
 * Starts on the server; when the server is not reached, carries on on the phone with the kept
 * checklist, synced later (ADR 0094).
 */
function useStartOrQueue(campaignId: string | undefined) {
  const user = useCurrentUser();
  const navigate = useNavigate();
  const start = useStartInspection();
  const queueStart = useQueueStart();
  const submit = (values: StartValues) => {
    if (!values.unitId || !values.checklistId || !values.position) return;
    start.mutate(
      {
        unitId: values.unitId,
        checklistId: values.checklistId,
        location: { lng: values.position.lng, lat: values.position.lat, crs: 'wgs84' },
        ...(values.farReason?.trim() ? { farReason: values.farReason.trim() } : {}),
        ...(campaignId ? { campaignId } : {}),
      },
      {
        onSuccess: (inspection) => navigate(conductPath(user, inspection.id)),
        // The server was not reached: carry on on the phone with the kept checklist, synced later.
        onError: (error) => {
          if (!(error instanceof NetworkError) || !values.position) return;
          const kit = inspectionKitsOf(localStorage, user.id).find((candidate) => candidate.unit.id === values.unitId);
          const checklist = kit?.checklists.find((candidate) => candidate.id === values.checklistId);
          if (!kit || !checklist) return;
          start.reset();
          void queueStart(kit, { checklist, position: values.position, farReason: values.farReason, campaignId });
        },
      },
    );
  };
  return { start, submit };
}

/** Whether the server has asked for a reason to start this far away (it stays asked). */
function useAskReason(error: unknown): boolean {
  const [asked, setAsked] = useState(false);
  useEffect(() => {
    if (error instanceof ApiError && (error.problem?.errors ?? []).some((problem) => problem.path === '/farReason')) setAsked(true);
  }, [error]);
  return asked;
}

/**
 * Starting on site: the unit (of my grid, or my own unit for an enterprise), a checklist usable on
 * it (the server says which and which items apply), and where I stand. The server records the
 * distance; starting far away needs a reason, asked for when the server says so.
 */
export function InspectionStartPage() {
  const t = useT();
  const user = useCurrentUser();
  const [search] = useSearchParams();
  const ownUnit = user.role === 'enterprise' ? user.scope.unitId : null;
  const fromUrl = (name: string) => (UUID.test(search.get(name) ?? '') ? (search.get(name) ?? undefined) : undefined);
  const initialUnit = ownUnit ?? fromUrl('unitId');
  // Started from a campaign (专项整治): the inspection counts towards it; the server checks the unit and checklist.
  const campaignId = fromUrl('campaignId');
  const [form] = Form.useForm<StartValues>();
  const unitId = Form.useWatch('unitId', form) ?? initialUnit;
  const checklists = useChecklists({ unitId }, Boolean(unitId));
  const { start, submit } = useStartOrQueue(campaignId);
  const askReason = useAskReason(start.error);
  const offline = useSession().data?.offline ?? false;
  useKeepInspectionKit(offline ? undefined : unitId, checklists);

  // One usable checklist: take it.
  useEffect(() => {
    const only = checklists.data?.length === 1 ? checklists.data[0] : undefined;
    if (only && !form.getFieldValue('checklistId')) form.setFieldValue('checklistId', only.id);
  }, [checklists.data, form]);


  if (offline) {
    return (
      <div className="field-page">
        <div className="page-header"><Typography.Title level={2}>{t('inspection.offlineTitle')}</Typography.Title></div>
        <OfflineStart initialUnit={initialUnit} campaignId={campaignId} checklistLabel={(checklist) => checklistLabel(t, checklist)} />
      </div>
    );
  }

  return (
    <div className="field-page">
      <div className="page-header">
        <Typography.Title level={2}>{ownUnit ? t('inspection.selfStartTitle') : t('inspection.startTitle')}</Typography.Title>
      </div>
      <InProgress />
      {campaignId && <Alert type="info" showIcon title={t('inspection.forCampaign')} style={{ marginBottom: 16 }} />}
      <Card>
        <ProblemAlert error={start.error} />
        <Form<StartValues> form={form} layout="vertical" initialValues={{ unitId: initialUnit, position: null }} onFinish={submit} requiredMark>
          <Form.Item name="unitId" label={t('inspection.unit')} rules={[{ required: true, message: t('form.required') }]}>
            <UnitSelect disabled={Boolean(ownUnit)} onChange={() => form.setFieldValue('checklistId', undefined)} />
          </Form.Item>
          <ChecklistField unitId={unitId} checklists={checklists} />
          <Form.Item name="position" label={t('inspection.position')} rules={[{ required: true, message: t('inspection.noPosition') }]}>
            <PositionField />
          </Form.Item>
          {askReason && (
            <Form.Item name="farReason" label={t('inspection.farReason')} extra={t('inspection.farReasonHelp')}>
              <Input.TextArea maxLength={500} autoSize={{ minRows: 2, maxRows: 4 }} />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" size="large" block loading={start.isPending}>{t('inspection.start')}</Button>
        </Form>
      </Card>
    </div>
  );
}

/** The checklists usable on the unit (the server decides), each with how many of its items apply. */
function ChecklistField({ unitId, checklists }: { readonly unitId: string | undefined; readonly checklists: ReturnType<typeof useChecklists> }) {
  const t = useT();
  const options = checklists.data ?? [];
  return (
    <>
      <Form.Item name="checklistId" label={t('inspection.checklist')} rules={[{ required: true, message: t('form.required') }]}>
        <Select
          disabled={!unitId}
          loading={checklists.isFetching}
          placeholder={unitId ? undefined : t('inspection.chooseUnitFirst')}
          notFoundContent={t('inspection.noChecklist')}
          options={options.map((checklist) => ({ value: checklist.id, label: checklistLabel(t, checklist) }))}
        />
      </Form.Item>
      <ProblemAlert error={checklists.error} />
      {unitId && checklists.isSuccess && options.length === 0 && <Alert type="warning" showIcon title={t('inspection.noChecklist')} style={{ marginBottom: 16 }} />}
    </>
  );
}
