import { DEPARTMENTS, ROLES, SECTORS, type AccountResponse, type CreateAccountBody, type Role, type UpdateAccountBody, type UserResponse } from '@safegrid/contracts';
import { Form, Input, Modal, Select } from 'antd';
import { useEffect } from 'react';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useFormErrors } from '../../shared/forms/use-form-errors';
import { useT } from '../../shared/i18n/i18n';
import { optionsOf } from '../../shared/i18n/labels';
import { useGrids, useTowns } from '../regions/use-regions';
import { UnitSelect } from '../units/components/unit-select';

interface AccountFormValues {
  username?: string;
  displayName?: string;
  role?: Role;
  phone?: string;
  email?: string;
  townCode?: string;
  gridIds?: string[];
  sectors?: string[];
  department?: (typeof DEPARTMENTS)[number];
  unitId?: string;
}

const FIELDS = ['username', 'displayName', 'role', 'phone', 'email', 'townCode', 'regionCode', 'gridIds', 'sectors', 'department', 'unitId'];
const TOWN_ROLES: readonly Role[] = ['grid_worker', 'enterprise'];

/** A town administrator manages its own grid workers and enterprise users; the district office any role. */
export function rolesManagedBy(admin: UserResponse): readonly Role[] {
  return admin.role === 'town' ? TOWN_ROLES : ROLES;
}

function initialValues(account: AccountResponse | null, admin: UserResponse): AccountFormValues {
  if (!account) return { role: rolesManagedBy(admin)[0], ...(admin.role === 'town' ? { townCode: admin.scope.regionCode } : {}) };
  return {
    username: account.username, displayName: account.displayName, role: account.role, phone: account.phone ?? undefined, email: account.email ?? undefined,
    townCode: account.scope.regionCode.length >= 9 ? account.scope.regionCode.slice(0, 9) : undefined,
    gridIds: account.scope.gridIds, sectors: account.scope.sectors, department: account.scope.department ?? undefined, unitId: account.scope.unitId ?? undefined,
  };
}

/** The body for the role: only the scope fields the role uses (a town's and a grid worker's town is their region). */
function scopeOf(values: AccountFormValues, account: AccountResponse | null): Pick<CreateAccountBody, 'regionCode' | 'gridIds' | 'sectors' | 'department' | 'unitId'> {
  switch (values.role) {
    case 'town':
      return { ...(values.townCode ? { regionCode: values.townCode } : {}) };
    case 'grid_worker': {
      const keepVillage = account?.scope.regionCode.startsWith(values.townCode ?? '-') ? account.scope.regionCode : values.townCode;
      return { ...(keepVillage ? { regionCode: keepVillage } : {}), gridIds: values.gridIds ?? [] };
    }
    case 'department':
      return { department: values.department ?? null, sectors: (values.sectors ?? []) as CreateAccountBody['sectors'] };
    case 'enterprise':
      return { unitId: values.unitId ?? null };
    default:
      return {};
  }
}

/** What the form sends: a new account's username and email, and the fields both create and edit take. */
function bodyOf(values: AccountFormValues, account: AccountResponse | null): CreateAccountBody | UpdateAccountBody {
  const common = { displayName: (values.displayName ?? '').trim(), phone: values.phone?.trim() || null, ...scopeOf(values, account) };
  if (account) return { ...common, ...(values.role ? { role: values.role } : {}) };
  return { ...common, username: (values.username ?? '').trim(), role: values.role ?? 'grid_worker', email: values.email?.trim() || null };
}

/** 新建账号 / 编辑账号: name, contact, role and the scope the role needs. */
export function AccountFormModal({ open, account, admin, saving, onSubmit, onClose }: {
  readonly open: boolean;
  /** null: a new account. */
  readonly account: AccountResponse | null;
  readonly admin: UserResponse;
  readonly saving: boolean;
  readonly onSubmit: (body: CreateAccountBody | UpdateAccountBody) => Promise<unknown>;
  readonly onClose: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<AccountFormValues>();
  const errors = useFormErrors(form, FIELDS);

  useEffect(() => {
    if (!open) return;
    form.resetFields();
    form.setFieldsValue(initialValues(account, admin));
    errors.clearError();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- reset only when the dialog opens for another account
  }, [open, account?.id]);

  const submit = async (values: AccountFormValues) => {
    errors.clearError();
    try {
      await onSubmit(bodyOf(values, account));
    } catch (failure) {
      // Scope problems name the server's fields: show them on the fields the form uses for them.
      errors.showError(failure);
    }
  };

  return (
    <Modal
      open={open}
      title={account ? t('accounts.editTitle', { username: account.username }) : t('accounts.createTitle')}
      okText={t('accounts.save')}
      cancelText={t('accounts.cancel')}
      confirmLoading={saving}
      onOk={() => form.submit()}
      onCancel={onClose}
      destroyOnHidden
    >
      <ProblemAlert error={errors.error} />
      <Form<AccountFormValues> form={form} layout="vertical" onFinish={submit} onValuesChange={errors.clearChanged} requiredMark>
        <Form.Item name="username" label={t('accounts.username')} extra={account ? undefined : t('accounts.usernameHelp')} rules={[{ required: !account, message: t('accounts.usernameRequired') }]}>
          <Input disabled={Boolean(account)} autoComplete="off" maxLength={64} />
        </Form.Item>
        <Form.Item name="displayName" label={t('accounts.displayName')} rules={[{ required: true, whitespace: true, message: t('accounts.displayNameRequired') }]}>
          <Input maxLength={40} />
        </Form.Item>
        <Form.Item name="role" label={t('accounts.role')} rules={[{ required: true, message: t('accounts.roleRequired') }]}>
          <Select options={optionsOf(t, 'role', rolesManagedBy(admin))} />
        </Form.Item>
        <AccountScopeFields admin={admin} />
        <Form.Item name="phone" label={t('accounts.phone')}>
          <Input maxLength={20} inputMode="tel" />
        </Form.Item>
        {!account && (
          <Form.Item name="email" label={t('accounts.email')}>
            <Input maxLength={200} inputMode="email" />
          </Form.Item>
        )}
      </Form>
    </Modal>
  );
}

/** The scope the chosen role needs: a town, a grid worker's town and grids, a department and its own sectors, an enterprise's unit. */
function AccountScopeFields({ admin }: { readonly admin: UserResponse }) {
  const t = useT();
  const form = Form.useFormInstance<AccountFormValues>();
  const { towns } = useTowns();
  const role = Form.useWatch('role', form);
  const townCode = Form.useWatch('townCode', form);
  const grids = useGrids(role === 'grid_worker' ? townCode : null);
  const isTownAdmin = admin.role === 'town';
  const townOptions = towns.filter((town) => !isTownAdmin || town.code === admin.scope.regionCode).map((town) => ({ value: town.code, label: town.name }));
  return (
    <>
      {(role === 'town' || role === 'grid_worker') && (
        <Form.Item name="townCode" label={t('accounts.town')} rules={[{ required: true, message: t('accounts.townRequired') }]}>
          <Select options={townOptions} disabled={isTownAdmin} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      )}
      {role === 'grid_worker' && (
        <Form.Item name="gridIds" label={t('accounts.grids')} rules={[{ required: true, message: t('accounts.gridsRequired') }]}>
          <Select mode="multiple" loading={grids.isFetching} options={(grids.data ?? []).map((grid) => ({ value: grid.id, label: `${grid.name}（${grid.code}）` }))} showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      )}
      {role === 'department' && (
        <Form.Item name="department" label={t('accounts.department')} rules={[{ required: true, message: t('accounts.departmentRequired') }]}>
          <Select options={optionsOf(t, 'department', DEPARTMENTS)} />
        </Form.Item>
      )}
      {role === 'department' && (
        <Form.Item name="sectors" label={t('accounts.sectors')} extra={t('accounts.sectorsHelp')}>
          <Select mode="multiple" options={optionsOf(t, 'sector', SECTORS)} />
        </Form.Item>
      )}
      {role === 'enterprise' && (
        <Form.Item name="unitId" label={t('accounts.unit')} rules={[{ required: true, message: t('accounts.unitRequired') }]}>
          <UnitSelect />
        </Form.Item>
      )}
    </>
  );
}
