/**
 * `<sim-device-panel>`: the user's phone beside the widget in the flow stories. It shows the current Okta
 * Verify code, a waiting push with Approve / Deny (or the numbers to tap), scans the widget's enrollment QR
 * code, opens setup links from the outbox, shows the email and SMS codes sent to the user (and opens an
 * email's magic link, here or "on another device"), drives Okta Verify on this computer for FastPass (running,
 * biometrics, the challenge method, "Open Okta Verify"), lists the widget's events, and resets the org. Everything goes
 * through the simulator's control API on the page's origin. It renders into the light DOM, so play functions
 * find its buttons by role and name.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import type { OktaVerifySignin } from '../../src/index.js';
import type { ChallengeMethod, CodeMessage, OutboxEntry, PendingPush, ThisComputerState } from '../../sim/client.js';
import { readQr } from '../../test/helpers/qr.js';
import { sim } from './simulator.js';

const REFRESH_MS = 400;

/** The challenge methods, as the panel names them. */
const METHOD_NAMES: Record<ChallengeMethod, string> = { LOOPBACK: 'Loopback', CUSTOM_URI: 'Custom URI', APP_LINK: 'App link', UNIVERSAL_LINK: 'Universal link' };
const EVENTS_KEPT = 6;
const WIDGET_EVENTS = ['okta-verify-step', 'okta-verify-error', 'okta-verify-success'] as const;

/** One line of the panel's event list. */
function describeEvent(event: Event): string {
  const { detail } = event as CustomEvent;
  if (event.type === 'okta-verify-step') return `step: ${detail.step}`;
  if (event.type === 'okta-verify-error') return `error: ${detail.kind}${detail.status ? ` (${detail.status})` : ''}`;
  return `success: ${String(detail.claims?.email ?? detail.claims?.sub ?? 'signed in')}`;
}

const STYLE = html`<style>
  sim-device-panel {
    display: block;
    inline-size: 20rem;
    font: 0.9375rem/1.4 system-ui, sans-serif;
    color: #1b1b1f;
  }
  sim-device-panel section {
    border: 1px solid #8a8d93;
    border-radius: 12px;
    padding: 1rem;
    background: #ffffff;
  }
  sim-device-panel h2 {
    margin: 0 0 0.75rem;
    font-size: 1.125rem;
  }
  sim-device-panel h3 {
    margin: 1rem 0 0.375rem;
    font-size: 0.9375rem;
  }
  sim-device-panel p {
    margin: 0 0 0.375rem;
  }
  sim-device-panel .muted {
    color: #595c63;
  }
  sim-device-panel .code {
    margin: 0;
    font: 700 1.75rem/1.2 ui-monospace, monospace;
    letter-spacing: 0.1em;
  }
  sim-device-panel .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-block-end: 0.375rem;
  }
  sim-device-panel button,
  sim-device-panel select {
    font: inherit;
    padding: 0.25rem 0.75rem;
    border: 1px solid #5c5f66;
    border-radius: 6px;
    background: #ffffff;
    color: #1b1b1f;
  }
  sim-device-panel button.primary {
    background: #1a5fd0;
    border-color: #1a5fd0;
    color: #ffffff;
  }
  sim-device-panel ul,
  sim-device-panel ol {
    margin: 0;
    padding-inline-start: 1.25rem;
  }
  sim-device-panel li {
    margin-block-end: 0.25rem;
    overflow-wrap: anywhere;
  }
  sim-device-panel .feedback:empty {
    display: none;
  }
</style>`;

export class SimDevicePanel extends LitElement {
  /** Whose device this is: the story's user, until another is chosen in the panel. */
  @property() user = '';

  /** Restores the story's org (reset, then its faults and user settings); a plain reset without it. */
  @property({ attribute: false }) resetOrg?: () => Promise<void>;

  @state() private usernames: string[] = [];
  @state() private code: { code: string; expiresInSeconds: number } | null = null;
  @state() private push: PendingPush | null = null;
  @state() private outbox: OutboxEntry[] = [];
  @state() private messages: CodeMessage[] = [];
  @state() private feedback = '';
  @state() private events: string[] = [];
  @state() private acting = false;
  @state() private computer: ThisComputerState | null = null;
  @state() private fastPassMethod: ChallengeMethod = 'LOOPBACK';

  /** A push answered here, hidden even if a refresh that started before the answer still reports it. */
  private answered = '';
  private timer?: ReturnType<typeof setInterval>;
  private refreshing = false;

  protected override createRenderRoot(): HTMLElement {
    return this;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    for (const name of WIDGET_EVENTS) document.addEventListener(name, this.onWidgetEvent);
    void sim.users().then((users) => (this.usernames = users.map((u) => u.username)), () => undefined);
    void this.refresh();
    this.timer = setInterval(() => void this.refresh(), REFRESH_MS);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    for (const name of WIDGET_EVENTS) document.removeEventListener(name, this.onWidgetEvent);
    clearInterval(this.timer);
  }

  /** The widget of the same story: the panel's sibling. */
  private get widget(): OktaVerifySignin | null {
    return this.parentElement?.querySelector('okta-verify-signin') ?? null;
  }

  private onWidgetEvent = (event: Event): void => {
    if (event.target !== this.widget) return;
    this.events = [describeEvent(event), ...this.events].slice(0, EVENTS_KEPT);
  };

  private async refresh(): Promise<void> {
    if (this.refreshing || document.hidden || !this.user) return;
    this.refreshing = true;
    const user = this.user;
    try {
      const [code, push, outbox, messages, computer, settings] = await Promise.all([
        sim.totp(user).catch(() => null),
        sim.pendingPush(user).catch(() => null),
        sim.outbox().catch(() => this.outbox),
        sim.messages({ username: user }).catch(() => this.messages),
        sim.thisComputer().catch(() => this.computer),
        sim.settings().catch(() => null),
      ]);
      if (user !== this.user) return; // the device changed meanwhile
      if (JSON.stringify(computer) !== JSON.stringify(this.computer)) this.computer = computer;
      if (settings) this.fastPassMethod = settings.fastPassMethod;
      this.code = code;
      this.push = push && push.id !== this.answered ? push : null;
      if (outbox.map((o) => o.id).join() !== this.outbox.map((o) => o.id).join()) this.outbox = outbox;
      if (messages.map((m) => m.id).join() !== this.messages.map((m) => m.id).join()) this.messages = messages;
    } finally {
      this.refreshing = false;
    }
  }

  /** Runs one device action, with its outcome in the panel's status line; one at a time. */
  private async act(work: () => Promise<string>): Promise<void> {
    if (this.acting) return;
    this.acting = true;
    try {
      this.feedback = await work();
    } catch (error) {
      this.feedback = `Failed: ${error instanceof Error ? error.message : String(error)}`;
    } finally {
      this.acting = false;
    }
    await this.refresh();
  }

  private answer(approve: boolean, number?: string): Promise<void> {
    const push = this.push;
    if (!push) return Promise.resolve();
    return this.act(async () => {
      const { status } = approve ? await sim.approvePush(this.user, number) : await sim.denyPush(this.user);
      this.answered = push.id;
      this.push = null;
      return approve ? `Push ${status}${number ? ` (tapped ${number})` : ''}.` : `Push ${status}.`;
    });
  }

  /** Reads the QR code from the widget's image pixels, as a phone camera would, and opens its link. */
  private scan(): Promise<void> {
    return this.act(async () => {
      const img = this.widget?.querySelector('[data-ovs-step]')?.shadowRoot?.querySelector<HTMLImageElement>('img[part~="qr-code"]');
      if (!img) return 'There is no QR code in the widget.';
      const link = await readQr(img).catch(() => undefined);
      if (!link) return 'The QR code could not be read.';
      return this.enroll(this.user, link);
    });
  }

  private async enroll(username: string, link: string): Promise<string> {
    const { deviceName } = await sim.enroll(username, link);
    return `Okta Verify is set up on ${deviceName ?? `${username}’s device`}.`;
  }

  private openLink(entry: OutboxEntry): Promise<void> {
    this.user = entry.username;
    return this.act(() => this.enroll(entry.username, entry.link));
  }

  /** Opens an email's magic link as the browser that started the sign-in (its poll goes on) or as another device. */
  private openMagicLink(message: CodeMessage, sameDevice: boolean): Promise<void> {
    return this.act(async () => {
      const answer = (await sim.openMagicLink(message.link!, { sameDevice })) as { messages?: { value: Array<{ message: string }> } };
      return answer.messages?.value[0]?.message ?? 'The link was opened.';
    });
  }

  /** Okta Verify on the computer the browser runs on (FastPass): started or stopped, biometrics, the challenge method. */
  private setComputer(settings: { running?: boolean; userVerification?: 'ok' | 'fail' }): Promise<void> {
    return this.act(async () => {
      this.computer = await sim.setThisComputer(settings);
      if (settings.running !== undefined) return settings.running ? 'Okta Verify is running on this computer.' : 'Okta Verify is stopped: FastPass cannot reach it.';
      return settings.userVerification === 'fail' ? 'Okta Verify answers without biometrics.' : 'Okta Verify answers with biometrics.';
    });
  }

  private chooseMethod(event: Event): Promise<void> {
    const method = (event.target as HTMLSelectElement).value as ChallengeMethod;
    return this.act(async () => {
      this.fastPassMethod = (await sim.setSettings({ fastPassMethod: method })).fastPassMethod;
      return `FastPass reaches Okta Verify by ${METHOD_NAMES[method].toLowerCase()} from the next sign-in on.`;
    });
  }

  private openOktaVerify(): Promise<void> {
    return this.act(async () => {
      const { status, username } = await sim.openOktaVerify();
      return status === 'answered' ? `Okta Verify answered as ${username}.` : `Okta Verify opened: ${status}.`;
    });
  }

  private reset(): Promise<void> {
    return this.act(async () => {
      await (this.resetOrg?.() ?? sim.reset());
      this.answered = '';
      this.events = [];
      await this.widget?.restart();
      return 'The org was reset and the sign-in started over.';
    });
  }

  private chooseUser(event: Event): void {
    this.user = (event.target as HTMLSelectElement).value;
    this.code = this.push = null;
    void this.refresh();
  }

  override render() {
    const choices = this.push?.choices ?? [];
    return html`${STYLE}
      <section aria-labelledby="sim-device-heading">
        <h2 id="sim-device-heading">Virtual Okta Verify</h2>
        <label>Device of
          <select @change=${this.chooseUser}>
            ${(this.usernames.includes(this.user) ? this.usernames : [this.user, ...this.usernames]).map(
              (u) => html`<option value=${u} ?selected=${u === this.user}>${u}</option>`,
            )}
          </select>
        </label>

        <h3>Code</h3>
        ${this.code
          ? html`<p class="code" data-testid="device-code">${this.code.code}</p>
              <p class="muted">Changes in ${this.code.expiresInSeconds} s</p>`
          : html`<p class="muted">Okta Verify is not set up on this device.</p>`}

        <h3>Push</h3>
        ${this.push
          ? html`<p>Sign-in request${choices.length ? ': tap the number shown on the sign-in page.' : '.'}</p>
              <div class="row" role="group" aria-label="Answer the sign-in request">
                ${choices.length
                  ? choices.map((n) => html`<button ?disabled=${this.acting} @click=${() => this.answer(true, n)}>${n}</button>`)
                  : html`<button class="primary" ?disabled=${this.acting} @click=${() => this.answer(true)}>Approve</button>`}
                <button ?disabled=${this.acting} @click=${() => this.answer(false)}>Deny</button>
              </div>`
          : html`<p class="muted">No pending push.</p>`}

        <h3>Set up</h3>
        <div class="row"><button ?disabled=${this.acting} @click=${this.scan}>Scan the QR code</button></div>

        <h3>Outbox</h3>
        ${this.outbox.length
          ? html`<ul>
              ${this.outbox.map(
                (entry) => html`<li>
                  ${entry.channel === 'sms' ? 'Text' : 'Email'} to ${entry.to}
                  <button ?disabled=${this.acting} @click=${() => this.openLink(entry)}>Open link</button>
                </li>`,
              )}
            </ul>`
          : html`<p class="muted">No setup links sent.</p>`}

        <h3>Email and SMS</h3>
        ${this.messages.length
          ? html`<ul>
              ${this.messages
                .slice()
                .reverse()
                .map(
                  (message) => html`<li>
                    ${{ email: 'Email', sms: 'Text', voice: 'Voice call' }[message.channel]} to ${message.to}: <strong data-testid="message-code">${message.code}</strong>
                    ${message.link
                      ? html`<button ?disabled=${this.acting} @click=${() => this.openMagicLink(message, true)}>Open link</button>
                          <button ?disabled=${this.acting} @click=${() => this.openMagicLink(message, false)}>Open on another device</button>`
                      : nothing}
                  </li>`,
                )}
            </ul>`
          : html`<p class="muted">No codes sent.</p>`}

        <h3>Okta Verify on this computer</h3>
        ${this.computer
          ? html`<label><input type="checkbox" .checked=${this.computer.running} ?disabled=${this.acting}
                @change=${(e: Event) => this.setComputer({ running: (e.target as HTMLInputElement).checked })} /> Okta Verify is running</label>
              <label><input type="checkbox" .checked=${this.computer.userVerification === 'fail'} ?disabled=${this.acting}
                @change=${(e: Event) => this.setComputer({ userVerification: (e.target as HTMLInputElement).checked ? 'fail' : 'ok' })} /> Biometrics fail</label>
              <label>FastPass by
                <select ?disabled=${this.acting} @change=${this.chooseMethod}>
                  ${(Object.keys(METHOD_NAMES) as ChallengeMethod[]).map((m) => html`<option value=${m} ?selected=${m === this.fastPassMethod}>${METHOD_NAMES[m]}</option>`)}
                </select>
              </label>
              <p class="muted">Accounts: ${this.computer.accounts.join(', ') || 'none'}</p>
              ${this.computer.pending.some((p) => p.challengeMethod !== 'LOOPBACK')
                ? html`<div class="row"><button class="primary" ?disabled=${this.acting} @click=${this.openOktaVerify}>Open Okta Verify</button></div>`
                : nothing}`
          : html`<p class="muted">Not available.</p>`}

        <h3>Widget events</h3>
        ${this.events.length
          ? html`<ol reversed>${this.events.map((text) => html`<li>${text}</li>`)}</ol>`
          : html`<p class="muted">None yet.</p>`}

        <p class="feedback" role="status">${this.feedback || nothing}</p>
        <div class="row"><button ?disabled=${this.acting} @click=${this.reset}>Reset the org</button></div>
      </section>`;
  }
}

/**
 * The panel for `user`'s device. Defining it here, not as a bare import's side effect, keeps it in a build
 * that drops side-effect imports (the package declares its modules free of them).
 */
export function devicePanel(user: string, resetOrg?: () => Promise<void>): TemplateResult {
  if (!customElements.get('sim-device-panel')) customElements.define('sim-device-panel', SimDevicePanel);
  return html`<sim-device-panel user=${user} .resetOrg=${resetOrg}></sim-device-panel>`;
}

declare global {
  interface HTMLElementTagNameMap {
    'sim-device-panel': SimDevicePanel;
  }
}
