/**
 * Okta FastPass: Okta Verify on this device answers a challenge Okta signed. Okta asks for it on the first
 * step (`device-challenge-poll`, after "Sign in with Okta FastPass") or as Okta Verify's `signed_nonce`
 * method (`challenge-poll`). Over loopback the widget hands the challenge to the app itself, as the step's
 * work; a custom URI or an app link is opened by the view. Either way Okta is polled until the app answered.
 */
import { isWebUrl } from '../redirect.js';
import { localNetworkDenied, reachOktaVerify, type LoopbackChallenge } from '../device/loopback.js';
import { httpsLink, textOf as text } from '../idx/raw.js';
import type { IdxView } from '../idx/view.js';
import type { FastPassLaunch, FlowMessage } from '../model.js';
import type { StepDefinition } from './definition.js';

export const DEVICE_CHALLENGE_POLL = 'device-challenge-poll';
export const LAUNCH_AUTHENTICATOR = 'launch-authenticator';

const LAUNCHES: Record<string, FastPassLaunch> = {
  LOOPBACK: 'loopback',
  CUSTOM_URI: 'custom-uri',
  APP_LINK: 'app-link',
  UNIVERSAL_LINK: 'universal-link',
};

/** Said on the step Okta answers after the app could not be reached or failed. */
export const FASTPASS_UNREACHABLE: FlowMessage = {
  text: 'Okta Verify didn’t respond on this device. Make sure it is installed and open, or sign in another way.',
  key: 'ovs.fastPassUnreachable',
  level: 'error',
};
export const FASTPASS_FAILED: FlowMessage = {
  text: 'Okta Verify on this device couldn’t verify you. Try again, or sign in another way.',
  key: 'ovs.fastPassFailed',
  level: 'error',
};
export const FASTPASS_LOCAL_NETWORK_DENIED: FlowMessage = {
  text: 'Your browser blocked this page from reaching Okta Verify on this device. Allow this site to access apps and devices on your local network in the browser’s site settings, then try again.',
  key: 'ovs.fastPassLocalNetworkDenied',
  level: 'error',
};

type RawChallenge = { [k: string]: unknown };

/** Okta Verify's `signed_nonce` method is the current one: the challenge is FastPass, not a push. */
export function isFastPassChallenge(idx: IdxView): boolean {
  return idx.current?.key === 'okta_verify' && (idx.current.methods ?? []).some((m) => m.type === 'signed_nonce');
}

function valueOf(node: unknown): RawChallenge | undefined {
  const value = (node as { value?: unknown } | undefined)?.value;
  return value && typeof value === 'object' ? (value as RawChallenge) : undefined;
}

/** The challenge the step was read from: the response's `authenticatorChallenge`, or the method's own. */
function challengeOf(idx: IdxView): RawChallenge {
  if (idx.primary.name === DEVICE_CHALLENGE_POLL) return valueOf(idx.raw.authenticatorChallenge) ?? {};
  return valueOf(idx.current?.contextualData?.challenge) ?? {};
}

/**
 * The okta-auth-js action that withdraws the challenge (`cancel-polling`): the response's own
 * `authenticatorChallenge.cancel`, or the current authenticator's `cancel`.
 */
export function cancelPollingAction(idx: IdxView | undefined): string | undefined {
  if (!idx) return undefined;
  if (idx.primary.name === DEVICE_CHALLENGE_POLL) return valueOf(idx.raw.authenticatorChallenge)?.cancel ? 'authenticatorChallenge-cancel' : undefined;
  if (isFastPassChallenge(idx) && idx.raw.currentAuthenticator?.value?.cancel) return 'currentAuthenticator-cancel';
  return undefined;
}

/** A link that opens Okta Verify: a web address for app and universal links; any app scheme for a custom URI, but no script, data or file. */
function launchHref(launch: FastPassLaunch, href: string | undefined): string | undefined {
  if (!href) return undefined;
  if (launch !== 'custom-uri') return isWebUrl(href) ? href : undefined;
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(href)?.[1]?.toLowerCase();
  return scheme && !['javascript', 'data', 'vbscript', 'file', 'blob', 'about', 'filesystem', 'http', 'https'].includes(scheme) ? href : undefined;
}

function loopbackChallenge(challenge: RawChallenge): LoopbackChallenge | undefined {
  const ports = Array.isArray(challenge.ports) ? challenge.ports.map(String) : [];
  const request = text(challenge.challengeRequest);
  if (!request || !ports.length) return undefined;
  const timeout = Number(challenge.probeTimeoutMillis);
  return {
    challengeRequest: request,
    domain: text(challenge.domain),
    httpsDomain: text(challenge.httpsDomain),
    ports,
    ...(Number.isFinite(timeout) && timeout > 0 ? { probeTimeoutMs: timeout } : {}),
  };
}

export const useFastPass: StepDefinition<'use-fastpass'> = {
  remediations: [DEVICE_CHALLENGE_POLL, 'challenge-poll'],
  match: (idx) => idx.primary.name === DEVICE_CHALLENGE_POLL || isFastPassChallenge(idx),
  read: (idx) => {
    const challenge = challengeOf(idx);
    const launch = LAUNCHES[String(challenge.challengeMethod)] ?? 'loopback';
    const href = launchHref(launch, text(challenge.href));
    const download = httpsLink(challenge.downloadHref);
    return {
      purpose: idx.primary.name === DEVICE_CHALLENGE_POLL ? 'sign-in' : 'verify',
      launch,
      ...(href ? { href } : {}),
      ...(download ? { downloadHref: download } : {}),
    };
  },
  status: (step) => (step.purpose === 'verify' ? 'AwaitingAuthenticatorVerification' : 'AwaitingChallengeAuthenticatorSelection'),
  /**
   * Loopback: find the app and hand it the challenge; Okta's next poll tells the outcome. When the app cannot
   * be reached or fails, Okta is told why (`cancel-polling`) and its answer is shown with the reason.
   */
  run: async (step, work) => {
    if (step.launch !== 'loopback' || !work.idx) return;
    const challenge = loopbackChallenge(challengeOf(work.idx));
    const cancel = cancelPollingAction(work.idx);
    // A challenge without ports or request reaches no app: said at once, rather than a wait that never ends.
    const outcome = challenge ? await reachOktaVerify(challenge, { signal: work.signal }) : ({ ok: false, reason: 'OV_UNREACHABLE_BY_LOOPBACK', statusCode: null } as const);
    if (work.signal.aborted) return;
    if (outcome.ok) return work.pollNow();
    const note = outcome.reason === 'OV_RETURNED_ERROR' ? FASTPASS_FAILED : (await localNetworkDenied()) ? FASTPASS_LOCAL_NETWORK_DENIED : FASTPASS_UNREACHABLE;
    if (!cancel) return work.note(note);
    return work.act(cancel, { reason: outcome.reason, statusCode: outcome.statusCode }, note);
  },
};
