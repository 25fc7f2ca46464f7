import '../src/define.js';

/** Demo wiring: the widget against the embedded simulator, its users, and the virtual Okta Verify panel. */
interface SimUser {
  username: string;
  name?: string;
  authenticators?: Array<{ key: string } | string>;
}

const $ = <T extends HTMLElement>(id: string) => document.getElementById(id) as T;
const signin = $('signin');
const signedIn = $('signed-in');
const deviceUser = $<HTMLSelectElement>('device-user');

signin.setAttribute('issuer', `${location.origin}/oauth2/default`);
signin.setAttribute('client-id', 'okta-verify-signin-demo');

function log(text: string): void {
  const li = document.createElement('li');
  li.textContent = `${new Date().toLocaleTimeString()} ${text}`;
  $('events').prepend(li);
}

signin.addEventListener('okta-verify-step', (e) => log(`step: ${e.detail.step}`));
signin.addEventListener('okta-verify-error', (e) => log(`error: ${e.detail.kind} ${e.detail.message}`));
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

async function loadUsers(): Promise<void> {
  const res = await fetch('/sim/users');
  const body = (await res.json()) as SimUser[] | { users: SimUser[] };
  const users = Array.isArray(body) ? body : body.users;
  const list = $('users');
  for (const user of users) {
    const li = document.createElement('li');
    const keys = (user.authenticators ?? []).map((a) => (typeof a === 'string' ? a : a.key)).join(', ');
    li.textContent = `${user.username}${keys ? ` — ${keys}` : ''}`;
    list.append(li);
    const option = document.createElement('option');
    option.value = option.textContent = user.username;
    deviceUser.append(option);
  }
}

/** Shows the selected user's current code from the simulator's virtual Okta Verify, refreshed every second. */
async function tick(): Promise<void> {
  if (!deviceUser.value) return;
  try {
    const res = await fetch(`/sim/users/${encodeURIComponent(deviceUser.value)}/totp`);
    if (!res.ok) throw new Error(String(res.status));
    const { code, expiresInSeconds } = (await res.json()) as { code: string; expiresInSeconds: number };
    $('device-code').textContent = code;
    $('device-expiry').textContent = `Changes in ${expiresInSeconds} s`;
  } catch {
    $('device-code').textContent = '––––––';
    $('device-expiry').textContent = 'This user has no Okta Verify.';
  }
}

await loadUsers();
void tick();
setInterval(tick, 1000);
deviceUser.addEventListener('change', tick);
