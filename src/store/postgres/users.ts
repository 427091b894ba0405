// The users part of the PostgreSQL store: users with roles and their API tokens (stored
// hashed). Same behaviour as src/store/sqlite/users.ts; names match regardless of case.

import type { Role, UserRecord, UserStore } from '../store.ts';
import type { Db } from './db.ts';

const SELECT = `SELECT u.name, u.role, u.password_hash, u.created_at,
  (SELECT count(*) FROM api_tokens t WHERE t.user_id = u.id AND t.revoked_at IS NULL)::int AS tokens FROM users u`;

export class PostgresUsers implements UserStore {
  constructor(private readonly db: Db) {}

  async count(): Promise<number> {
    return (await this.db.q<{ n: number }>('SELECT count(*)::int AS n FROM users'))[0].n;
  }

  async list(): Promise<UserRecord[]> {
    return this.db.q<UserRecord>(`${SELECT} ORDER BY lower(u.name)`);
  }

  async get(name: string): Promise<UserRecord | null> {
    return (await this.db.q<UserRecord>(`${SELECT} WHERE lower(u.name) = lower($1)`, [name]))[0] ?? null;
  }

  async add(u: { name: string; role: Role; password_hash: string | null }): Promise<UserRecord> {
    await this.db.q('INSERT INTO users (name, role, password_hash, created_at) VALUES ($1, $2, $3, $4)', [u.name, u.role, u.password_hash, new Date().toISOString()]);
    return (await this.get(u.name))!;
  }

  async update(name: string, change: { role?: Role; password_hash?: string | null }): Promise<UserRecord> {
    await this.db.tx(async (c) => {
      if (change.role) await c.query('UPDATE users SET role = $1 WHERE lower(name) = lower($2)', [change.role, name]);
      if (change.password_hash !== undefined) await c.query('UPDATE users SET password_hash = $1 WHERE lower(name) = lower($2)', [change.password_hash, name]);
    });
    const u = await this.get(name);
    if (!u) throw new Error(`no user ${name}`);
    return u;
  }

  async remove(name: string): Promise<boolean> {
    // Tokens go with the user (ON DELETE CASCADE), in the same statement.
    return (await this.db.q('DELETE FROM users WHERE lower(name) = lower($1) RETURNING id', [name])).length > 0;
  }

  async addToken(name: string, tokenHash: string, label: string | null): Promise<void> {
    const rows = await this.db.q(
      `INSERT INTO api_tokens (user_id, token_hash, label, created_at)
       SELECT id, $1, $2, $3 FROM users WHERE lower(name) = lower($4) RETURNING id`,
      [tokenHash, label, new Date().toISOString(), name],
    );
    if (rows.length === 0) throw new Error(`no user ${name}`);
  }

  async userByToken(tokenHash: string): Promise<UserRecord | null> {
    const [row] = await this.db.q<{ user_id: number }>(
      'UPDATE api_tokens SET last_used_at = $2 WHERE token_hash = $1 AND revoked_at IS NULL RETURNING user_id',
      [tokenHash, new Date().toISOString()],
    );
    if (!row) return null;
    return (await this.db.q<UserRecord>(`${SELECT} WHERE u.id = $1`, [row.user_id]))[0] ?? null;
  }

  async revokeTokens(name: string): Promise<number> {
    const rows = await this.db.q(
      'UPDATE api_tokens SET revoked_at = $1 WHERE revoked_at IS NULL AND user_id IN (SELECT id FROM users WHERE lower(name) = lower($2)) RETURNING id',
      [new Date().toISOString(), name],
    );
    return rows.length;
  }
}
