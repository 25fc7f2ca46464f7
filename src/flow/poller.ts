/**
 * Client-side polling for Okta Verify push and enrollment. okta-auth-js 8 in step mode does not poll, so the
 * widget does, and this loop is built so that the failure modes of ad-hoc polling cannot happen:
 * - never two requests in flight: the next one is scheduled only after the previous one settled;
 * - the interval comes from each response's `refresh`, not from a constant;
 * - `stop()` bumps a generation number, so a response that arrives after it is dropped;
 * - while the page is hidden nothing is sent, and on becoming visible it polls at once;
 * - a network failure retries with capped exponential backoff, a 429 waits for the server's reset time.
 * No DOM: time and page visibility are injected, so it is unit-tested with a fake clock.
 */

export interface Clock {
  now(): number;
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}

export interface Visibility {
  readonly hidden: boolean;
  /** Calls back on every change; returns the unsubscribe function. */
  subscribe(onChange: () => void): () => void;
}

/** What one poll came back with. */
export type PollOutcome =
  /** Still waiting: poll again after `refreshMs` (the server's `refresh`), or the previous interval. */
  | { kind: 'continue'; refreshMs?: number }
  /** The flow moved on (approved, rejected, another step): polling ends. */
  | { kind: 'stop' }
  /** No usable answer. `retryAt` (epoch ms) when the server said when to come back (429). */
  | { kind: 'failed'; retryAt?: number };

export interface PollerOptions {
  /** Sends one poll request. It is never called while a previous call is pending. */
  tick: () => Promise<PollOutcome>;
  clock?: Clock;
  visibility?: Visibility;
  /** First retry delay after a failure, doubled per failure up to `maxBackoffMs`. */
  initialBackoffMs?: number;
  maxBackoffMs?: number;
  /** Told when polling starts failing (true) and when it recovers (false). */
  onReconnecting?: (reconnecting: boolean) => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimeout: (fn, ms) => globalThis.setTimeout(fn, ms),
  clearTimeout: (h) => globalThis.clearTimeout(h as ReturnType<typeof setTimeout>),
};

/** A Visibility that never hides, for runtimes without a document. */
export const alwaysVisible: Visibility = { hidden: false, subscribe: () => () => {} };

const DEFAULT_INTERVAL_MS = 4000;

export class Poller {
  private readonly clock: Clock;
  private readonly visibility: Visibility;
  private readonly initialBackoffMs: number;
  private readonly maxBackoffMs: number;
  private generation = 0;
  private running = false;
  private inFlight = false;
  private timer: unknown;
  private intervalMs = DEFAULT_INTERVAL_MS;
  private failures = 0;
  private unsubscribe?: () => void;

  constructor(private readonly options: PollerOptions) {
    this.clock = options.clock ?? systemClock;
    this.visibility = options.visibility ?? alwaysVisible;
    this.initialBackoffMs = options.initialBackoffMs ?? 1000;
    this.maxBackoffMs = options.maxBackoffMs ?? 30000;
  }

  get active(): boolean {
    return this.running;
  }

  /** True while a poll request is pending. */
  get pending(): boolean {
    return this.inFlight;
  }

  /** (Re)starts polling: the first poll is sent after `intervalMs`. */
  start(intervalMs?: number): void {
    this.stop();
    this.running = true;
    this.failures = 0;
    if (intervalMs !== undefined) this.intervalMs = Math.max(0, intervalMs);
    this.unsubscribe = this.visibility.subscribe(() => this.onVisibilityChange());
    this.schedule(this.intervalMs);
  }

  /** Polls now instead of at the next tick; the pace after it is unchanged. Nothing happens when stopped or while a poll is out. */
  nudge(): void {
    if (this.running && !this.inFlight && this.failures === 0) this.schedule(0);
  }

  /** Stops polling. A request already sent is not cancelled, but its outcome is ignored. */
  stop(): void {
    this.generation++;
    this.running = false;
    this.clearTimer();
    this.unsubscribe?.();
    this.unsubscribe = undefined;
    if (this.failures) this.options.onReconnecting?.(false);
    this.failures = 0;
  }

  private schedule(ms: number): void {
    this.clearTimer();
    const generation = this.generation;
    this.timer = this.clock.setTimeout(() => {
      this.timer = undefined;
      if (generation === this.generation) this.fire();
    }, ms);
  }

  private clearTimer(): void {
    if (this.timer !== undefined) this.clock.clearTimeout(this.timer);
    this.timer = undefined;
  }

  private fire(): void {
    // While hidden nothing is sent; becoming visible again polls at once.
    if (!this.running || this.visibility.hidden || this.inFlight) return;
    void this.send();
  }

  private async send(): Promise<void> {
    const generation = this.generation;
    this.inFlight = true;
    let outcome: PollOutcome;
    try {
      outcome = await this.options.tick();
    } catch {
      outcome = { kind: 'failed' };
    } finally {
      this.inFlight = false;
    }
    if (generation !== this.generation || !this.running) return;

    if (outcome.kind === 'stop') {
      this.stop();
      return;
    }
    if (outcome.kind === 'continue') {
      if (this.failures) this.options.onReconnecting?.(false);
      this.failures = 0;
      if (typeof outcome.refreshMs === 'number' && outcome.refreshMs >= 0) this.intervalMs = outcome.refreshMs;
      this.schedule(this.intervalMs);
      return;
    }
    this.failures++;
    if (this.failures === 1) this.options.onReconnecting?.(true);
    const backoff = Math.min(this.maxBackoffMs, this.initialBackoffMs * 2 ** (this.failures - 1));
    const untilReset = outcome.retryAt !== undefined ? outcome.retryAt - this.clock.now() : 0;
    this.schedule(Math.max(backoff, untilReset, this.intervalMs));
  }

  private onVisibilityChange(): void {
    if (!this.running) return;
    // Hidden: the timer may run out, but sends nothing. Back in view: poll at once.
    if (!this.visibility.hidden && !this.inFlight) {
      this.clearTimer();
      void this.send();
    }
  }
}

/** Page visibility from a `Document`, for the element to pass in. */
export function documentVisibility(doc: { hidden: boolean; addEventListener: Document['addEventListener']; removeEventListener: Document['removeEventListener'] }): Visibility {
  return {
    get hidden() {
      return doc.hidden;
    },
    subscribe(onChange) {
      doc.addEventListener('visibilitychange', onChange);
      return () => doc.removeEventListener('visibilitychange', onChange);
    },
  };
}
