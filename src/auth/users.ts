// Users, roles and tokens as library functions over the store's users part (CLI and API share them).

import type { Role, Store, UserRecord, UserStore } from '../store/store.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { hashToken, newToken } from './tokens.ts';

export const ROLES: Role[] = ['viewer', 'analyst', 'admin'];
const RANK: Record<Role, number> = { viewer: 1, analyst: 2, admin: 3 };

/** Does `role` include the rights of `needed`? (admin ⊃ analyst ⊃ viewer) */
export function hasRole(role: Role, needed: Role): boolean {
  return RANK[role] >= RANK[needed];
}

export class AuthError extends Error {
  constructor(message: string, readonly status: 400 | 401 | 403 | 404 | 409 = 400) {
    super(message);
    this.name = 'AuthError';
  }
}

/** The store's users part, or null for a store without one (the API then stays open). */
export async function usersOf(store: Store): Promise<UserStore | null> {
  return store.users ?? null;
}

async function requireUsers(store: Store): Promise<UserStore> {
  const users = await usersOf(store);
  if (!users) throw new AuthError(`this ${store.kind} store has no user support`, 409);
  return users;
}

// A module constant: under tsx (esbuild) a \p{...} regex literal inside a function is rebuilt on every call.
const USER_NAME = /^[\p{L}\p{N}._@-]{1,64}$/u;

function checkName(name: string): string {
  const n = name.trim();
  if (!USER_NAME.test(n)) throw new AuthError(`user name "${name}" must be 1-64 letters, digits or . _ @ -`);
  return n;
}

export function checkRole(role: string): Role {
  if (!ROLES.includes(role as Role)) throw new AuthError(`role must be one of ${ROLES.join(', ')}, got "${role}"`);
  return role as Role;
}

export async function addUser(store: Store, name: string, role: string, password?: string | null): Promise<UserRecord> {
  const users = await requireUsers(store);
  const n = checkName(name);
  if (await users.get(n)) throw new AuthError(`user ${n} exists`, 409);
  let password_hash: string | null = null;
  try {
    password_hash = password ? await hashPassword(password) : null;
  } catch (err) {
    throw new AuthError((err as Error).message);
  }
  return users.add({ name: n, role: checkRole(role), password_hash });
}

export async function updateUser(store: Store, name: string, change: { role?: string; password?: string | null }): Promise<UserRecord> {
  const users = await requireUsers(store);
  if (!(await users.get(name))) throw new AuthError(`no user ${name}`, 404);
  const password_hash = change.password ? await hashPassword(change.password).catch((e: Error) => Promise.reject(new AuthError(e.message))) : undefined;
  return users.update(name, { role: change.role ? checkRole(change.role) : undefined, password_hash });
}

/** A new API token for `name`; the only time the token itself is visible. */
export async function issueToken(store: Store, name: string, label?: string | null): Promise<string> {
  const users = await requireUsers(store);
  if (!(await users.get(name))) throw new AuthError(`no user ${name}`, 404);
  const token = newToken();
  await users.addToken(name, hashToken(token), label ?? null);
  return token;
}

let dummyHash: Promise<string> | undefined;

/** Password login for the dashboard or scripts: a new token when the password is right. */
export async function login(store: Store, name: string, password: string, label?: string | null): Promise<string> {
  const users = await requireUsers(store);
  const user = await users.get(name);
  // Verify even for unknown users (against a hash with the same cost) so that the response time
  // does not reveal which names exist.
  dummyHash ??= hashPassword(newToken());
  const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash));
  if (!user || !ok) throw new AuthError('wrong user name or password', 401);
  return issueToken(store, user.name, label ?? 'login');
}

export async function userForToken(store: Store, token: string): Promise<UserRecord | null> {
  const users = await usersOf(store);
  return users ? users.userByToken(hashToken(token)) : null;
}
