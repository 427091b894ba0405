import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hashPassword, verifyPassword } from '../../src/auth/passwords.ts';
import { hashToken, newToken } from '../../src/auth/tokens.ts';

test('scrypt hashes are salted, verifiable and reject wrong passwords', async () => {
  const a = await hashPassword('a long enough secret');
  const b = await hashPassword('a long enough secret');
  assert.match(a, /^scrypt\$32768\$8\$1\$/);
  assert.notEqual(a, b, 'salted');
  assert.equal(await verifyPassword('a long enough secret', a), true);
  assert.equal(await verifyPassword('a long enough secreT', a), false);
  assert.equal(await verifyPassword('anything', null), false);
  await assert.rejects(hashPassword('short'), /at least 8/);
});

test('tokens are random and stored as sha256', () => {
  const t = newToken();
  assert.notEqual(t, newToken());
  assert.match(hashToken(t), /^[0-9a-f]{64}$/);
  assert.equal(hashToken(t).includes(t), false);
});
