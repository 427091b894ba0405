// Users and API tokens behave the same on SQLite and PostgreSQL.

import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { openStore } from '../../src/store/index.ts';
import type { Store } from '../../src/store/store.ts';
import { usePostgres } from './helpers.ts';

const fx = usePostgres();
const dir = mkdtempSync(join(tmpdir(), 'sitrep-users-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function exercise(store: Store) {
  const users = store.users!;
  const out: unknown[] = [await users.count()];
  await users.add({ name: 'Amina', role: 'analyst', password_hash: 'scrypt$x' });
  await users.add({ name: 'bo', role: 'viewer', password_hash: null });
  await assert.rejects(users.add({ name: 'AMINA', role: 'admin', password_hash: null }), 'names are unique regardless of case');
  await users.addToken('amina', 'h1', 'laptop');
  await users.addToken('Amina', 'h2', null);
  await assert.rejects(users.addToken('nobody', 'h3', null), /no user/);
  out.push((await users.userByToken('h1'))?.name, await users.userByToken('nope'));
  out.push((await users.update('BO', { role: 'admin' })).role);
  out.push(await users.revokeTokens('amina'), await users.userByToken('h2'));
  out.push(await users.remove('bo'), await users.remove('bo'));
  out.push((await users.list()).map(({ created_at: _c, ...u }) => u), await users.count());
  return out;
}

test('users and tokens: same answers on SQLite and PostgreSQL', async (t) => {
  if (fx.skip) return t.skip(fx.skip);
  const lite = await openStore(join(dir, 'u.db'));
  const pg = await openStore(await fx.server!.newDatabase());
  const want = await exercise(lite);
  assert.deepEqual(want.slice(0, 3), [0, 'Amina', null]);
  assert.deepEqual(await exercise(pg), want);
  await lite.close();
  await pg.close();
});
