import { TENANT_OUTCOMES, type TenantOutcomeKind } from '@safegrid/contracts';
import { App, Select } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { useErrorText } from '../../../shared/components/problem-alert';
import { riskOptionsOf } from '../../risk/risk-labels';
import { useSetTenantOutcome } from '../use-parks';

/** 关停取缔 / 规范达标 / 更新改造 for one tenant; a later choice replaces the earlier one. */
export function TenantOutcomeSelect({ unitId, unitName, value }: { readonly unitId: string; readonly unitName: string; readonly value: TenantOutcomeKind | null }) {
  const t = useT();
  const { message } = App.useApp();
  const errorText = useErrorText();
  const setOutcome = useSetTenantOutcome();
  return (
    <Select<TenantOutcomeKind>
      size="small"
      style={{ minWidth: 120 }}
      aria-label={`${t('park.outcomeSet')} · ${unitName}`}
      placeholder={t('park.outcomeNone')}
      value={value ?? undefined}
      loading={setOutcome.isPending}
      options={riskOptionsOf(t, 'tenantOutcome', TENANT_OUTCOMES) as { value: TenantOutcomeKind; label: string }[]}
      onChange={(outcome) => setOutcome.mutate({ unitId, body: { outcome } }, {
        onSuccess: () => void message.success(t('park.outcomeSaved')),
        onError: (failure) => void message.error(errorText(failure)),
      })}
    />
  );
}
