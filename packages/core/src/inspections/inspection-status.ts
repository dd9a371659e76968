/** Inspection states: answered while in progress, then finished (hazards created) or cancelled. */
export const INSPECTION_STATUSES = ['in_progress', 'finished', 'cancelled'] as const;
export type InspectionStatus = (typeof INSPECTION_STATUSES)[number];

export const INSPECTION_ACTIONS = ['answer', 'finish', 'cancel'] as const;
export type InspectionAction = (typeof INSPECTION_ACTIONS)[number];

const TRANSITIONS: Readonly<Record<InspectionAction, { readonly from: readonly InspectionStatus[]; readonly to: InspectionStatus }>> = {
  answer: { from: ['in_progress'], to: 'in_progress' },
  finish: { from: ['in_progress'], to: 'finished' },
  cancel: { from: ['in_progress'], to: 'cancelled' },
};

/** The state `action` leads to, or null when it is not allowed from `status`. */
export function nextInspectionStatus(status: InspectionStatus, action: InspectionAction): InspectionStatus | null {
  const transition = TRANSITIONS[action];
  return transition.from.includes(status) ? transition.to : null;
}
