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
  /** The session may only change the password until it is changed (after a reset by an administrator). */
  readonly mustChangePassword?: boolean;
  /** The district requires a second factor of this account and it has none yet: it may only enrol (ADR 0093). */
  readonly mustEnrolTwoFactor?: boolean;
  /** Set when a system reads with an API key (ADR 0089): only GET routes of the read permissions are open to it. */
  readonly apiKeyId?: string;
}

export function actorOf(user: User): Actor {
  return {
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    districtCode: user.districtCode,
    scope: user.scope,
    ...(user.mustChangePassword ? { mustChangePassword: true } : {}),
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
