import type { Actor } from '../accounts/actor.js';

/**
 * Who may register and edit units. Supervisors and grid workers keep the registry (摸排建档);
 * enterprises read their own record and do not edit the regulator's registry.
 */
export function canEditUnits(actor: Actor): boolean {
  return actor.role !== 'enterprise';
}
