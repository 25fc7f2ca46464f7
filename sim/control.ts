/**
 * The control API (`/sim/*`) for demos and end-to-end tests: the users (listed, made and removed at run time)
 * and their virtual Okta Verify (code, enrollment from an activation link), the outbox of setup links, per-user
 * and simulator settings, the request log, and reset. Sign-ins and their pushes are in `control-transactions.ts`.
 */
import type { Context, Hono } from 'hono';
import { controlError, MALFORMED, readJson } from './body.js';
import { CHALLENGE_METHODS, findUser, originOf, type SimState, type SimulatorSettings } from './context.js';
import { registerThisComputerRoutes } from './control-this-computer.js';
import { registerTransactionRoutes } from './control-transactions.js';
import { currentCode, withdraw } from './device.js';
import { checkFault, type FaultSpec } from './faults.js';
import { newUser } from './new-user.js';
import { activateDevice, pendingActivationLink } from './outbox.js';
import { openMagicLink } from './org-pages.js';
import { describeUser } from './users.js';

const notFound = (c: Context, error: string) => controlError(c, 404, error);
const badRequest = (c: Context, error: string) => controlError(c, 400, error);

export function registerControlRoutes(app: Hono, state: SimState, reset: () => void): void {
  app.get('/sim/users', (c) => c.json([...state.users.values()].map(describeUser)));

  // A user of the caller's own, until it is deleted or the simulator reset; the answer tells the password.
  app.post('/sim/users', async (c) => {
    const body = await readJson(c);
    if (body === MALFORMED) return badRequest(c, 'malformed JSON: send an object such as {"username":"ada@example.com"}');
    const result = newUser(body, (username) => state.users.has(username.toLowerCase()));
    if (!result.ok) return badRequest(c, result.error);
    const { user } = result;
    if (state.users.has(user.username.toLowerCase())) return controlError(c, 409, `username ${user.username} is taken`);
    state.users.set(user.username.toLowerCase(), user);
    return c.json({ ...describeUser(user), password: user.password }, 201);
  });

  // The user is gone; so are its sign-ins (their pushes withdrawn) and its unused activation links.
  app.delete('/sim/users/:username', (c) => {
    const user = findUser(state, c.req.param('username'));
    if (!user) return notFound(c, 'no such user');
    const key = user.username.toLowerCase();
    const ended = state.transactions.removeUser(key, state.now());
    for (const tx of ended) withdraw(tx.push);
    for (const [token, activation] of state.activations) if (activation.username === key) state.activations.delete(token);
    state.users.delete(key);
    state.totpSteps.delete(key);
    return c.json({ deleted: user.username, endedTransactions: ended.length });
  });

  app.patch('/sim/users/:username', async (c) => {
    const user = findUser(state, c.req.param('username'));
    if (!user) return notFound(c, 'no such user');
    const body = await readJson(c);
    if (body === MALFORMED) return badRequest(c, 'malformed JSON');
    for (const name of ['numberChallenge', 'autoChallenge'] as const) {
      if (body[name] === undefined) continue;
      if (typeof body[name] !== 'boolean') return badRequest(c, `${name} must be true or false`);
      if (!user.oktaVerify) return badRequest(c, 'this user has no Okta Verify');
      user.oktaVerify[name] = body[name];
    }
    return c.json(describeUser(user));
  });

  app.get('/sim/users/:username/totp', (c) => {
    const user = findUser(state, c.req.param('username'));
    if (!user) return notFound(c, 'no such user');
    const code = currentCode(user, state.now());
    return code ? c.json(code) : notFound(c, 'this user has no Okta Verify codes');
  });

  registerTransactionRoutes(app, state);

  // Setup links "sent" by email or SMS; `?to=` narrows to one address, `?username=` to one user.
  app.get('/sim/outbox', (c) => {
    const to = c.req.query('to');
    const username = c.req.query('username')?.toLowerCase();
    return c.json(state.outbox.filter((m) => (!to || m.to === to) && (!username || m.username.toLowerCase() === username)));
  });

  // One-time codes and magic links sent by email, SMS or voice; `?to=` and `?username=` narrow as for the outbox.
  app.get('/sim/messages', (c) => {
    const to = c.req.query('to');
    const username = c.req.query('username')?.toLowerCase();
    return c.json(state.messages.filter((m) => (!to || m.to === to) && (!username || m.username.toLowerCase() === username)));
  });

  // A magic link opened in the browser that started the sign-in (the default), or on another device.
  app.post('/sim/messages/open', async (c) => {
    const body = await readJson(c);
    if (body === MALFORMED) return badRequest(c, 'malformed JSON');
    if (body.sameDevice !== undefined && typeof body.sameDevice !== 'boolean') return badRequest(c, 'sameDevice must be true or false');
    const token = /\/email\/verify\/([A-Za-z0-9]+)$/.exec(typeof body.link === 'string' ? body.link : '')?.[1];
    if (!token) return badRequest(c, 'link must be a magic link from GET /sim/messages');
    const opened = openMagicLink(state, token, body.sameDevice !== false);
    return opened.status === 200 ? c.json(opened.body) : notFound(c, 'the sign-in of this link has ended');
  });

  // The user's virtual device opens an activation link (read from the QR code or the outbox) and enrolls.
  app.post('/sim/users/:username/enroll', async (c) => {
    const user = findUser(state, c.req.param('username'));
    if (!user) return notFound(c, 'no such user');
    const body = await readJson(c);
    if (body === MALFORMED) return badRequest(c, 'malformed JSON');
    // Without a link: the enrollment under way (set up on this device, or from another device, shows none).
    const link = body.link ?? pendingActivationLink(state, user, originOf(c));
    if (link === undefined) return notFound(c, 'no enrollment of this user is waiting; send {"link": "<activation link>"}');
    const result = activateDevice(state, user, link);
    if (!result.ok) return c.json({ error: result.error }, result.status);
    return c.json({ status: 'enrolled', deviceName: user.oktaVerify?.deviceName });
  });

  // Fault injection: answer matching requests with an error, a bad body, a delay or a cut connection.
  app.get('/sim/faults', (c) => c.json(state.faults.list()));
  app.post('/sim/faults', async (c) => {
    const body = await readJson(c);
    if (body === MALFORMED) return badRequest(c, 'malformed JSON');
    const problem = checkFault(body);
    if (problem) return badRequest(c, problem);
    return c.json(state.faults.add(body as unknown as FaultSpec), 201);
  });
  app.delete('/sim/faults', (c) => (state.faults.remove(), c.json({ ok: true })));
  app.delete('/sim/faults/:id', (c) => (state.faults.remove(c.req.param('id')), c.json({ ok: true })));

  // Time passing, on demand: a user's live sign-ins expire (pushes time out in control-transactions.ts).
  app.post('/sim/users/:username/expire', (c) => {
    const user = findUser(state, c.req.param('username'));
    if (!user) return notFound(c, 'no such user');
    const expired = state.transactions.expireUser(user.username, state.now());
    return c.json({ expired });
  });

  registerThisComputerRoutes(app, state);

  app.get('/sim/settings', (c) => c.json(state.settings));
  // PUT and PATCH alike: only the settings named change.
  const changeSettings = async (c: Context) => {
    const body = await readJson(c);
    if (body === MALFORMED) return badRequest(c, 'malformed JSON');
    const next: SimulatorSettings = { ...state.settings };
    for (const name of Object.keys(next) as Array<keyof SimulatorSettings>) {
      const value = body[name];
      if (value === undefined) continue;
      // Each setting keeps its type: the switches take booleans, the method one of its names, the others non-negative numbers.
      if (name === 'fastPassMethod') {
        if (!CHALLENGE_METHODS.includes(value as never)) return badRequest(c, `fastPassMethod must be one of ${CHALLENGE_METHODS.join(', ')}`);
      } else if (typeof next[name] === 'boolean') {
        if (typeof value !== 'boolean') return badRequest(c, `${name} must be true or false`);
      } else if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) {
        return badRequest(c, `${name} must be a non-negative number`);
      }
      (next as unknown as Record<string, unknown>)[name] = value;
    }
    state.settings = next;
    return c.json(state.settings);
  };
  app.put('/sim/settings', changeSettings);
  app.patch('/sim/settings', changeSettings);

  app.get('/sim/requests', (c) => c.json(state.log));

  app.post('/sim/reset', async (c) => {
    reset();
    await state.thisComputer.settled();
    return c.json({ ok: true });
  });
}
