import { AimOutlined } from '@ant-design/icons';
import { ReportHazardBody, type UnitResponse } from '@safegrid/contracts';
import { App, Button, Card, Checkbox, Col, Form, Input, Row, Space, Typography } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { checkAgainst } from '../../shared/forms/schema-check';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useI18n } from '../../shared/i18n/i18n';
import { useCurrentUser } from '../auth/use-session';
import { LocationMap } from '../map/location-map';
import { PhotoUploadField } from '../photos/photo-upload-field';
import { UnitSelect } from '../units/components/unit-select';
import { HazardBasicsFields, reportSourcesOf } from './components/hazard-basics-fields';
import { useReportHazard } from './use-hazards';

interface ReportForm {
  title?: string;
  level?: 'general' | 'major';
  category?: string;
  source?: string;
  sector?: string;
  description?: string;
  unitId?: string;
  legalBasis?: string;
  photoIds?: string[];
  isFixedOnSite?: boolean;
  fixedOnSite?: { evidencePhotoIds?: string[]; note?: string };
}

// Location and 立查立改 problems are shown in the alert: those parts are not single form controls.
const FIELDS = ['title', 'level', 'category', 'source', 'sector', 'description', 'unitId', 'legalBasis', 'photoIds'];

/** Report a hazard at a desk or on site with a connection (the phone view works offline). */
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
  const isFixedOnSite = Form.useWatch('isFixedOnSite', form);

  const submit = (values: ReportForm) => {
    errors.clearError();
    const body: Record<string, unknown> = {
      source: values.source, level: values.level, category: values.category, title: values.title?.trim() ?? '',
      description: values.description?.trim() ?? '',
      ...(values.unitId ? { unitId: values.unitId } : {}),
      ...(values.sector ? { sector: values.sector } : {}),
      ...(location ? { location: { ...location, crs: 'wgs84' } } : {}),
      ...(values.legalBasis?.trim() ? { legalBasis: values.legalBasis.trim() } : {}),
      ...(values.photoIds?.length ? { photoIds: values.photoIds } : {}),
      ...(values.isFixedOnSite
        ? { fixedOnSite: { evidencePhotoIds: values.fixedOnSite?.evidencePhotoIds ?? [], ...(values.fixedOnSite?.note?.trim() ? { note: values.fixedOnSite.note.trim() } : {}) } }
        : {}),
    };
    if (errors.showProblems(checkAgainst(ReportHazardBody, body, language))) return;
    report.mutate({ body: body as ReportHazardBody, idempotencyKey }, {
      onSuccess: (hazard) => {
        void message.success(t('report.done'));
        navigate(`/hazards/${hazard.id}`, { replace: true });
      },
      onError: errors.showError,
    });
  };

  const locateMe = () => navigator.geolocation?.getCurrentPosition(
    (position) => setLocation({ lng: position.coords.longitude, lat: position.coords.latitude }),
    () => void message.warning(t('report.noPosition')),
    { enableHighAccuracy: true, timeout: 15_000 },
  );

  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{user.role === 'enterprise' ? t('nav.selfCheck') : t('nav.report')}</Typography.Title></div>
      <ProblemAlert error={errors.error} />
      <Form<ReportForm>
        form={form}
        layout="vertical"
        name="report"
        onFinish={submit}
        initialValues={{ level: 'general', source: sources[0], unitId: user.scope.unitId ?? undefined }}
      >
        <Row gutter={16}>
          <Col xs={24} lg={12}>
            <Card title={t('report.what')}>
              <HazardBasicsFields sources={sources} sectorRequired={!unitId} />
              <Form.Item name="legalBasis" label={t('field.legalBasis')}><Input maxLength={500} /></Form.Item>
              <Form.Item name="photoIds" label={t('field.photos')}><PhotoUploadField /></Form.Item>
            </Card>
          </Col>
          <Col xs={24} lg={12}>
            <Card title={t('report.where')}>
              <Form.Item name="unitId" label={t('field.unit')} extra={t('report.unitHint')}>
                <UnitSelect disabled={user.role === 'enterprise'} onUnit={(unit?: UnitResponse) => unit && setLocation(unit.location)} />
              </Form.Item>
              <Form.Item label={t('field.location')} extra={location ? t('report.locationValue', { lng: location.lng.toFixed(6), lat: location.lat.toFixed(6) }) : t('report.locationHint')}>
                <Space direction="vertical" style={{ width: '100%' }}>
                  <Button icon={<AimOutlined />} onClick={locateMe}>{t('report.useMyPosition')}</Button>
                  <LocationMap point={location} onPick={setLocation} />
                </Space>
              </Form.Item>
            </Card>
            {user.role !== 'enterprise' && (
              <Card title={t('report.fixedOnSiteTitle')} className="section-card">
                <Form.Item name="isFixedOnSite" valuePropName="checked"><Checkbox>{t('report.fixedOnSite')}</Checkbox></Form.Item>
                {isFixedOnSite && (
                  <>
                    <Form.Item name={['fixedOnSite', 'evidencePhotoIds']} label={t('field.evidencePhotos')} required><PhotoUploadField /></Form.Item>
                    <Form.Item name={['fixedOnSite', 'note']} label={t('field.note')}><Input.TextArea rows={2} maxLength={2000} /></Form.Item>
                  </>
                )}
              </Card>
            )}
          </Col>
        </Row>
        <div className="form-actions">
          <Button type="primary" htmlType="submit" loading={report.isPending}>{t('report.submit')}</Button>
        </div>
      </Form>
    </>
  );
}
