import type { User, UserCredentials } from './user.js';

/** What a hazard notification concerns: the hazard's grid and the people named on it. */
export interface NotifiableConcern {
  readonly gridId: string;
  readonly userIds: readonly string[];
}

/** Roles every hazard notification may reach whatever its grid (offices; departments by sector). */
export const OFFICE_ROLES = ['district', 'town', 'department'] as const;

export interface UserStore {
  findById(id: string): Promise<User | undefined>;
  findCredentials(username: string): Promise<UserCredentials | undefined>;
  /** `by`: the username of who created it (audited with the row). */
  insert(user: User, passwordHash: string, by?: string): Promise<void>;
  /** Sets the hash; `mustChange` (default false) makes the user choose a new password at the next log-in. */
  setPassword(userId: string, passwordHash: string, at: string, options?: { readonly mustChange?: boolean; readonly by?: string }): Promise<void>;
  listByDistrict(districtCode: string): Promise<User[]>;
  /**
   * The active users a hazard's notification can reach (issue 18: a fan-out read every account of the
   * district per event): the district, town and department offices, the grid workers of `gridId`, and
   * the users named in `userIds` (the assignee). A superset of every audience of `notification-rules.ts`,
   * which still decides who is told; ordered by username like `listByDistrict`.
   */
  listNotifiable(districtCode: string, concern: NotifiableConcern): Promise<User[]>;
  setEmail(userId: string, email: string | null, at: string): Promise<void>;
  /** Writes an administrator's change of name, contact, role, scope or status; `by` is the administrator's username. */
  update(user: User, by: string): Promise<void>;
}

/** A logged-in session; only the hash of its bearer token is stored. */
export interface Session {
  readonly tokenHash: string;
  readonly userId: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export interface SessionStore {
  insert(session: Session): Promise<void>;
  find(tokenHash: string): Promise<Session | undefined>;
  delete(tokenHash: string): Promise<void>;
  /** Ends the user's sessions, except the one whose hash is `exceptTokenHash` (the caller's own). */
  deleteForUser(userId: string, exceptTokenHash?: string): Promise<void>;
  /** Deletes the sessions of the district's users that expired at or before `now`; returns how many. */
  deleteExpired(districtCode: string, now: string): Promise<number>;
}
