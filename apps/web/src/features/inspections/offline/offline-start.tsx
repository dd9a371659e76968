import type { ChecklistResponse } from '@safegrid/contracts';
import { Alert, Button, Card, Form, Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { useCurrentUser } from '../../auth/use-session';
import { PositionField, type Position } from '../../field/components/position-field';
import { useOutbox } from '../../field/outbox/outbox-context';
import { offlineConductPath } from '../inspection-paths';
import { inspectionKitsOf, type InspectionKit } from './inspection-kit';
import { queuedStartOf, type OfflineStartChoice } from './queue-start';

/** The checklists kept with the unit, and since when. */
function KeptChecklistField({ kit, checklistLabel }: { readonly kit: InspectionKit | undefined; readonly checklistLabel: (checklist: ChecklistResponse) => string }) {
  const t = useT();
  return (
    <Form.Item
      name="checklistId"
      label={t('inspection.checklist')}
      rules={[{ required: true, message: t('form.required') }]}
      extra={kit ? t('inspection.kitKept', { time: formatDateTime(kit.savedAt) }) : undefined}
    >
      <Select
        disabled={!kit}
        placeholder={kit ? undefined : t('inspection.chooseUnitFirst')}
        notFoundContent={t('inspection.noChecklist')}
        options={(kit?.checklists ?? []).map((checklist) => ({ value: checklist.id, label: checklistLabel(checklist) }))}
      />
    </Form.Item>
  );
}

/** Starts an inspection on the phone (kept in its outbox) and opens it for answering. */
export function useQueueStart() {
  const user = useCurrentUser();
  const outbox = useOutbox();
  const navigate = useNavigate();
  return async (kit: InspectionKit, choice: OfflineStartChoice) => {
    const queued = queuedStartOf(user.id, kit, choice, new Date(), crypto.randomUUID());
    await outbox.saveInspection(queued);
    await navigate(offlineConductPath(queued.id));
  };
}

interface OfflineStartValues {
  readonly unitId?: string;
  readonly checklistId?: string;
  readonly position?: Position | null;
}

/**
 * 开始检查 without signal: the units whose checklists were kept on this phone when they were opened
 * online, their checklists, and where I stand. The server judges the start when it syncs.
 */
export function OfflineStart({ initialUnit, campaignId, checklistLabel }: {
  readonly initialUnit: string | undefined;
  readonly campaignId: string | undefined;
  readonly checklistLabel: (checklist: ChecklistResponse) => string;
}) {
  const t = useT();
  const user = useCurrentUser();
  const [kits] = useState(() => inspectionKitsOf(localStorage, user.id));
  const queueStart = useQueueStart();
  const [form] = Form.useForm<OfflineStartValues>();
  const unitId = Form.useWatch('unitId', form) ?? (kits.some((kit) => kit.unit.id === initialUnit) ? initialUnit : undefined);
  const kit = kits.find((candidate) => candidate.unit.id === unitId);
  const [saving, setSaving] = useState(false);
  if (kits.length === 0) return <Alert type="warning" showIcon title={t('inspection.offlineNoKit')} data-testid="offline-no-kit" />;

  const submit = async (values: OfflineStartValues) => {
    const checklist = kit?.checklists.find((candidate) => candidate.id === values.checklistId);
    if (!kit || !checklist || !values.position) return;
    setSaving(true);
    try {
      await queueStart(kit, { checklist, position: values.position, campaignId });
    } finally {
      setSaving(false);
    }
  };
  return (
    <Card>
      <Alert type="info" showIcon title={t('inspection.offlineBanner')} style={{ marginBottom: 16 }} />
      <Form<OfflineStartValues>
        form={form}
        layout="vertical"
        requiredMark
        initialValues={{ unitId, checklistId: kit?.checklists.length === 1 ? kit.checklists[0]?.id : undefined, position: null }}
        onFinish={(values) => void submit(values)}
      >
        <Form.Item name="unitId" label={t('inspection.unit')} rules={[{ required: true, message: t('form.required') }]}>
          <Select
            showSearch
            optionFilterProp="label"
            onChange={(next: string) => {
              const chosen = kits.find((candidate) => candidate.unit.id === next);
              form.setFieldValue('checklistId', chosen?.checklists.length === 1 ? chosen.checklists[0]?.id : undefined);
            }}
            options={kits.map((candidate) => ({ value: candidate.unit.id, label: `${candidate.unit.name} · ${candidate.unit.address}` }))}
          />
        </Form.Item>
        <KeptChecklistField kit={kit} checklistLabel={checklistLabel} />
        <Form.Item name="position" label={t('inspection.position')} rules={[{ required: true, message: t('inspection.noPosition') }]}>
          <PositionField />
        </Form.Item>
        <Button type="primary" htmlType="submit" size="large" block loading={saving}>{t('inspection.start')}</Button>
      </Form>
    </Card>
  );
}
