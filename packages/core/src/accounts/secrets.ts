/** Password hashing (scrypt in production); verification runs in constant time. */
export interface PasswordHasher {
  hash(password: string): Promise<string>;
  /** With a null hash it does the same work and answers false, so unknown users take as long as known ones. */
  verify(password: string, hash: string | null): Promise<boolean>;
}

/** Bearer tokens: random, shown once, stored only as a hash. */
export interface TokenIssuer {
  newToken(): string;
  hashToken(token: string): string;
}
