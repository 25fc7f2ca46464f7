/**
 * Reaching Okta Verify over loopback, on its own, with a fetch that plays the ports: every port probed at once,
 * the first to answer wins, a busy app is skipped, failures are told apart, and nothing is sent once aborted.
 */
import { expect } from '@open-wc/testing';
import { loopbackBases, reachOktaVerify, type LoopbackChallenge } from '../../src/flow/device/loopback.js';

type PortAnswer = 'ok' | 'busy' | 'refused' | 'silent' | 'error';

/** A fetch whose ports answer as told; it records every request, and when each started. */
function ports(answers: Record<string, { probe: PortAnswer; challenge?: PortAnswer }>) {
  const sent: Array<{ url: string; at: number }> = [];
  const started = performance.now();
  const fetch = (url: string, init: RequestInit): Promise<Response> => {
    sent.push({ url, at: performance.now() - started });
    const { port, pathname } = new URL(url);
    const answer = answers[port] ? (pathname === '/probe' ? answers[port]!.probe : (answers[port]!.challenge ?? 'ok')) : 'refused';
    return new Promise<Response>((resolve, reject) => {
      const abort = () => reject(new DOMException('aborted', 'AbortError'));
      if (init.signal?.aborted) return abort();
      init.signal?.addEventListener('abort', abort, { once: true });
      const reply = () => {
        if (answer === 'ok') resolve(new Response('{}', { status: 200 }));
        else if (answer === 'busy') resolve(new Response('', { status: 503 }));
        else if (answer === 'error') resolve(new Response('', { status: 500 }));
        else if (answer === 'refused') reject(new TypeError('Failed to fetch'));
      };
      // A port that answers does so after a few milliseconds; a silent one never does.
      if (answer !== 'silent') setTimeout(reply, 5);
    });
  };
  return { fetch, sent };
}

const CHALLENGE: LoopbackChallenge = { challengeRequest: 'jwt', domain: 'http://localhost', ports: ['2000', '6511', '6512', '6513'], probeTimeoutMs: 200 };

describe('reaching Okta Verify over loopback', () => {
  it('probes every port at once: with only the last answering, the challenge goes out within one probe timeout', async () => {
    const { fetch, sent } = ports({ '2000': { probe: 'silent' }, '6511': { probe: 'silent' }, '6512': { probe: 'refused' }, '6513': { probe: 'ok' } });
    const outcome = await reachOktaVerify(CHALLENGE, { signal: new AbortController().signal, fetch });
    expect(outcome).to.deep.equal({ ok: true });
    const probes = sent.filter((r) => r.url.endsWith('/probe'));
    expect(probes.map((r) => new URL(r.url).port)).to.deep.equal(['2000', '6511', '6512', '6513']);
    expect(Math.max(...probes.map((r) => r.at)), 'all probes start together').to.be.below(50);
    const challenge = sent.find((r) => r.url.endsWith('/challenge'))!;
    expect(challenge.url).to.equal('http://localhost:6513/challenge');
    expect(challenge.at, 'well inside one probe timeout').to.be.below(CHALLENGE.probeTimeoutMs!);
  });

  it('an app that is busy (503) is skipped for the next one that answers', async () => {
    const { fetch, sent } = ports({ '2000': { probe: 'busy' }, '6511': { probe: 'ok', challenge: 'busy' }, '6512': { probe: 'ok' } });
    expect(await reachOktaVerify(CHALLENGE, { signal: new AbortController().signal, fetch })).to.deep.equal({ ok: true });
    expect(sent.filter((r) => r.url.endsWith('/challenge')).map((r) => new URL(r.url).port)).to.have.members(['6511', '6512']);
  });

  it('nothing answers: OV_UNREACHABLE_BY_LOOPBACK, with no status', async () => {
    const { fetch, sent } = ports({ '2000': { probe: 'silent' } });
    expect(await reachOktaVerify(CHALLENGE, { signal: new AbortController().signal, fetch })).to.deep.equal({ ok: false, reason: 'OV_UNREACHABLE_BY_LOOPBACK', statusCode: null });
    expect(sent.some((r) => r.url.endsWith('/challenge'))).to.equal(false);
  });

  it('the app fails the challenge: OV_RETURNED_ERROR with its status', async () => {
    const { fetch } = ports({ '6512': { probe: 'ok', challenge: 'error' } });
    expect(await reachOktaVerify(CHALLENGE, { signal: new AbortController().signal, fetch })).to.deep.equal({ ok: false, reason: 'OV_RETURNED_ERROR', statusCode: 500 });
  });

  it('aborted while probing: no challenge is sent, and no probe after', async () => {
    const { fetch, sent } = ports({ '2000': { probe: 'silent' }, '6513': { probe: 'silent' } });
    const controller = new AbortController();
    const reaching = reachOktaVerify(CHALLENGE, { signal: controller.signal, fetch });
    await new Promise((r) => setTimeout(r, 20));
    const before = sent.length;
    controller.abort();
    await reaching;
    await new Promise((r) => setTimeout(r, 300));
    expect(sent.length).to.equal(before);
    expect(sent.some((r) => r.url.endsWith('/challenge'))).to.equal(false);
  });

  it('https first when Okta gives it, then http; odd ports and domains are ignored', () => {
    expect(loopbackBases({ challengeRequest: 'x', httpsDomain: 'https://localhost', domain: 'http://localhost', ports: ['8769', 'x1', '70000000'] })).to.deep.equal([
      'https://localhost:8769',
      'http://localhost:8769',
    ]);
    expect(loopbackBases({ challengeRequest: 'x', domain: 'javascript:alert(1)//', ports: ['1'] })).to.deep.equal([]);
  });
});
