// Authentication for the HTTP API: `Authorization: Bearer TOKEN` -> request.user.
//
// The embedded default (README "Users and tokens"):
// - no user exists: the server is open, as a local single-user tool; every request acts as
//   the built-in "local" admin. Create the first user with `sitrep users add NAME --role admin`.
// - once a user exists: every mutating request (POST, PUT, PATCH, DELETE) needs a token of at
//   least an analyst, unless its route says `config: { public: true }` (token login); routes
//   ask for more with requireRole('admin'). Reads stay open so the dashboard works read-only,
//   unless the plugin is given `readRole: 'viewer'` (env SITREP_PRIVATE=1), then reads need a token too.
// - a token that is malformed, unknown or revoked is refused (401) even where none is needed.

import type { FastifyInstance, FastifyReply, FastifyRequest, preHandlerAsyncHookHandler } from 'fastify';
import type { Role, Store } from '../store/store.ts';
import { ApiError } from '../api/errors.ts';
import { hasRole, userForToken, usersOf } from './users.ts';

export interface AuthUser {
  name: string;
  role: Role;
  /** True for the built-in user of an open server (no users configured). */
  local?: boolean;
}

declare module 'fastify' {
  interface FastifyRequest {
    /** Who is asking: null when anonymous on a server with users. Set by the auth plugin. */
    user?: AuthUser | null;
  }
  interface FastifyContextConfig {
    /** A mutating route anyone may call (e.g. token login). */
    public?: boolean;
  }
}

export const LOCAL_USER: AuthUser = { name: 'local', role: 'admin', local: true };
const SAFE = new Set(['GET', 'HEAD', 'OPTIONS']);

export interface AuthOptions {
  store?: Store;
  /** Role needed to read /api (default null: reads are open). */
  readRole?: Role | null;
}

function storeOf(req: FastifyRequest, opts?: AuthOptions): Store {
  return opts?.store ?? (req.server as FastifyInstance & { store: Store }).store;
}

/** Works out request.user once per request (also when the plugin itself is not registered). */
export async function resolveUser(req: FastifyRequest, opts?: AuthOptions): Promise<AuthUser | null> {
  if (req.user !== undefined) return req.user;
  const store = storeOf(req, opts);
  const header = req.headers.authorization;
  if (header) {
    const m = /^Bearer\s+(\S+)$/i.exec(header);
    if (!m) throw new ApiError(401, 'UNAUTHORIZED', 'Authorization must be "Bearer TOKEN"');
    const user = await userForToken(store, m[1]!);
    if (!user) throw new ApiError(401, 'UNAUTHORIZED', 'unknown or revoked token');
    return (req.user = { name: user.name, role: user.role });
  }
  const users = await usersOf(store);
  const open = !users || (await users.count()) === 0;
  return (req.user = open ? LOCAL_USER : null);
}

function check(user: AuthUser | null, role: Role): void {
  if (!user) throw new ApiError(401, 'UNAUTHORIZED', `this needs a token of a ${role} or above (Authorization: Bearer TOKEN)`);
  if (!hasRole(user.role, role)) throw new ApiError(403, 'FORBIDDEN', `${user.name} is a ${user.role}; this needs a ${role} or above`);
}

/** Route guard: `{ preHandler: requireRole('analyst') }`. */
export function requireRole(role: Role, opts?: AuthOptions): preHandlerAsyncHookHandler {
  return async function (req: FastifyRequest, _reply: FastifyReply) {
    check(await resolveUser(req, opts), role);
  };
}

async function authPlugin(app: FastifyInstance, opts: AuthOptions): Promise<void> {
  const readRole = opts.readRole !== undefined ? opts.readRole : process.env.SITREP_PRIVATE === '1' ? 'viewer' : null;
  app.decorateRequest('user', undefined);
  app.addHook('onRequest', async (req) => {
    const user = await resolveUser(req, opts);
    if (!SAFE.has(req.method)) {
      if (!req.routeOptions.config?.public) check(user, 'analyst');
    } else if (readRole && req.url.startsWith('/api/')) {
      check(user, readRole);
    }
  });
}

// Apply to the whole app, not just this plugin's scope (what fastify-plugin does, without the dependency).
(authPlugin as unknown as Record<symbol, boolean>)[Symbol.for('skip-override')] = true;
export default authPlugin;
