import { ReportHazardBody } from '@safegrid/contracts';
import { App, Button, Card, Col, Form, Input, Row, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { checkAgainst } from '../../shared/forms/schema-check';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useI18n } from '../../shared/i18n/i18n';
import { useCurrentUser } from '../auth/use-session';
import { PhotoUploadField } from '../photos/photo-upload-field';
import { FixedOnSiteCard } from './components/fixed-on-site-card';
import { HazardBasicsFields, reportSourcesOf } from './components/hazard-basics-fields';
import { ReportLocationCard } from './components/report-location-card';
import { reportBodyOf, type ReportForm } from './report-body';
import { useReportHazard } from './use-hazards';

// Location and 立查立改 problems are shown in the alert: those parts are not single form controls.
const FIELDS = ['title', 'level', 'category', 'source', 'sector', 'description', 'unitId', 'equipmentId', 'legalBasis', 'photoIds'];

/** Report a hazard at a desk or on site with a connection (the phone view also works offline). */
export function HazardReportPage() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const user = useCurrentUser();
  const navigate = useNavigate();
  const [form] = Form.useForm<ReportForm>();
  const errors = useFormErrors(form, FIELDS);
  const report = useReportHazard();
  const [location, setLocation] = useState<{ lng: number; lat: number } | null>(null);
  // One key per report: a retry after a lost answer returns the first result instead of a duplicate.
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const sources = reportSourcesOf(user.role);
  const unitId = Form.useWatch('unitId', form);

  const submit = (values: ReportForm) => {
    errors.clearError();
    const body = reportBodyOf(values, location);
    if (errors.showProblems(checkAgainst(ReportHazardBody, body, language))) return;
    report.mutate({ body: body as ReportHazardBody, idempotencyKey }, {
      onSuccess: (hazard) => {
        void message.success(t('report.done'));
        navigate(`/hazards/${hazard.id}`, { replace: true });
      },
      onError: errors.showError,
    });
  };

  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{user.role === 'enterprise' ? t('nav.selfCheck') : t('nav.report')}</Typography.Title></div>
      <ProblemAlert error={errors.error} />
      <Form<ReportForm> form={form} layout="vertical" onValuesChange={errors.clearChanged} name="report" onFinish={submit} initialValues={{ level: 'general', source: sources[0], unitId: user.scope.unitId ?? undefined }}>
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Card title={t('report.what')}>
              <HazardBasicsFields sources={sources} sectorRequired={!unitId} />
              <Form.Item name="legalBasis" label={t('field.legalBasis')}><Input maxLength={500} /></Form.Item>
              <Form.Item name="photoIds" label={t('field.photos')}><PhotoUploadField /></Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <ReportLocationCard location={location} onLocation={setLocation} unitLocked={user.role === 'enterprise'} unitId={unitId} />
            {user.role !== 'enterprise' && <FixedOnSiteCard />}
          </Col>
        </Row>
        <div className="form-actions">
          <Button type="primary" htmlType="submit" loading={report.isPending}>{t('report.submit')}</Button>
        </div>
      </Form>
    </>
  );
}
