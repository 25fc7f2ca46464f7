import { expect } from '@open-wc/testing';
import { Poller, type Clock, type PollOutcome, type Visibility } from '../../src/flow/poller.js';

/** A clock that only moves when told to. */
class FakeClock implements Clock {
  time = 0;
  private timers = new Map<number, { at: number; fn: () => void }>();
  private next = 1;
  now = () => this.time;
  setTimeout = (fn: () => void, ms: number) => {
    const id = this.next++;
    this.timers.set(id, { at: this.time + ms, fn });
    return id;
  };
  clearTimeout = (id: unknown) => {
    this.timers.delete(id as number);
  };
  get pendingTimers(): number {
    return this.timers.size;
  }
  /** Advances time, running due timers in order and letting promises settle between them. */
  async tick(ms: number): Promise<void> {
    const end = this.time + ms;
    for (;;) {
      await flush();
      const due = [...this.timers.entries()].filter(([, t]) => t.at <= end).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = due[1].at;
      due[1].fn();
    }
    this.time = end;
    await flush();
  }
}

async function flush(): Promise<void> {
  for (let i = 0; i < 5; i++) await Promise.resolve();
}

class FakeVisibility implements Visibility {
  hidden = false;
  private listeners = new Set<() => void>();
  subscribe(fn: () => void) {
    this.listeners.add(fn);
    return () => this.listeners.delete(fn);
  }
  set(hidden: boolean) {
    this.hidden = hidden;
    this.listeners.forEach((l) => l());
  }
}

/** A server whose answers the test scripts; records when each request started and settled. */
function server(clock: FakeClock, answers: Array<PollOutcome | 'hang'>, latencyMs = 0) {
  const log: Array<{ start: number; end?: number }> = [];
  let resolveHang: ((o: PollOutcome) => void) | undefined;
  const tick = () => {
    const entry: { start: number; end?: number } = { start: clock.now() };
    log.push(entry);
    const answer = answers.shift() ?? { kind: 'continue' };
    return new Promise<PollOutcome>((resolve) => {
      const done = (o: PollOutcome) => {
        entry.end = clock.now();
        resolve(o);
      };
      if (answer === 'hang') resolveHang = done;
      else if (latencyMs) clock.setTimeout(() => done(answer), latencyMs);
      else done(answer);
    });
  };
  return { tick, log, release: (o: PollOutcome) => resolveHang?.(o) };
}

describe('Poller', () => {
  it('waits the server refresh before each poll, updating it from every response', async () => {
    const clock = new FakeClock();
    const s = server(clock, [{ kind: 'continue', refreshMs: 1000 }, { kind: 'continue', refreshMs: 250 }, { kind: 'continue' }]);
    const poller = new Poller({ tick: s.tick, clock });
    poller.start(500);
    await clock.tick(3000);
    poller.stop();
    expect(s.log.map((e) => e.start).slice(0, 5)).to.deep.equal([500, 1500, 1750, 2000, 2250]);
  });

  it('never has two requests in flight, however slow the server', async () => {
    const clock = new FakeClock();
    const s = server(clock, [], 700);
    const poller = new Poller({ tick: s.tick, clock });
    poller.start(100);
    await clock.tick(5000);
    poller.stop();
    for (let i = 1; i < s.log.length; i++) expect(s.log[i]!.start).to.be.at.least(s.log[i - 1]!.end! + 100);
    expect(s.log.length).to.be.greaterThan(3);
  });

  it('stops on a stop outcome', async () => {
    const clock = new FakeClock();
    const s = server(clock, [{ kind: 'continue' }, { kind: 'stop' }]);
    const poller = new Poller({ tick: s.tick, clock });
    poller.start(100);
    await clock.tick(2000);
    expect(s.log).to.have.length(2);
    expect(poller.active).to.equal(false);
    expect(clock.pendingTimers).to.equal(0);
  });

  it('drops a response that arrives after stop(), and sends nothing more', async () => {
    const clock = new FakeClock();
    const s = server(clock, ['hang']);
    const poller = new Poller({ tick: s.tick, clock });
    poller.start(100);
    await clock.tick(150);
    expect(poller.pending).to.equal(true);
    poller.stop();
    s.release({ kind: 'continue', refreshMs: 10 });
    await clock.tick(1000);
    expect(s.log).to.have.length(1);
    expect(clock.pendingTimers).to.equal(0);
  });

  it('sends nothing while hidden and polls at once when visible again', async () => {
    const clock = new FakeClock();
    const visibility = new FakeVisibility();
    const s = server(clock, []);
    const poller = new Poller({ tick: s.tick, clock, visibility });
    poller.start(100);
    await clock.tick(150);
    expect(s.log).to.have.length(1);
    visibility.set(true);
    await clock.tick(5000);
    expect(s.log).to.have.length(1);
    visibility.set(false);
    await flush();
    expect(s.log).to.have.length(2);
    expect(s.log[1]!.start).to.equal(clock.now());
    poller.stop();
  });

  it('backs off on failures (capped) and says it is reconnecting until a poll succeeds', async () => {
    const clock = new FakeClock();
    const states: boolean[] = [];
    const failed: PollOutcome = { kind: 'failed' };
    const s = server(clock, [failed, failed, failed, failed, failed, { kind: 'continue' }]);
    const poller = new Poller({ tick: s.tick, clock, initialBackoffMs: 1000, maxBackoffMs: 4000, onReconnecting: (r) => states.push(r) });
    poller.start(100);
    await clock.tick(20000);
    poller.stop();
    const gaps = s.log.slice(1, 6).map((e, i) => e.start - s.log[i]!.start);
    expect(gaps).to.deep.equal([1000, 2000, 4000, 4000, 4000]);
    expect(states).to.deep.equal([true, false]);
  });

  it('on 429 waits until the server reset time', async () => {
    const clock = new FakeClock();
    const s = server(clock, [{ kind: 'failed', retryAt: 10_100 }, { kind: 'continue' }]);
    const poller = new Poller({ tick: s.tick, clock, initialBackoffMs: 500 });
    poller.start(100);
    await clock.tick(12000);
    poller.stop();
    expect(s.log[1]!.start).to.equal(10_100);
  });

  it('a throwing tick counts as a failure, not a crash', async () => {
    const clock = new FakeClock();
    let calls = 0;
    const poller = new Poller({
      tick: async () => {
        calls++;
        throw new Error('boom');
      },
      clock,
      initialBackoffMs: 100,
    });
    poller.start(0);
    await clock.tick(1000);
    poller.stop();
    expect(calls).to.be.greaterThan(2);
  });
});
