// API tokens: random, shown once, stored only as sha256 (a token is high-entropy, so a fast
// hash is enough; the KDF is for human passwords).

import { createHash, randomBytes } from 'node:crypto';

export const TOKEN_PREFIX = 'sitrep_';

export function newToken(): string {
  return TOKEN_PREFIX + randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
