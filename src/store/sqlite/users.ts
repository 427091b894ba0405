// The users part of the SQLite store: users with roles and their API tokens (stored hashed).

import type { Role, UserRecord, UserStore } from '../store.ts';
import { stmt, type DB } from './db.ts';

const SELECT = `SELECT u.name, u.role, u.password_hash, u.created_at,
  (SELECT count(*) FROM api_tokens t WHERE t.user_id = u.id AND t.revoked_at IS NULL) AS tokens FROM users u`;

export class SqliteUsers implements UserStore {
  constructor(private readonly db: DB) {}

  async count(): Promise<number> {
    return (stmt(this.db, 'SELECT count(*) AS n FROM users').get() as { n: number }).n;
  }

  async list(): Promise<UserRecord[]> {
    return stmt(this.db, `${SELECT} ORDER BY u.name`).all() as UserRecord[];
  }

  async get(name: string): Promise<UserRecord | null> {
    return (stmt(this.db, `${SELECT} WHERE u.name = ?`).get(name) as UserRecord | undefined) ?? null;
  }

  async add(u: { name: string; role: Role; password_hash: string | null }): Promise<UserRecord> {
    stmt(this.db, 'INSERT INTO users (name, role, password_hash, created_at) VALUES (?, ?, ?, ?)').run(u.name, u.role, u.password_hash, new Date().toISOString());
    return (await this.get(u.name))!;
  }

  async update(name: string, change: { role?: Role; password_hash?: string | null }): Promise<UserRecord> {
    this.db.transaction(() => {
      if (change.role) stmt(this.db, 'UPDATE users SET role = ? WHERE name = ?').run(change.role, name);
      if (change.password_hash !== undefined) stmt(this.db, 'UPDATE users SET password_hash = ? WHERE name = ?').run(change.password_hash, name);
    })();
    const u = await this.get(name);
    if (!u) throw new Error(`no user ${name}`);
    return u;
  }

  async remove(name: string): Promise<boolean> {
    return this.db.transaction(() => {
      stmt(this.db, 'DELETE FROM api_tokens WHERE user_id IN (SELECT id FROM users WHERE name = ?)').run(name);
      return stmt(this.db, 'DELETE FROM users WHERE name = ?').run(name).changes > 0;
    })();
  }

  async addToken(name: string, tokenHash: string, label: string | null): Promise<void> {
    const info = stmt(
      this.db,
      'INSERT INTO api_tokens (user_id, token_hash, label, created_at) SELECT id, ?, ?, ? FROM users WHERE name = ?',
    ).run(tokenHash, label, new Date().toISOString(), name);
    if (info.changes === 0) throw new Error(`no user ${name}`);
  }

  async userByToken(tokenHash: string): Promise<UserRecord | null> {
    const row = stmt(this.db, 'SELECT id, user_id FROM api_tokens WHERE token_hash = ? AND revoked_at IS NULL').get(tokenHash) as
      | { id: number; user_id: number }
      | undefined;
    if (!row) return null;
    stmt(this.db, 'UPDATE api_tokens SET last_used_at = ? WHERE id = ?').run(new Date().toISOString(), row.id);
    return (stmt(this.db, `${SELECT} WHERE u.id = ?`).get(row.user_id) as UserRecord | undefined) ?? null;
  }

  async revokeTokens(name: string): Promise<number> {
    return stmt(
      this.db,
      'UPDATE api_tokens SET revoked_at = ? WHERE revoked_at IS NULL AND user_id IN (SELECT id FROM users WHERE name = ?)',
    ).run(new Date().toISOString(), name).changes;
  }
}
