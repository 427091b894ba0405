// User management over HTTP (admins), "who am I" for anyone, and password login that returns a
// token. Passwords and tokens never come back out: a token is shown once, when it is made.

import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { requireRole } from '../../auth/plugin.ts';
import { addUser, AuthError, issueToken, login, ROLES, updateUser, usersOf } from '../../auth/users.ts';
import { ApiError, ErrorSchema } from '../errors.ts';
import type { ApiContext } from '../context.ts';

const TAG = 'users';
const role = z.enum(ROLES as [string, ...string[]]);
const UserSchema = z
  .object({ name: z.string(), role: z.string(), created_at: z.string(), tokens: z.number().int(), has_password: z.boolean() })
  .meta({ id: 'User' });
const NameParams = z.object({ name: z.string().min(1).max(64) });
const TokenSchema = z.object({ name: z.string(), token: z.string().describe('Shown once; send as "Authorization: Bearer TOKEN"') });
const errors = { 400: ErrorSchema, 401: ErrorSchema, 403: ErrorSchema, 404: ErrorSchema, 409: ErrorSchema };

const view = (u: { name: string; role: string; created_at: string; tokens: number; password_hash: string | null }) => ({
  name: u.name,
  role: u.role,
  created_at: u.created_at,
  tokens: u.tokens,
  has_password: u.password_hash !== null,
});

async function guard<T>(run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (err) {
    if (err instanceof AuthError) {
      const code = { 400: 'INVALID_REQUEST', 401: 'UNAUTHORIZED', 403: 'FORBIDDEN', 404: 'NOT_FOUND', 409: 'CONFLICT' }[err.status];
      throw new ApiError(err.status, code, err.message);
    }
    throw err;
  }
}

const userRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { store }) => {
  const admin = requireRole('admin', { store });
  const viewer = requireRole('viewer', { store });
  const users = async () => {
    const u = await usersOf(store);
    if (!u) throw new ApiError(409, 'CONFLICT', `this ${store.kind} store has no user support`);
    return u;
  };

  app.get('/api/me', { preHandler: viewer, schema: { tags: [TAG], summary: 'Who the token belongs to', response: { 200: z.object({ name: z.string(), role: z.string(), local: z.boolean() }), 401: ErrorSchema } } }, async (req) => ({
    name: req.user!.name,
    role: req.user!.role,
    local: Boolean(req.user!.local),
  }));

  app.post(
    '/api/login',
    { config: { public: true }, schema: { tags: [TAG], summary: 'Exchange a user name and password for a new API token', body: z.object({ name: z.string().min(1).max(64), password: z.string().min(1).max(1000) }).strict(), response: { 200: TokenSchema, ...errors } } },
    async (req) => guard(async () => ({ name: req.body.name, token: await login(store, req.body.name, req.body.password) })),
  );

  app.get('/api/users', { preHandler: admin, schema: { tags: [TAG], summary: 'List users (admins)', response: { 200: z.array(UserSchema), ...errors } } }, async () =>
    (await (await users()).list()).map(view),
  );

  app.post(
    '/api/users',
    { preHandler: admin, schema: { tags: [TAG], summary: 'Add a user (admins; anyone while no user exists)', body: z.object({ name: z.string().min(1).max(64), role, password: z.string().min(8).max(1000).optional() }).strict(), response: { 201: UserSchema, ...errors } } },
    async (req, reply) => reply.code(201).send(view(await guard(() => addUser(store, req.body.name, req.body.role, req.body.password)))),
  );

  app.patch(
    '/api/users/:name',
    { preHandler: admin, schema: { tags: [TAG], summary: "Change a user's role or password (admins)", params: NameParams, body: z.object({ role: role.optional(), password: z.string().min(8).max(1000).optional() }).strict(), response: { 200: UserSchema, ...errors } } },
    async (req) => view(await guard(() => updateUser(store, req.params.name, req.body))),
  );

  app.delete('/api/users/:name', { preHandler: admin, schema: { tags: [TAG], summary: 'Remove a user and revoke their tokens (admins)', params: NameParams, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
    if (!(await (await users()).remove(req.params.name))) throw new ApiError(404, 'NOT_FOUND', `no user ${req.params.name}`);
    return reply.code(204).send(null);
  });

  app.post(
    '/api/users/:name/tokens',
    { preHandler: admin, schema: { tags: [TAG], summary: 'Issue a new API token for a user (admins)', params: NameParams, body: z.object({ label: z.string().max(200).optional() }).strict().nullish(), response: { 201: TokenSchema, ...errors } } },
    async (req, reply) => reply.code(201).send({ name: req.params.name, token: await guard(() => issueToken(store, req.params.name, req.body?.label)) }),
  );

  app.delete('/api/users/:name/tokens', { preHandler: admin, schema: { tags: [TAG], summary: "Revoke all of a user's tokens (admins)", params: NameParams, response: { 200: z.object({ revoked: z.number().int() }), ...errors } } }, async (req) => ({
    revoked: await (await users()).revokeTokens(req.params.name),
  }));
};

export default userRoutes;
