import type { User, UserCredentials } from './user.js';

export interface UserStore {
  findById(id: string): Promise<User | undefined>;
  findCredentials(username: string): Promise<UserCredentials | undefined>;
  /** `by`: the username of who created it (audited with the row). */
  insert(user: User, passwordHash: string, by?: string): Promise<void>;
  /** Sets the hash; `mustChange` (default false) makes the user choose a new password at the next log-in. */
  setPassword(userId: string, passwordHash: string, at: string, options?: { readonly mustChange?: boolean; readonly by?: string }): Promise<void>;
  listByDistrict(districtCode: string): Promise<User[]>;
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
