/**
 * `POST /api/login`, `GET /api/session`, `POST /api/logout`. The app's guard (app.ts) has
 * already checked Host, and for the POSTs Origin and content type; logout also the CSRF token.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { MAX_AGE_MS, type Accounts, type Actor, type Session } from './accounts';
import { cookieName, readCookie, sessionCookie, type SecurityConfig } from './guard';
import { HttpError, readJson, send } from './http';
import type { Throttle } from './throttle';

export interface SessionContext { accounts: Accounts; security: SecurityConfig; throttle: Throttle }

const publicUser = (a: Actor) => ({ username: a.username, name: a.name, role: a.role });

/** The session of the request's cookie, if any. */
export async function currentSession(req: IncomingMessage, ctx: SessionContext): Promise<Session | undefined> {
  return ctx.accounts.session(readCookie(req, cookieName(ctx.security)));
}

export async function login(req: IncomingMessage, res: ServerResponse, ctx: SessionContext): Promise<void> {
  const body = await readJson(req);
  const { username, password } = (typeof body === 'object' && body !== null ? body : {}) as { username?: unknown; password?: unknown };
  if (typeof username !== 'string' || typeof password !== 'string' || !username.trim() || username.length > 200 || password.length > 1000) {
    throw new HttpError(400, 'gebruikersnaam en wachtwoord zijn nodig');
  }
  const account = username.trim().toLowerCase();
  const ip = req.socket.remoteAddress ?? '?';
  // Counted before the slow password check (throttle.ts): parallel guesses cannot all reach it.
  const admission = ctx.throttle.begin(account, ip);
  if (!admission.ok) {
    const seconds = Math.max(1, Math.ceil(admission.waitMs / 1000));
    throw new HttpError(429, 'te veel mislukte pogingen; probeer het later opnieuw', { retryAfter: seconds }, { 'retry-after': String(seconds) });
  }
  let actor: Actor | undefined;
  try {
    actor = await ctx.accounts.verify(account, password);
  } finally {
    if (actor) admission.attempt.succeeded();
    else admission.attempt.failed();
  }
  if (!actor) throw new HttpError(401, 'gebruikersnaam of wachtwoord onjuist');
  // A new session id at every login (an id planted before the login is worth nothing).
  const old = readCookie(req, cookieName(ctx.security));
  if (old) await ctx.accounts.endSession(old);
  const session = await ctx.accounts.startSession(actor);
  send(res, 200, { user: publicUser(actor), csrfToken: session.csrf }, { 'set-cookie': sessionCookie(ctx.security, session.id, MAX_AGE_MS / 1000) });
}

/** Who is signed in, and the CSRF token for this session; 401 when nobody is. */
export async function sessionInfo(req: IncomingMessage, res: ServerResponse, ctx: SessionContext): Promise<void> {
  const session = await currentSession(req, ctx);
  if (!session) throw new HttpError(401, 'niet ingelogd');
  send(res, 200, { user: publicUser(session.actor), csrfToken: session.csrf });
}

export async function logout(req: IncomingMessage, res: ServerResponse, ctx: SessionContext): Promise<void> {
  const id = readCookie(req, cookieName(ctx.security));
  if (id) await ctx.accounts.endSession(id);
  send(res, 200, { ok: true }, { 'set-cookie': sessionCookie(ctx.security, '', 0) });
}
