import type { HazardActionStep } from './hazard-action.js';

/** 复查通过, 销号: the re-inspection accepts the rectification and the hazard is closed. */
export const closeHazard: HazardActionStep<'close'> = async ({ now }, hazard) => ({
  hazard: { ...hazard, status: 'closed', closedAt: now },
});
