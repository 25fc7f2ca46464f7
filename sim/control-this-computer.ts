/**
 * The control API of Okta Verify on this computer (`/sim/okta-verify/*`): its settings (running, ports,
 * busy ports, a failing `/challenge`, biometrics, accounts), "Open Okta Verify" for a link challenge, and the
 * page a link challenge opens (`/sim/okta-verify/launch`), where the OS would hand the link to the app.
 */
import type { Context, Hono } from 'hono';
import { controlError, MALFORMED, readJson } from './body.js';
import type { SimState } from './context.js';
import { answerChallenge, describeThisComputer, patchThisComputer, pendingLinkChallenge } from './this-computer.js';

/** A page with a heading, a line and a way back; no script beyond going back. */
function page(title: string, text: string): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${title}</title></head><body style="font:16px/1.5 system-ui,sans-serif;max-width:32rem;margin:3rem auto;padding:0 1rem"><h1>${title}</h1><p>${text}</p><p><a href="javascript:history.back()">Back</a></p></body></html>`;
}

export function registerThisComputerRoutes(app: Hono, state: SimState): void {
  app.get('/sim/okta-verify/this-computer', (c) => c.json(describeThisComputer(state)));

  app.patch('/sim/okta-verify/this-computer', async (c) => {
    const body = await readJson(c);
    if (body === MALFORMED) return controlError(c, 400, 'malformed JSON');
    const problem = patchThisComputer(state, body);
    if (problem) return controlError(c, 400, problem);
    // Answered once the ports are open or closed as asked, so a test's next request meets the new state.
    await state.thisComputer.settled();
    return c.json(describeThisComputer(state));
  });

  // "Open Okta Verify": the OS hands a CUSTOM_URI, APP_LINK or UNIVERSAL_LINK challenge to the app, which answers it.
  app.post('/sim/okta-verify/this-computer/open', async (c) => {
    const body = await readJson(c);
    if (body === MALFORMED) return controlError(c, 400, 'malformed JSON');
    if (body.transactionId !== undefined && typeof body.transactionId !== 'string') return controlError(c, 400, 'transactionId must be a string');
    if (!state.thisComputer.settings.running) return controlError(c, 409, 'Okta Verify is not running on this computer');
    const tx = pendingLinkChallenge(state, body.transactionId as string | undefined);
    if (!tx) return controlError(c, 404, 'no link challenge is waiting');
    return answered(c, await answerChallenge(state, tx.fastPass!.request));
  });

  // The link of an APP_LINK or UNIVERSAL_LINK challenge, opened: the app answers, then the page tells so.
  app.get('/sim/okta-verify/launch', async (c) => {
    if (!state.thisComputer.settings.running) {
      return c.html(page('Okta Verify did not open', 'Okta Verify is not running on this computer. Start it (or install it), then try again from the sign-in page.'), 200);
    }
    const result = await answerChallenge(state, c.req.query('challengeRequest'));
    if (!result.ok) return c.html(page('Okta Verify could not sign you in', `${result.error}.`), 400);
    return c.html(page('Okta Verify', 'Okta Verify answered the sign-in. You can go back to the sign-in page.'), 200);
  });
}

function answered(c: Context, result: Awaited<ReturnType<typeof answerChallenge>>): Response {
  if (!result.ok) return controlError(c, 409, result.error);
  return c.json({ status: result.status, transactionId: result.tx.id, username: result.tx.fastPass?.username ?? null });
}
