import { CreateUnitBody, UpdateUnitBody, type UnitResponse } from '@safegrid/contracts';
import { App, Button, Card, Form, Typography } from 'antd';
import { useNavigate, useParams } from 'react-router';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { QueryBoundary } from '../../shared/components/query-boundary';
import { checkAgainst } from '../../shared/forms/schema-check';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useI18n } from '../../shared/i18n/i18n';
import { UnitFormFields } from './components/unit-form-fields';
import { formValuesOf, unitBodyOf, unitChangesOf, type UnitFormValues } from './unit-form';
import { useCreateUnit, useUnit, useUpdateUnit } from './use-units';

const FIELDS = ['name', 'creditCode', 'kind', 'sector', 'status', 'riskTags', 'dustKind', 'subIndustry', 'venueType', 'employees', 'floorArea', 'parentId', 'address', 'location', 'contacts'];

/** 建档: a new unit; the grid is derived from its location by the server. */
export function UnitCreatePage() {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<UnitFormValues>();
  const errors = useFormErrors(form, FIELDS);
  const create = useCreateUnit();
  const submit = (values: UnitFormValues) => {
    errors.clearError();
    const body = unitBodyOf(values);
    if (errors.showProblems(checkAgainst(CreateUnitBody, body, language))) return;
    create.mutate(body as CreateUnitBody, {
      onSuccess: (unit) => {
        void message.success(t('units.created'));
        navigate(`/units/${unit.id}`, { replace: true });
      },
      onError: errors.showError,
    });
  };
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('units.create')}</Typography.Title></div>
      <ProblemAlert error={errors.error} />
      <Card>
        <Form<UnitFormValues> form={form} layout="vertical" onValuesChange={errors.clearChanged} name="unit" onFinish={submit} initialValues={{ status: 'active', riskTags: [], contacts: [] }}>
          <UnitFormFields />
          <div className="form-actions"><Button type="primary" htmlType="submit" loading={create.isPending}>{t('form.save')}</Button></div>
        </Form>
      </Card>
    </>
  );
}

/** A change to the register entry; kept in the unit's history. */
export function UnitEditPage() {
  const { id = '' } = useParams();
  const unit = useUnit(id);
  return <QueryBoundary query={unit}>{(data) => <UnitEdit unit={data} />}</QueryBoundary>;
}

function UnitEdit({ unit }: { readonly unit: UnitResponse }) {
  const { t, language } = useI18n();
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<UnitFormValues>();
  const errors = useFormErrors(form, FIELDS);
  const update = useUpdateUnit(unit.id);
  const submit = (values: UnitFormValues) => {
    errors.clearError();
    const body = unitChangesOf(unit, values);
    if (Object.keys(body).length === 1) {
      navigate(`/units/${unit.id}`);
      return;
    }
    if (errors.showProblems(checkAgainst(UpdateUnitBody, body, language))) return;
    update.mutate(body as UpdateUnitBody, {
      onSuccess: () => {
        void message.success(t('units.saved'));
        navigate(`/units/${unit.id}`);
      },
      onError: errors.showError,
    });
  };
  return (
    <>
      <div className="page-header"><Typography.Title level={2}>{t('units.editTitle', { name: unit.name })}</Typography.Title></div>
      <ProblemAlert error={errors.error} />
      <Card>
        <Form<UnitFormValues> form={form} layout="vertical" onValuesChange={errors.clearChanged} name="unit" onFinish={submit} initialValues={formValuesOf(unit)}>
          <UnitFormFields />
          <div className="form-actions">
            <Button type="primary" htmlType="submit" loading={update.isPending}>{t('form.save')}</Button>
            <Button onClick={() => navigate(`/units/${unit.id}`)}>{t('action.cancel')}</Button>
          </div>
        </Form>
      </Card>
    </>
  );
}
