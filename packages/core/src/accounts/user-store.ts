import type { User, UserCredentials } from './user.js';

export interface UserStore {
  findById(id: string): Promise<User | undefined>;
  findCredentials(username: string): Promise<UserCredentials | undefined>;
  insert(user: User, passwordHash: string): Promise<void>;
  setPassword(userId: string, passwordHash: string, at: string): Promise<void>;
  listByDistrict(districtCode: string): Promise<User[]>;
  setEmail(userId: string, email: string | null, at: string): Promise<void>;
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
  deleteForUser(userId: string): Promise<void>;
  /** Deletes the sessions of the district's users that expired at or before `now`; returns how many. */
  deleteExpired(districtCode: string, now: string): Promise<number>;
}
