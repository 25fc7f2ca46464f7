/**
 * Reaching Okta Verify on this device over the loopback interface (FastPass): the app listens on one of the
 * ports Okta lists; the page finds it with `GET /probe` and hands it Okta's signed challenge with
 * `POST /challenge`. All ports are probed at once and the first to answer wins, so the wait for an app that
 * is not there is one probe timeout, however many ports are listed.
 */

/** What Okta's LOOPBACK challenge gives. */
export interface LoopbackChallenge {
  challengeRequest: string;
  /** `http://localhost`; tried after `httpsDomain` when both are given. */
  domain?: string;
  httpsDomain?: string;
  ports: string[];
  /** How long one probe may take; Okta's default is 100 ms. */
  probeTimeoutMs?: number;
}

/** Why the app could not be reached, in Okta's words for `cancel-polling`. */
export type LoopbackOutcome =
  | { ok: true }
  | { ok: false; reason: 'OV_UNREACHABLE_BY_LOOPBACK'; statusCode: null }
  | { ok: false; reason: 'OV_RETURNED_ERROR'; statusCode: number | null };

export const DEFAULT_PROBE_TIMEOUT_MS = 100;
/** The user may be confirming with biometrics in the app: the challenge waits as long as Okta's widget does. */
export const CHALLENGE_TIMEOUT_MS = 5 * 60 * 1000;

type Fetch = (input: string, init: RequestInit) => Promise<Response>;

export interface LoopbackOptions {
  signal: AbortSignal;
  fetch?: Fetch;
}

/**
 * Chrome's Local Network Access: a public page must say it means to reach this device. Browsers without it
 * ignore the member.
 */
const LOOPBACK_INIT = { targetAddressSpace: 'loopback' } as RequestInit;

/** The ports' addresses, `https` ones first. */
export function loopbackBases(challenge: LoopbackChallenge): string[] {
  const domains = [challenge.httpsDomain, challenge.domain].filter((d): d is string => typeof d === 'string' && /^https?:\/\/[^/?#]+$/i.test(d));
  const ports = challenge.ports.filter((p) => /^\d{1,5}$/.test(p));
  return domains.flatMap((domain) => ports.map((port) => `${domain}:${port}`));
}

/** Aborted when `outer` is, or after `ms`. */
function within(outer: AbortSignal, ms: number): { signal: AbortSignal; done(): void } {
  const controller = new AbortController();
  const abort = () => controller.abort();
  const timer = setTimeout(abort, ms);
  outer.addEventListener('abort', abort, { once: true });
  if (outer.aborted) abort();
  return {
    signal: controller.signal,
    done: () => {
      clearTimeout(timer);
      outer.removeEventListener('abort', abort);
    },
  };
}

/**
 * The first base whose `/probe` answers 2xx, or none. A 503 (the app there is busy) or no answer within the
 * timeout counts as no answer; the probes still out when one wins are aborted.
 */
async function firstToAnswer(bases: string[], timeoutMs: number, signal: AbortSignal, fetcher: Fetch): Promise<string | undefined> {
  if (!bases.length) return undefined;
  const race = new AbortController();
  const stop = () => race.abort();
  signal.addEventListener('abort', stop, { once: true });
  try {
    return await new Promise<string | undefined>((resolve) => {
      let left = bases.length;
      const miss = () => {
        if (--left === 0) resolve(undefined);
      };
      for (const base of bases) {
        const probe = within(race.signal, timeoutMs);
        fetcher(`${base}/probe`, { ...LOOPBACK_INIT, method: 'GET', signal: probe.signal, cache: 'no-store' })
          .then((response) => (response.ok ? resolve(base) : miss()), miss)
          .finally(probe.done);
      }
    });
  } finally {
    race.abort();
    signal.removeEventListener('abort', stop);
  }
}

/**
 * Finds Okta Verify on this device and hands it the challenge. A port whose app answers the challenge with
 * 503 is busy: the others are probed again without it. Once `signal` is aborted nothing more is sent.
 */
export async function reachOktaVerify(challenge: LoopbackChallenge, { signal, fetch: fetcher = globalThis.fetch.bind(globalThis) }: LoopbackOptions): Promise<LoopbackOutcome> {
  const timeoutMs = challenge.probeTimeoutMs && challenge.probeTimeoutMs > 0 ? challenge.probeTimeoutMs : DEFAULT_PROBE_TIMEOUT_MS;
  let untried = loopbackBases(challenge);
  while (!signal.aborted) {
    const base = await firstToAnswer(untried, timeoutMs, signal, fetcher);
    if (!base || signal.aborted) break;
    untried = untried.filter((b) => b !== base);
    const request = within(signal, CHALLENGE_TIMEOUT_MS);
    try {
      const response = await fetcher(`${base}/challenge`, {
        ...LOOPBACK_INIT,
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ challengeRequest: challenge.challengeRequest }),
        signal: request.signal,
        cache: 'no-store',
      });
      if (response.ok) return { ok: true };
      if (response.status !== 503) return { ok: false, reason: 'OV_RETURNED_ERROR', statusCode: response.status };
    } catch {
      if (signal.aborted) break;
      return { ok: false, reason: 'OV_RETURNED_ERROR', statusCode: null };
    } finally {
      request.done();
    }
  }
  return { ok: false, reason: 'OV_UNREACHABLE_BY_LOOPBACK', statusCode: null };
}

/**
 * True only when the browser says the user refused this page access to apps on this device. Asked only after
 * probing failed: some embedded browsers report `denied` where loopback works.
 */
export async function localNetworkDenied(): Promise<boolean> {
  try {
    const permissions = (globalThis.navigator as { permissions?: Permissions } | undefined)?.permissions;
    if (!permissions) return false;
    const status = await permissions.query({ name: 'local-network-access' as PermissionName });
    return status.state === 'denied';
  } catch {
    // Browsers that do not know the permission.
    return false;
  }
}
