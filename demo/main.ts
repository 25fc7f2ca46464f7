import '../src/define.js';
import { SimulatorClient, type ChallengeMethod, type PendingPush, type SimulatorSettings, type ThisComputerState } from '../sim/client.js';
import { SHIPPED_LANGUAGES } from '../src/i18n/languages/index.js';

/** Demo wiring: the widget against the embedded simulator, its users, and the virtual Okta Verify panel. */
const sim = new SimulatorClient();

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const signin = $('signin');
const signedIn = $('signed-in');
const deviceUser = $<HTMLSelectElement>('device-user');

signin.setAttribute('issuer', `${location.origin}/oauth2/default`);
signin.setAttribute('client-id', 'okta-verify-signin-demo');

/* ---------- The widget's language ---------- */

const language = $<HTMLSelectElement>('language');
/** Names the browser's own table lacks in their own language (Chromium names these two in English). */
const OWN_NAMES: Record<string, string> = { eu: 'Euskara', ht: 'Kreyòl ayisyen' };
/** Each language's name in that language (`Deutsch`, `日本語`), from the browser, so no language module loads for the menu. */
const ownName = (code: string) => {
  try {
    return OWN_NAMES[code] ?? new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
};
for (const code of SHIPPED_LANGUAGES) {
  const option = new Option(`${ownName(code)} (${code})`, code);
  option.lang = code;
  language.add(option);
}
// `?lang=` picks one on load, so a language can be linked to.
const asked = new URLSearchParams(location.search).get('lang');
language.value = asked && SHIPPED_LANGUAGES.includes(asked) ? asked : 'en';
signin.lang = language.value;
language.addEventListener('change', () => {
  // The widget and every step in it follow `lang`; the language's module loads the first time it is shown.
  signin.lang = language.value;
  const url = new URL(location.href);
  url.searchParams.set('lang', language.value);
  history.replaceState(history.state, '', url);
  log(`language: ${language.value}`);
});

/* ---------- The org: which app signs in, and what the org offers ---------- */

const app = $<HTMLSelectElement>('app');
app.addEventListener('change', () => {
  signin.setAttribute('client-id', app.value);
  log(`app: ${app.value}`);
  void (signin as HTMLElement & { restart(): Promise<void> }).restart();
});

type Switch = 'recovery' | 'unlockAccount' | 'rememberMe' | 'keepMeSignedIn' | 'idp' | 'fastPass' | 'askOktaVerifyMethod';

async function loadSettings(): Promise<void> {
  const settings = await sim.settings();
  for (const box of $('org-settings').querySelectorAll<HTMLInputElement>('input[type=checkbox]')) {
    const name = box.name as Switch;
    box.checked = settings[name];
    box.addEventListener('change', async () => {
      const next: Partial<SimulatorSettings> = { [name]: box.checked };
      await sim.setSettings(next);
      log(`org: ${name} ${box.checked ? 'on' : 'off'} (applies to the next sign-in)`);
    });
  }
}

function log(text: string): void {
  const li = document.createElement('li');
  li.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  $('events').prepend(li);
}

signin.addEventListener('okta-verify-step', (e) => log(`step: ${e.detail.step}`));
signin.addEventListener('okta-verify-error', (e) => log(`error: ${e.detail.kind} ${e.detail.message}`));
signin.addEventListener('okta-verify-password-expired', (e) => log(`password ${e.detail.warning ? 'expires soon' : 'expired'}: the widget shows its own form`));
signin.addEventListener('okta-verify-success', (e) => {
  log(`success: ${e.detail.claims?.sub}`);
  $('claims').textContent = JSON.stringify(e.detail.claims, null, 2);
  signin.hidden = true;
  signedIn.hidden = false;
  $('restart').focus();
});

$('restart').addEventListener('click', () => {
  signedIn.hidden = true;
  signin.hidden = false;
  void (signin as HTMLElement & { restart(): Promise<void> }).restart();
});

function userPath(username: string, rest: string): string {
  return `/sim/users/${encodeURIComponent(username)}/${rest}`;
}

async function loadUsers(): Promise<void> {
  const users = await sim.users();
  const list = $('users');
  for (const user of users) {
    const li = document.createElement('li');
    const keys = user.authenticators.map((a) => a.key).join(', ');
    li.textContent = `${user.username}${keys ? ` — ${keys}` : ''}`;
    const settings = [
      user.settings?.numberChallenge ? 'number challenge' : '',
      user.settings?.autoChallenge ? 'auto challenge' : '',
      user.scenario ?? '',
    ].filter(Boolean);
    if (settings.length) {
      const tags = document.createElement('span');
      tags.className = 'muted settings';
      tags.textContent = `(${settings.join(', ')})`;
      li.append(' ', tags);
    }
    list.append(li);
    const option = document.createElement('option');
    option.value = option.textContent = user.username;
    deviceUser.append(option);
  }
}

/** Shows the selected user's current code from the simulator's virtual Okta Verify, refreshed every second. */
async function tick(): Promise<void> {
  const username = deviceUser.value;
  if (!username) return;
  try {
    const { code, expiresInSeconds } = await sim.totp(username);
    if (username !== deviceUser.value) return; // the selection changed meanwhile
    $('device-code').textContent = code;
    $('device-expiry').textContent = `Changes in ${expiresInSeconds} s`;
  } catch {
    if (username !== deviceUser.value) return;
    $('device-code').textContent = '––––––';
    $('device-expiry').textContent = 'This user has no Okta Verify.';
  }
}

/* ---------- Push notifications on the virtual device ---------- */

const POLL_MS = 1000;
const POLL_ERROR_MS = 3000;
const FEEDBACK_MS = 4000;

const pushSection = $('push');
const pushStatus = $('push-status');
const pushRequest = $('push-request');
const pushExpiry = $('push-expiry');
const pushHint = $('push-hint');
const pushChoices = $('push-choices');
const approveButton = $<HTMLButtonElement>('push-approve');
const denyButton = $<HTMLButtonElement>('push-deny');

const pushState = {
  /** The push on screen, or null when none is pending. */
  current: null as PendingPush | null,
  /** Identifies what the buttons were built for, so a poll that changes nothing leaves them (and focus) alone. */
  renderedKey: '',
  /** A push already approved or denied here; hidden even if a poll that started earlier still reports it. */
  handledId: '',
  /** The text the status line shows when no feedback is up. */
  stateText: '',
  feedbackUntil: 0,
  feedbackTimer: 0,
  pollTimer: 0,
  inFlight: null as AbortController | null,
  acting: false,
  failed: false,
};

function setStatus(text: string, muted: boolean): void {
  if (pushStatus.textContent !== text) pushStatus.textContent = text;
  pushStatus.classList.toggle('muted', muted);
}

function showState(text: string, muted: boolean): void {
  pushState.stateText = text;
  if (Date.now() >= pushState.feedbackUntil) setStatus(text, muted);
}

/** Briefly shows what was just done, then goes back to the push state. */
function showFeedback(text: string): void {
  clearTimeout(pushState.feedbackTimer);
  pushState.feedbackUntil = Date.now() + FEEDBACK_MS;
  setStatus(text, false);
  pushState.feedbackTimer = window.setTimeout(clearFeedback, FEEDBACK_MS);
}

function clearFeedback(): void {
  clearTimeout(pushState.feedbackTimer);
  pushState.feedbackUntil = 0;
  setStatus(pushState.stateText, pushState.current === null);
}

function toMillis(value: string | number | undefined): number {
  if (value === undefined) return NaN;
  if (typeof value === 'number') return value < 1e12 ? value * 1000 : value;
  return /^\d+$/.test(value) ? toMillis(Number(value)) : Date.parse(value);
}

/**
 * Marks the buttons unavailable while an answer is being sent. `aria-disabled` rather than `disabled`, so the
 * button a keyboard user just pressed keeps focus; `act` ignores presses meanwhile.
 */
function setButtonsDisabled(disabled: boolean): void {
  for (const button of pushRequest.querySelectorAll('button')) {
    if (disabled) button.setAttribute('aria-disabled', 'true');
    else button.removeAttribute('aria-disabled');
  }
}

/** Shows `push` (or that none is pending); rebuilds the buttons only when the push itself changed. */
function renderPush(push: PendingPush | null): void {
  if (push && push.id === pushState.handledId) push = null;
  pushState.current = push;
  pushState.failed = false;
  const choices = push?.choices?.map(String) ?? [];
  const key = push ? `${push.id}|${choices.join(',')}` : 'none';

  if (push) {
    const expiresAt = toMillis(push.expiresAt);
    pushExpiry.textContent = Number.isNaN(expiresAt) ? '' : `Expires in ${Math.max(0, Math.round((expiresAt - Date.now()) / 1000))} s`;
  }
  if (key === pushState.renderedKey) return;
  pushState.renderedKey = key;

  const hadFocus = pushRequest.contains(document.activeElement);
  if (push) {
    // A new request replaces whatever "Approved"/"Denied" was still up.
    if (pushState.feedbackUntil) clearFeedback();
    pushChoices.replaceChildren(
      ...choices.map((choice) => {
        const button = document.createElement('button');
        button.type = 'button';
        button.className = 'choice';
        button.textContent = choice;
        button.addEventListener('click', () => void act('approve', choice));
        return button;
      }),
    );
    const numberChallenge = choices.length > 0;
    pushHint.hidden = pushChoices.hidden = !numberChallenge;
    approveButton.hidden = numberChallenge;
    pushRequest.hidden = false;
    setButtonsDisabled(pushState.acting);
    showState('Sign-in request', false);
  } else {
    pushRequest.hidden = true;
    pushChoices.replaceChildren();
    showState('No pending push.', true);
  }
  keepFocus(hadFocus);
}

/** When the focused button went away (or was rebuilt), keep keyboard users in the push area. */
function keepFocus(hadFocus: boolean): void {
  if (hadFocus && (pushRequest.hidden || !pushRequest.contains(document.activeElement))) pushSection.focus();
}

function schedulePoll(delay: number): void {
  clearTimeout(pushState.pollTimer);
  if (document.hidden) return;
  pushState.pollTimer = window.setTimeout(() => void pollPush(), delay);
}

/** One `GET …/push` at a time; the next one is scheduled when it has finished. */
async function pollPush(): Promise<void> {
  clearTimeout(pushState.pollTimer);
  const username = deviceUser.value;
  if (pushState.inFlight || document.hidden || !username) return;
  const controller = new AbortController();
  pushState.inFlight = controller;
  let next = POLL_MS;
  try {
    const res = await fetch(userPath(username, 'push'), { signal: controller.signal, cache: 'no-store' });
    if (res.status === 404) {
      renderPush(null);
    } else if (!res.ok) {
      throw new Error(`HTTP ${res.status}`);
    } else {
      renderPush((await res.json()) as PendingPush);
    }
  } catch {
    if (controller.signal.aborted) return;
    next = POLL_ERROR_MS;
    if (!pushState.failed) {
      pushState.failed = true;
      pushState.current = null;
      pushState.renderedKey = 'error';
      const hadFocus = pushRequest.contains(document.activeElement);
      pushRequest.hidden = true;
      keepFocus(hadFocus);
      showState('Could not check for a push.', true);
    }
  } finally {
    if (pushState.inFlight === controller) pushState.inFlight = null;
    if (!controller.signal.aborted) schedulePoll(next);
  }
}

/** What the device did, from the simulator's `{ status }` ('approved', 'rejected', 'timed-out', 'replaced'). */
function describeAnswer(action: 'approve' | 'deny', answer: string | undefined, status: string): string {
  if (/timed?.?out|expired/i.test(status)) return 'Too late: the request had expired';
  if (/replaced/i.test(status)) return 'Too late: a newer request replaced this one';
  if (action === 'deny') return 'Denied';
  if (/reject|den(y|ied)|wrong|fail/i.test(status)) return answer ? `Rejected: ${answer} was not the number shown` : 'Rejected';
  return answer ? `Approved (tapped ${answer})` : 'Approved';
}

/** Approves (with the tapped number, for a number challenge) or denies the push on screen. */
async function act(action: 'approve' | 'deny', answer?: string): Promise<void> {
  const push = pushState.current;
  const username = deviceUser.value;
  if (!push || pushState.acting || !username) return;
  pushState.acting = true;
  setButtonsDisabled(true);
  let feedback: string;
  try {
    const init: RequestInit =
      answer === undefined
        ? { method: 'POST' }
        : { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ answer }) };
    const res = await fetch(userPath(username, `push/${action}`), init);
    const body = (await res.json().catch(() => ({}))) as { status?: unknown };
    const status = typeof body.status === 'string' ? body.status : '';
    if (!res.ok) {
      feedback = `Could not ${action}: HTTP ${res.status}${status ? ` (${status})` : ''}`;
    } else {
      if (username === deviceUser.value) pushState.handledId = push.id;
      feedback = describeAnswer(action, answer, status);
    }
  } catch {
    feedback = `Could not ${action}: the simulator did not answer`;
  } finally {
    pushState.acting = false;
  }
  log(`virtual Okta Verify (${username}): ${feedback}`);
  if (username !== deviceUser.value) {
    // The selection changed meanwhile: the push area already shows the other user.
    setButtonsDisabled(false);
    return;
  }
  showFeedback(feedback);
  if (pushState.handledId === push.id) renderPush(null);
  else setButtonsDisabled(false);
  if (!pushState.inFlight) void pollPush();
}

/** The push area follows the selected user: forget the previous user's push and ask again at once. */
function resetPush(): void {
  pushState.inFlight?.abort();
  pushState.inFlight = null;
  pushState.handledId = '';
  pushState.renderedKey = '';
  clearTimeout(pushState.feedbackTimer);
  pushState.feedbackUntil = 0;
  renderPush(null);
  void pollPush();
}

approveButton.addEventListener('click', () => void act('approve'));
denyButton.addEventListener('click', () => void act('deny'));
document.addEventListener('visibilitychange', () => {
  if (document.hidden) clearTimeout(pushState.pollTimer);
  else void pollPush();
});

/* ---------- Enrollment: the device scans the page's QR code, or opens a link from the outbox ---------- */

/* ---------- Okta Verify on this computer (FastPass) ---------- */

const computerRunning = $<HTMLInputElement>('computer-running');
const computerMethod = $<HTMLSelectElement>('computer-method');
const computerBiometrics = $<HTMLInputElement>('computer-biometrics');
const computerOpen = $<HTMLButtonElement>('computer-open');
const computerStatus = $('computer-status');

function showComputer(state: ThisComputerState): void {
  computerRunning.checked = state.running;
  computerBiometrics.checked = state.userVerification === 'fail';
  $('computer-accounts').textContent = state.accounts.join(', ') || 'no account';
  // "Open Okta Verify" is what a person does when the page hands a link to the OS; loopback needs no hand.
  computerOpen.disabled = !state.pending.some((p) => p.challengeMethod !== 'LOOPBACK');
}

async function refreshComputer(): Promise<void> {
  showComputer(await sim.thisComputer());
}

async function changeComputer(settings: Parameters<SimulatorClient['setThisComputer']>[0], text: string): Promise<void> {
  showComputer(await sim.setThisComputer(settings));
  computerStatus.textContent = text;
  log(`this computer: ${text}`);
}

computerRunning.addEventListener('change', () =>
  void changeComputer({ running: computerRunning.checked }, computerRunning.checked ? 'Okta Verify is running.' : 'Okta Verify is stopped: its ports refuse connections.'),
);
computerBiometrics.addEventListener('change', () =>
  void changeComputer({ userVerification: computerBiometrics.checked ? 'fail' : 'ok' }, computerBiometrics.checked ? 'the org requires biometrics; Okta Verify answers without them.' : 'Okta Verify answers with biometrics.'),
);
computerMethod.addEventListener('change', async () => {
  await sim.setSettings({ fastPassMethod: computerMethod.value as ChallengeMethod });
  computerStatus.textContent = `FastPass reaches Okta Verify by ${computerMethod.selectedOptions[0]!.text.toLowerCase()} from the next try on.`;
  log(`org: FastPass by ${computerMethod.value}`);
});
computerOpen.addEventListener('click', async () => {
  const text = await sim.openOktaVerify().then(
    (r) => (r.status === 'answered' ? `Okta Verify answered as ${r.username}.` : `Okta Verify answered: ${r.status}.`),
    (error: Error) => `Okta Verify could not answer: ${/"error":"([^"]+)"/.exec(error.message)?.[1] ?? error.message}.`,
  );
  computerStatus.textContent = text;
  log(`this computer: ${text}`);
  void refreshComputer();
});
computerMethod.value = (await sim.settings()).fastPassMethod;

const enrollStatus = $('enroll-status');

/** The device opens an activation link; the simulator enrolls Okta Verify on it. */
async function openLink(link: string): Promise<void> {
  const username = deviceUser.value;
  const text = await sim.enroll(username, link).then(
    (result) => `Okta Verify is set up on ${result.deviceName ?? `${username}'s device`}.`,
    (error: Error) => `Could not set up ${username}'s device: ${/"error":"([^"]+)"/.exec(error.message)?.[1] ?? error.message}.`,
  );
  enrollStatus.textContent = text;
  log(`virtual Okta Verify (${username}): ${text}`);
  void tick();
}

/** Reads the QR image the widget shows, the way a phone's camera would: from its pixels. */
async function scanQr(): Promise<void> {
  const step = signin.querySelector('[data-ovs-step]');
  const img = step?.shadowRoot?.querySelector<HTMLImageElement>('img[part~="qr-code"]');
  if (!img) {
    enrollStatus.textContent = 'There is no QR code on the page. Sign in as new@example.com and choose Okta Verify.';
    return;
  }
  const { default: jsQR } = await import('jsqr');
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = img.naturalWidth;
  canvas.height = img.naturalHeight;
  const ctx = canvas.getContext('2d')!;
  ctx.drawImage(img, 0, 0);
  const pixels = ctx.getImageData(0, 0, canvas.width, canvas.height);
  const code = jsQR(pixels.data, pixels.width, pixels.height);
  if (!code) {
    enrollStatus.textContent = 'The QR code could not be read.';
    return;
  }
  await openLink(code.data);
}

/** Keys of what each list shows, so a refresh that brings nothing new leaves the list (and focus) alone. */
const shownKeys = new Map<string, string>();

/** Fills a list, newest first, from `load`, when its entries changed; `emptyId` names the "none yet" line. */
async function refreshList<T extends { id: string }>(listId: string, emptyId: string, load: () => Promise<T[]>, item: (entry: T) => HTMLLIElement): Promise<void> {
  const entries = await load().catch(() => undefined);
  if (!entries) return;
  const key = entries.map((e) => e.id).join();
  if (key === shownKeys.get(listId)) return;
  shownKeys.set(listId, key);
  $(emptyId).hidden = entries.length > 0;
  $(listId).replaceChildren(...entries.slice().reverse().map(item));
}

function refreshOutbox(): Promise<void> {
  return refreshList('outbox', 'outbox-empty', () => sim.outbox(), (entry) => {
    const li = document.createElement('li');
    const what = document.createElement('span');
    what.textContent = `${entry.channel === 'sms' ? 'SMS' : 'Email'} to ${entry.to} (${entry.username}), ${new Date(entry.sentAt).toLocaleTimeString()}`;
    const open = document.createElement('button');
    open.type = 'button';
    open.textContent = 'Open on the device';
    open.addEventListener('click', () => {
      deviceUser.value = entry.username;
      deviceUser.dispatchEvent(new Event('change'));
      void openLink(entry.link);
    });
    li.append(what, ' ', open);
    return li;
  });
}

$('scan-qr').addEventListener('click', () => void scanQr());
// Same device / device bootstrap: no QR code; the device finishes the enrollment under way.
$('enroll-here').addEventListener('click', async () => {
  const username = deviceUser.value;
  const text = await sim.enroll(username).then(
    (result) => `Okta Verify is set up on ${result.deviceName ?? `${username}'s device`}.`,
    (error: Error) => `Nothing to set up for ${username}: ${/"error":"([^"]+)"/.exec(error.message)?.[1] ?? error.message}.`,
  );
  enrollStatus.textContent = text;
  log(`virtual Okta Verify (${username}): ${text}`);
  void refreshComputer();
  void tick();
});

/* ---------- Codes sent by email, SMS and voice; an email's magic link opens here or "on another device" ---------- */

function refreshMessages(): Promise<void> {
  return refreshList('messages', 'messages-empty', () => sim.messages(), (message) => {
    const li = document.createElement('li');
    const what = document.createElement('span');
    const channel = { email: 'Email', sms: 'SMS', voice: 'Voice call' }[message.channel];
    what.textContent = `${channel} to ${message.to} (${message.username}), ${new Date(message.sentAt).toLocaleTimeString()}: `;
    const code = document.createElement('strong');
    code.textContent = message.code;
    li.append(what, code);
    if (message.link) {
      const here = document.createElement('a');
      here.href = message.link;
      here.target = '_blank';
      here.textContent = 'Open the magic link in a new tab';
      const elsewhere = document.createElement('button');
      elsewhere.type = 'button';
      elsewhere.textContent = 'Open it on another device';
      elsewhere.addEventListener('click', async () => {
        const answer = (await sim.openMagicLink(message.link!, { sameDevice: false }).catch(() => undefined)) as { messages?: { value: Array<{ message: string }> } } | undefined;
        $('messages-status').textContent = answer?.messages?.value[0]?.message ?? 'That sign-in has ended.';
      });
      li.append(' ', here, ' ', elsewhere);
    }
    return li;
  });
}

await loadSettings();
await loadUsers();
void refreshOutbox();
setInterval(() => void refreshOutbox(), 2000);
void refreshMessages();
setInterval(() => void refreshMessages(), 2000);
void refreshComputer();
setInterval(() => void refreshComputer().catch(() => undefined), 1000);
void tick();
setInterval(tick, 1000);
void pollPush();
deviceUser.addEventListener('change', () => {
  void tick();
  resetPush();
});
