import type { HazardEventResponse, HazardResponse } from '@safegrid/contracts';
import { Steps } from 'antd';
import { formatDateTime } from '../../../shared/format/dates';
import { useT } from '../../../shared/i18n/i18n';
import { HAZARD_STEPS, hazardStepsOf } from '../hazard-steps';

/** 上报 → 交办 → 整改 → 复查 → 销号 above the record, with the date each step was done. */
export function HazardStepsBar({ hazard, events }: { readonly hazard: HazardResponse; readonly events: readonly HazardEventResponse[] }) {
  const t = useT();
  // Oldest first, whatever order the timeline arrives in.
  const view = hazardStepsOf(hazard, [...events].sort((a, b) => a.at.localeCompare(b.at)));
  return (
    <div className="section-card hazard-steps" data-testid="hazard-steps" data-current={HAZARD_STEPS[view.current] ?? 'done'} data-status={view.status}>
      <Steps
        size="small"
        current={view.current}
        status={view.status}
        items={HAZARD_STEPS.map((step, index) => ({
          title: view.dismissed && index === 1 ? t('hazardStep.dismissed') : t(`hazardStep.${step}`),
          content: view.doneAt[index] ? formatDateTime(view.doneAt[index]) : undefined,
        }))}
      />
    </div>
  );
}
