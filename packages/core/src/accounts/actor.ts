import type { Sector } from '../units/unit-catalog.js';
import type { Role, User, UserScope } from './user.js';

/** Who is acting: passed to every use case instead of a request. */
export interface Actor {
  readonly userId: string;
  readonly username: string;
  readonly displayName: string;
  readonly role: Role;
  readonly districtCode: string;
  readonly scope: UserScope;
  /**
   * Department accounts: sectors beyond their own that their department leads or co-follows in the
   * district's 三管三必须 table (ADR 0085), filled when the session is authenticated.
   */
  readonly followedSectors?: readonly Sector[];
}

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    districtCode: user.districtCode,
    scope: user.scope,
  };
}

/** The system itself (demo generation, migrations, jobs) acting with district-wide rights. */
export function systemActor(districtCode: string): Actor {
  return {
    userId: 'system',
    username: 'system',
    displayName: 'SafeGrid',
    role: 'district',
    districtCode,
    scope: { regionCode: districtCode, gridIds: [], sectors: [], unitId: null },
  };
}
