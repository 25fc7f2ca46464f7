/**
 * Okta asks how to use Okta Verify, the only second factor left (`authenticator-verification-data`, shaped as
 * `authenticator-verification-data-ov-only-without-device-known.json`): its methods, FastPass among them, or
 * push alone with "Send push automatically" (`…-okta-verify-push-autoChallenge-off.json`). The answer starts
 * the method chosen; a ticked (or unticked)
 * "Send push automatically" is kept for the user's next sign-ins, as Okta keeps it.
 */
import { obj, str } from '../../body.js';
import { CATALOG, type SimUser } from '../../users.js';
import { base, form, tail, type Json, type RenderContext } from '../response-parts.js';
import { currentOktaVerify, directory, METHOD_LABELS, methodsFor, offersAutoPush, verifyList } from '../verify-parts.js';
import type { StateModule, StateOf, StateRequest } from './kit.js';
import { verifyWith } from './transitions.js';

function methodQuestion(ctx: RenderContext, user: SimUser): Json {
  const methods = methodsFor(ctx.tx, user, 'okta_verify');
  const auto: Json[] = offersAutoPush(methods)
    ? [{ name: 'autoChallenge', type: 'boolean', required: false, value: !!user.oktaVerify?.autoChallenge, label: 'Send push automatically', visible: true, mutable: true }]
    : [];
  return form(
    ctx,
    'authenticator-verification-data',
    '/idp/idx/challenge',
    [
      {
        name: 'authenticator',
        label: CATALOG.okta_verify.displayName,
        form: {
          value: [
            { name: 'id', required: true, value: CATALOG.okta_verify.id, mutable: false },
            { name: 'methodType', type: 'string', required: true, options: methods.map((m) => ({ label: METHOD_LABELS[m] ?? m, value: m })) },
            ...auto,
          ],
        },
      },
    ],
    { relatesTo: ['$.currentAuthenticator'] },
  );
}

/** The method chosen, with "Send push automatically" kept for next time when Okta offered it. */
function answer(req: StateRequest): Response | Promise<Response> {
  const choice = obj(req.body.authenticator);
  const user = req.tx.user!;
  const auto = typeof choice.autoChallenge === 'boolean' ? choice.autoChallenge : undefined;
  if (auto !== undefined && str(choice.methodType) === 'push' && user.oktaVerify) user.oktaVerify.autoChallenge = auto;
  return verifyWith(req);
}

export const verificationData: StateModule<StateOf<'verification-data'>> = {
  render(ctx) {
    const user = ctx.tx.user!;
    const { value } = currentOktaVerify('push').currentAuthenticator as { value: Json };
    const methods = methodsFor(ctx.tx, user, 'okta_verify');
    // Push alone: Okta's `resend` sends it without asking, posted where the question is answered.
    const resend = offersAutoPush(methods)
      ? { resend: form(ctx, 'resend', '/idp/idx/challenge', [{ name: 'authenticator', required: true, value: { methodType: 'push', id: CATALOG.okta_verify.id }, visible: false, mutable: false }]) }
      : {};
    return {
      ...base(ctx),
      remediation: { type: 'array', value: [methodQuestion(ctx, user), verifyList(ctx)] },
      // Okta names every method of the authenticator it asks about.
      currentAuthenticator: { type: 'object', value: { ...resend, ...value, methods: methods.map((type) => ({ type })) } },
      ...directory(ctx),
      ...tail(ctx),
    };
  },
  accepts: { challenge: answer },
};
