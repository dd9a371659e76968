import type { CampaignPhase } from '@safegrid/contracts';
import { Tag } from 'antd';
import { useT } from '../../../shared/i18n/i18n';
import { riskLabelOf } from '../../risk/risk-labels';

const COLOURS: Readonly<Record<CampaignPhase, string>> = { planned: 'default', active: 'processing', ended: 'success' };

export function CampaignPhaseTag({ phase }: { readonly phase: CampaignPhase }) {
  const t = useT();
  return <Tag color={COLOURS[phase]}>{riskLabelOf(t, 'campaignPhase', phase)}</Tag>;
}
