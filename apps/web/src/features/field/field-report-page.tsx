import { ReportHazardBody } from '@safegrid/contracts';
import { App, Button, Card, Form, Typography } from 'antd';
import { useState } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { checkAgainst } from '../../shared/forms/schema-check';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useI18n } from '../../shared/i18n/i18n';
import { useCurrentUser, useSession } from '../auth/use-session';
import { HazardBasicsFields, reportSourcesOf } from '../hazards/components/hazard-basics-fields';
import { UnitSelect } from '../units/components/unit-select';
import { OutboxList } from './components/outbox-list';
import { PhotoCapture, type CapturedPhoto } from './components/photo-capture';
import { PositionField, type Position } from './components/position-field';
import { useOutbox } from './outbox/outbox-context';

interface FieldReportForm {
  title?: string;
  level?: 'general' | 'major';
  category?: string;
  source?: string;
  sector?: string;
  description?: string;
  unitId?: string;
  photos?: CapturedPhoto[];
  position?: Position | null;
}

const FIELDS = ['title', 'level', 'category', 'source', 'sector', 'description', 'unitId'];

/**
 * 上报隐患 on a phone: camera photos and GPS position. The report goes to the outbox first and is
 * sent from there — at once when online, later when not — so a lost signal loses nothing.
 */
export function FieldReportPage() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const offline = useSession().data?.offline ?? false;
  const outbox = useOutbox();
  const [form] = Form.useForm<FieldReportForm>();
  const errors = useFormErrors(form, FIELDS);
  const [saving, setSaving] = useState(false);
  const sources = reportSourcesOf(user.role);
  const unitId = Form.useWatch('unitId', form);

  const submit = async (values: FieldReportForm) => {
    errors.clearError();
    const position = values.position;
    const body = {
      source: values.source, level: values.level, category: values.category, title: values.title?.trim() ?? '',
      description: values.description?.trim() ?? '',
      ...(values.unitId ? { unitId: values.unitId } : {}),
      ...(values.sector ? { sector: values.sector } : {}),
      ...(position ? { location: { lng: position.lng, lat: position.lat, crs: 'wgs84' as const } } : {}),
    };
    if (errors.showProblems(checkAgainst(ReportHazardBody, body, language))) return;
    if (!position && !values.unitId) {
      form.setFields([{ name: 'position', errors: [t('report.needPlace')] }]);
      return;
    }
    setSaving(true);
    try {
      await outbox.queue({ id: crypto.randomUUID(), createdAt: new Date().toISOString(), body: body as ReportHazardBody, photos: (values.photos ?? []).map((photo) => ({ ...photo, photoId: null })) });
      void message.success(navigator.onLine ? t('outbox.queuedOnline') : t('outbox.queuedOffline'));
      form.resetFields(['title', 'description', 'photos', 'unitId']);
    } finally {
      setSaving(false);
    }
  };

  return (
    <div className="field-page">
      <div className="page-header"><Typography.Title level={2}>{t('nav.fieldReport')}</Typography.Title></div>
      <ProblemAlert error={errors.error} />
      <Form<FieldReportForm> form={form} layout="vertical" onValuesChange={errors.clearChanged} name="field-report" onFinish={(values) => void submit(values)} initialValues={{ level: 'general', source: sources.includes('patrol') ? 'patrol' : sources[0], photos: [], position: null }}>
        <Card className="field-card">
          <Form.Item name="photos" label={t('field.photos')}><PhotoCapture /></Form.Item>
          <Form.Item name="position" label={t('field.location')}><PositionField /></Form.Item>
          <Form.Item name="unitId" label={t('field.unit')} extra={offline ? t('report.unitOffline') : t('report.unitHint')}><UnitSelect disabled={offline} /></Form.Item>
        </Card>
        <Card className="field-card">
          <HazardBasicsFields sources={sources} sectorRequired={!unitId} />
        </Card>
        <div className="field-submit">
          <Button type="primary" htmlType="submit" size="large" block loading={saving}>{t('report.submit')}</Button>
        </div>
      </Form>
      <OutboxList />
    </div>
  );
}
