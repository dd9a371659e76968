/** Hazard (隐患) states, SPEC §4. Overdue is not a state: it is derived from the deadline. */
export const HAZARD_STATUSES = ['reported', 'assigned', 'submitted', 'closed', 'dismissed'] as const;
export type HazardStatus = (typeof HAZARD_STATUSES)[number];

/** States in which a hazard still needs work (未销号). */
export const OPEN_HAZARD_STATUSES: readonly HazardStatus[] = ['reported', 'assigned', 'submitted'];

export const HAZARD_ACTIONS = ['assign', 'dismiss', 'submit', 'extend', 'reassign', 'close', 'return', 'review'] as const;
export type HazardAction = (typeof HAZARD_ACTIONS)[number];

/**
 * The one table of allowed transitions: 交办, 不予受理, 提交整改, 延期, 改派, 复查通过销号, 复查不通过退回,
 * and 复查记录 (a re-inspection visit on site, recorded with photos and a finding; ADR 0087) that
 * leaves the hazard 待复查 for the town to close or return.
 */
const TRANSITIONS: Readonly<Record<HazardAction, { readonly from: readonly HazardStatus[]; readonly to: HazardStatus }>> = {
  assign: { from: ['reported'], to: 'assigned' },
  dismiss: { from: ['reported'], to: 'dismissed' },
  submit: { from: ['assigned'], to: 'submitted' },
  extend: { from: ['assigned'], to: 'assigned' },
  reassign: { from: ['assigned'], to: 'assigned' },
  close: { from: ['submitted'], to: 'closed' },
  return: { from: ['submitted'], to: 'assigned' },
  review: { from: ['submitted'], to: 'submitted' },
};

/** The state `action` leads to from `status`, or null when the action is not allowed there. */
export function nextHazardStatus(status: HazardStatus, action: HazardAction): HazardStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : null;
}

export function actionsFromStatus(status: HazardStatus): HazardAction[] {
  return HAZARD_ACTIONS.filter((action) => TRANSITIONS[action].from.includes(status));
}

export function isOpenStatus(status: HazardStatus): boolean {
  return OPEN_HAZARD_STATUSES.includes(status);
}
