/**
 * Drives a simulator core created inside the test page, with raw HTTP-shaped requests: no server and no
 * okta-auth-js, so each IDX state can be produced and inspected directly. It also proves that the core runs
 * in a browser (the service-worker adapter depends on that).
 */
import { createSimulator, type Simulator, type SimulatorOptions } from '../../sim/index.js';

export const ORIGIN = 'http://sim.test';
export const ISSUER = `${ORIGIN}/oauth2/default`;
export const CLIENT_ID = 'okta-verify-signin-demo';
export const IDENTIFIER_FIRST = 'okta-verify-signin-identifier-first';
export const REDIRECT_URI = `${ORIGIN}/`;
export const PASSWORD = 'Okta-Verify-1';

/** What identify offers with the org's defaults: the form, the demo app's identity provider, "Unlock account?". */
export const IDENTIFY_REMEDIATIONS = ['identify', 'redirect-idp', 'unlock-account'];

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Reply {
  status: number;
  body: Json;
  headers: Headers;
}

async function s256(verifier: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(verifier)));
  return btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export class Driver {
  readonly sim: Simulator;
  /** A clock the test moves by hand. */
  time = Date.UTC(2030, 0, 1, 12, 0, 0);
  readonly verifier = 'v'.repeat(43) + Math.random().toString(36).slice(2);
  stateHandle = '';
  interactionHandle = '';
  clientId = CLIENT_ID;

  /** `shared`: the simulator of another driver, whose clock it keeps; else a new one on this driver's clock. */
  constructor(options: SimulatorOptions = {}, shared?: Simulator) {
    this.sim = shared ?? createSimulator({ now: () => this.time, ...options });
  }

  /** A second client of the same simulator, with its own PKCE verifier and transaction (time moves on `this`). */
  another(): Driver {
    return new Driver({}, this.sim);
  }

  async send(path: string, init: { method?: string; json?: unknown; form?: Record<string, string>; raw?: string; headers?: Record<string, string> } = {}): Promise<Reply> {
    const headers = new Headers({ origin: 'http://app.test', ...init.headers });
    let body: string | undefined;
    if (init.json !== undefined) {
      headers.set('content-type', 'application/json');
      body = JSON.stringify(init.json);
    } else if (init.form) {
      headers.set('content-type', 'application/x-www-form-urlencoded');
      body = new URLSearchParams(init.form).toString();
    } else if (init.raw !== undefined) {
      headers.set('content-type', 'application/json');
      body = init.raw;
    }
    const res = await this.sim.fetch(new Request(`${ORIGIN}${path}`, { method: init.method ?? (body === undefined ? 'GET' : 'POST'), headers, body }));
    const text = await res.text();
    const html = /text\/html/.test(res.headers.get('content-type') ?? '');
    return { status: res.status, body: html ? { html: text } : text ? JSON.parse(text) : {}, headers: res.headers };
  }

  /** The PKCE challenge of this driver's verifier. */
  challenge(): Promise<string> {
    return s256(this.verifier);
  }

  /** `/v1/interact` (for `clientId`'s app) then introspect: the transaction's first IDX response. */
  async start(clientId = CLIENT_ID): Promise<Reply> {
    this.clientId = clientId;
    const interact = await this.send('/oauth2/default/v1/interact', {
      form: { client_id: clientId, scope: 'openid profile email', redirect_uri: REDIRECT_URI, code_challenge: await s256(this.verifier), code_challenge_method: 'S256', state: 's'.repeat(64), nonce: 'n'.repeat(64) },
    });
    this.interactionHandle = interact.body.interaction_handle;
    const reply = await this.send('/idp/idx/introspect', { json: { interactionHandle: this.interactionHandle } });
    this.stateHandle = reply.body.stateHandle;
    return reply;
  }

  /** Posts a remediation with the transaction's state handle. */
  idx(path: string, values: Json = {}): Promise<Reply> {
    return this.send(path, { json: { ...values, stateHandle: this.stateHandle } });
  }

  identify(username: string, password = PASSWORD): Promise<Reply> {
    return this.idx('/idp/idx/identify', { identifier: username, credentials: { passcode: password } });
  }

  /** Picks an authenticator by key from the `select-authenticator-authenticate` options of `reply`. */
  select(reply: Reply, key: string, methodType?: string): Promise<Reply> {
    const id = authenticatorId(reply.body, key);
    return this.idx('/idp/idx/challenge', { authenticator: methodType ? { id, methodType } : { id } });
  }

  /** Password, then Okta Verify by code: the reply asks for the code. */
  async toTotp(username: string, password = PASSWORD): Promise<Reply> {
    return this.select(await this.identify(username, password), 'okta_verify', 'totp');
  }

  /** Password, then Okta Verify by push: the reply is the first `challenge-poll`. */
  async toPush(username: string, password = PASSWORD): Promise<Reply> {
    return this.select(await this.identify(username, password), 'okta_verify', 'push');
  }

  poll(): Promise<Reply> {
    return this.idx('/idp/idx/challenge/poll');
  }

  /** The latest code (and magic link) sent to the user by email, SMS or voice. */
  async message(username: string): Promise<Json> {
    const messages = (await this.send(`/sim/messages?username=${encodeURIComponent(username)}`)).body as unknown as Json[];
    return messages.at(-1)!;
  }

  /** Changes the org's settings. */
  settings(settings: Json): Promise<Reply> {
    return this.send('/sim/settings', { method: 'PUT', json: settings });
  }

  async code(username: string): Promise<string> {
    return (await this.send(`/sim/users/${encodeURIComponent(username)}/totp`)).body.code;
  }

  exchange(interactionCode: string, overrides: Record<string, string> = {}): Promise<Reply> {
    return this.send('/oauth2/default/v1/token', {
      form: { client_id: this.clientId, redirect_uri: REDIRECT_URI, grant_type: 'interaction_code', code_verifier: this.verifier, interaction_code: interactionCode, ...overrides },
    });
  }
}

export function remediationNames(body: Json): string[] {
  return (body.remediation?.value ?? []).map((r: Json) => r.name);
}

export function remediation(body: Json, name: string): Json | undefined {
  return (body.remediation?.value ?? []).find((r: Json) => r.name === name);
}

/** The authenticator id of the option whose `relatesTo` resolves to an authenticator with this key. */
export function authenticatorId(body: Json, key: string): string {
  const list = remediation(body, 'select-authenticator-authenticate');
  for (const option of list?.value?.[0]?.options ?? []) {
    if (resolve(body, option.relatesTo)?.key === key) return option.value.form.value.find((f: Json) => f.name === 'id').value;
  }
  throw new Error(`no option for ${key}`);
}

/** Resolves an IDX `relatesTo` JSON path (`$.a.b[0]`), as okta-auth-js does; throws when it does not resolve. */
export function resolve(body: Json, ref: unknown): Json | undefined {
  const path = Array.isArray(ref) ? ref[0] : ref;
  if (typeof path !== 'string') return undefined;
  let node: any = body; // eslint-disable-line @typescript-eslint/no-explicit-any
  for (const part of path.replace(/^\$\./, '').split('.')) {
    const m = /^([^[]+)(?:\[(\d+)\])?$/.exec(part);
    if (!m || node == null) throw new Error(`cannot resolve ${path}`);
    node = node[m[1]!];
    if (m[2] !== undefined) node = node?.[Number(m[2])];
  }
  if (node == null) throw new Error(`cannot resolve ${path}`);
  return node.key ? node : node.value;
}

export function interactionCodeOf(body: Json): string {
  return body.successWithInteractionCode.value.find((v: Json) => v.name === 'interaction_code').value;
}

export function messageKeys(body: Json): string[] {
  const keys: string[] = (body.messages?.value ?? []).map((m: Json) => m.i18n?.key);
  const walk = (fields: Json[] | undefined) => {
    for (const f of fields ?? []) {
      for (const m of f.messages?.value ?? []) keys.push(m.i18n?.key);
      walk(f.form?.value);
    }
  };
  for (const r of body.remediation?.value ?? []) walk(r.value);
  return keys;
}

/** The claims of the ID token in a `/v1/token` reply (not verified: simulator.test.ts checks signatures). */
export function idClaims(token: Reply): Json {
  const part = String(token.body.id_token).split('.')[1]!.replace(/-/g, '+').replace(/_/g, '/');
  return JSON.parse(atob(part));
}
