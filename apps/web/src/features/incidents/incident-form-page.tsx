import { INCIDENT_GRADES, INCIDENT_TYPES, RecordIncidentBody, type IncidentResponse } from '@safegrid/contracts';
import { App, Button, Card, Col, DatePicker, Form, Input, InputNumber, Row, Select, Typography } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { checkAgainst } from '../../shared/forms/schema-check';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useI18n } from '../../shared/i18n/i18n';
import type { UiMessageKey } from '../../shared/i18n/messages/zh-cn';
import { useCurrentUser } from '../auth/use-session';
import { useTowns } from '../regions/use-regions';
import { UnitSelect } from '../units/components/unit-select';
import { useRecordIncident } from './use-incidents';

interface FormValues {
  unitId?: string; unitName?: string; townCode?: string; occurredAt?: Dayjs; unitReportedAt?: Dayjs; place?: string; lng?: number; lat?: number;
  type?: string; course?: string; deaths?: number; seriousInjuries?: number; minorInjuries?: number; missing?: number; directLossWan?: number;
  measures?: string; reporterName?: string; reporterPhone?: string; grade?: IncidentResponse['grade']; gradeReason?: string;
}
const FIELDS = ['unitId', 'unitName', 'townCode', 'occurredAt', 'unitReportedAt', 'place', 'lng', 'lat', 'type', 'course', 'deaths', 'seriousInjuries', 'minorInjuries', 'missing', 'directLossWan', 'measures', 'reporterName', 'reporterPhone', 'grade', 'gradeReason'];

/** The form's values as the API's body (loss in 万元 → 元, empty fields left out). */
export function incidentBodyOf(values: FormValues): Record<string, unknown> {
  const text = (value: string | undefined) => (value?.trim() ? value.trim() : undefined);
  return Object.fromEntries(Object.entries({
    unitId: values.unitId, unitName: text(values.unitName), townCode: values.townCode,
    occurredAt: values.occurredAt?.toISOString(), unitReportedAt: values.unitReportedAt?.toISOString(), place: values.place ?? '',
    location: values.lng !== undefined && values.lat !== undefined && values.lng !== null && values.lat !== null ? { lng: values.lng, lat: values.lat, crs: 'wgs84' } : undefined,
    type: values.type, course: values.course ?? '', deaths: values.deaths ?? 0, seriousInjuries: values.seriousInjuries ?? 0, minorInjuries: values.minorInjuries ?? 0,
    missing: values.missing ?? 0, directLossYuan: Math.round((values.directLossWan ?? 0) * 10_000), measures: text(values.measures),
    reporterName: values.reporterName ?? '', reporterPhone: text(values.reporterPhone), grade: values.grade, gradeReason: text(values.gradeReason),
  }).filter(([, value]) => value !== undefined));
}

const formPath = (path: string) => (path === '/directLossYuan' ? '/directLossWan' : path.startsWith('/location') ? '/lng' : path);

function FactFields({ ownTown }: { readonly ownTown: string | undefined }) {
  const { t } = useI18n();
  const { towns } = useTowns();
  const count = (name: keyof FormValues, label: UiMessageKey) => (
    <Col xs={12} md={6}><Form.Item label={t(label)} name={name}><InputNumber min={0} max={100000} precision={0} style={{ width: '100%' }} /></Form.Item></Col>
  );
  return (
    <Row gutter={12}>
      <Col xs={24} md={12}><Form.Item label={t('incident.unitFromRegistry')} name="unitId"><UnitSelect /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item label={t('incident.unitName')} name="unitName"><Input maxLength={200} /></Form.Item></Col>
      <Col xs={24} md={8}>
        <Form.Item label={t('incident.town')} name="townCode">
          <Select disabled={ownTown !== undefined} options={towns.map((town) => ({ value: town.code, label: town.name }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={8}><Form.Item label={t('incident.occurredAt')} name="occurredAt" rules={[{ required: true, message: t('form.required') }]}><DatePicker showTime style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={24} md={8}><Form.Item label={t('incident.unitReportedAt')} name="unitReportedAt"><DatePicker showTime style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={24} md={12}><Form.Item label={t('incident.place')} name="place" rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input maxLength={4000} /></Form.Item></Col>
      <Col xs={12} md={6}><Form.Item label={t('incident.lng')} name="lng"><InputNumber min={73} max={136} step={0.0001} style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={12} md={6}><Form.Item label={t('incident.lat')} name="lat"><InputNumber min={3} max={54} step={0.0001} style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={24} md={8}>
        <Form.Item label={t('incident.type')} name="type" rules={[{ required: true, message: t('form.required') }]}>
          <Select showSearch={{ optionFilterProp: 'label' }} options={INCIDENT_TYPES.map((type) => ({ value: type, label: t(`incident.type.${type}` as UiMessageKey) }))} />
        </Form.Item>
      </Col>
      <Col xs={24} md={16}><Form.Item label={t('incident.course')} name="course" rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input.TextArea rows={2} maxLength={4000} /></Form.Item></Col>
      {count('deaths', 'incident.deaths')}
      {count('missing', 'incident.missing')}
      {count('seriousInjuries', 'incident.seriousInjuries')}
      {count('minorInjuries', 'incident.minorInjuries')}
      <Col xs={24} md={8}><Form.Item label={t('incident.directLossWan')} name="directLossWan"><InputNumber min={0} max={10_000_000} style={{ width: '100%' }} /></Form.Item></Col>
      <Col xs={24} md={16}><Form.Item label={t('incident.measures')} name="measures"><Input.TextArea rows={2} maxLength={4000} /></Form.Item></Col>
      <Col xs={24} md={8}><Form.Item label={t('incident.reporterName')} name="reporterName" rules={[{ required: true, whitespace: true, message: t('form.required') }]}><Input maxLength={50} /></Form.Item></Col>
      <Col xs={24} md={8}><Form.Item label={t('incident.reporterPhone')} name="reporterPhone"><Input maxLength={30} /></Form.Item></Col>
    </Row>
  );
}

/** 登记事故（首报）: the facts of Art. 12; the grade is computed by the server unless set with a reason. */
export function IncidentFormPage() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const user = useCurrentUser();
  const [form] = Form.useForm<FormValues>();
  const errors = useFormErrors(form, FIELDS);
  const record = useRecordIncident();
  const ownTown = user.scope.regionCode.length >= 9 ? user.scope.regionCode.slice(0, 9) : undefined;
  const submit = (values: FormValues) => {
    errors.clearError();
    const body = incidentBodyOf({ ...values, townCode: ownTown ?? values.townCode });
    const problems = checkAgainst(RecordIncidentBody, body, language).map((problem) => ({ ...problem, path: formPath(problem.path) }));
    if (errors.showProblems(problems)) return;
    record.mutate(body as RecordIncidentBody, {
      onSuccess: (incident) => {
        void message.success(t('incident.created'));
        navigate(`/incidents/${incident.id}`, { replace: true });
      },
      onError: (failure) => errors.showError(failure),
    });
  };
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('incident.new')}</Typography.Title></div>
      <ProblemAlert error={errors.error} />
      <Card>
        <Form<FormValues> form={form} layout="vertical" name="incident" onFinish={submit} initialValues={{ deaths: 0, seriousInjuries: 0, minorInjuries: 0, missing: 0, directLossWan: 0, townCode: ownTown }}>
          <FactFields ownTown={ownTown} />
          <Typography.Paragraph type="secondary">{t('incident.gradeHint')}</Typography.Paragraph>
          <Row gutter={12}>
            <Col xs={24} md={8}>
              <Form.Item label={t('incident.gradeSet')} name="grade">
                <Select allowClear options={INCIDENT_GRADES.map((grade) => ({ value: grade, label: t(`incident.grade.${grade}` as UiMessageKey) }))} />
              </Form.Item>
            </Col>
            <Col xs={24} md={16}><Form.Item label={t('incident.gradeReason')} name="gradeReason"><Input maxLength={500} /></Form.Item></Col>
          </Row>
          <div className="form-actions"><Button type="primary" htmlType="submit" loading={record.isPending}>{t('form.save')}</Button></div>
        </Form>
      </Card>
    </>
  );
}
