import type { AccountResponse, UserResponse } from '@safegrid/contracts';
import { App, Button, Popconfirm, Space, Switch, Typography } from 'antd';
import { ProblemAlert } from '../../shared/components/problem-alert';
import { useT } from '../../shared/i18n/i18n';
import { useResetTwoFactor, useSetTwoFactorPolicy, useTwoFactorPolicy } from './use-two-factor';

/** The district office (区安委办): a district account over the whole district. */
export function isDistrictOffice(user: UserResponse): boolean {
  return user.role === 'district' && user.scope.regionCode === user.districtCode;
}

/** 重置两步验证 in the account list's 操作 column (a lost phone); the district office only. */
export function ResetTwoFactorButton({ account }: { readonly account: AccountResponse }) {
  const t = useT();
  const { message } = App.useApp();
  const reset = useResetTwoFactor();
  const name = { username: account.username };
  return (
    <Popconfirm title={t('twoFactor.resetConfirm', name)} okText={t('twoFactor.reset')} okButtonProps={{ danger: true }} cancelText={t('accounts.cancel')}
      onConfirm={() => reset.mutateAsync(account.id).then(() => void message.success(t('twoFactor.resetDone', name)), () => void message.error(t('twoFactor.resetFailed')))}>
      <Button type="link" size="small">{t('twoFactor.reset')}</Button>
    </Popconfirm>
  );
}

/** The district's rule above the account list: district-office accounts must turn two-step verification on. */
export function TwoFactorPolicySwitch() {
  const t = useT();
  const policy = useTwoFactorPolicy(true);
  const save = useSetTwoFactorPolicy();
  return (
    <div style={{ marginBottom: 12 }}>
      <ProblemAlert error={policy.error ?? save.error} />
      <Space>
        <Switch
          id="two-factor-required"
          checked={policy.data?.requiredForDistrictOffice ?? false}
          loading={policy.isPending || save.isPending}
          onChange={(checked) => save.mutate(checked)}
          aria-label={t('twoFactor.requireLabel')}
        />
        <label htmlFor="two-factor-required">{t('twoFactor.requireLabel')}</label>
        <Typography.Text type="secondary">{t('twoFactor.requireHelp')}</Typography.Text>
      </Space>
    </div>
  );
}
