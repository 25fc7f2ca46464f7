/**
 * The first step (`identify`): username and password together, or the username alone when the app's policy is
 * identifier-first; with the org's "Keep me signed in" box, "Forgot password?" (`recover` on the password
 * authenticator), "Unlock account?" (`unlock-account`) and the identity provider (`redirect-idp`), each when
 * the org offers it.
 */
import { obj, str } from '../../body.js';
import { appPolicy, IDP } from '../../apps.js';
import { CATALOG } from '../../users.js';
import { MESSAGES, type IdxMessage } from '../messages.js';
import { base, field, form, tail, type Json, type RenderContext } from '../response-parts.js';
import type { StateModule, StateOf } from './kit.js';
import { continueSignIn, recover, startFastPass } from './transitions.js';

/** "Sign in with {IdP}": a GET to the provider's page on the org, carrying the transaction's state handle. */
function redirectIdp(ctx: RenderContext): Json {
  return { name: 'redirect-idp', type: IDP.type, idp: { id: IDP.id, name: IDP.name }, href: `${ctx.origin}/sso/idps/${IDP.id}?stateToken=${encodeURIComponent(ctx.tx.stateHandle)}`, method: 'GET' };
}

export function offersIdp(ctx: RenderContext): boolean {
  return ctx.settings.idp && appPolicy(ctx.tx.client.clientId).idp;
}

/** "Sign in with Okta FastPass": when the org offers it, and only to sign in (not to recover or unlock). */
function offersFastPass(ctx: RenderContext): boolean {
  return ctx.settings.fastPass && ctx.tx.flow === 'sign-in';
}

export const identify: StateModule<StateOf<'identify'>> = {
  render(ctx) {
    const { identifierFirst } = appPolicy(ctx.tx.client.clientId);
    const fields: Json[] = [field(ctx, 'identifier', { name: 'identifier', label: 'Username', required: true })];
    if (!identifierFirst) {
      fields.push({
        name: 'credentials',
        type: 'object',
        form: { value: [field(ctx, 'credentials.passcode', { name: 'passcode', label: 'Password', secret: true })] },
        required: true,
      });
    }
    if (ctx.settings.rememberMe) fields.push({ name: 'rememberMe', label: 'Keep me signed in', type: 'boolean' });
    const remediations = [form(ctx, 'identify', '/idp/idx/identify', fields)];
    if (offersFastPass(ctx)) remediations.push(form(ctx, 'launch-authenticator', '/idp/idx/authenticators/okta-verify/launch', []));
    if (offersIdp(ctx)) remediations.push(redirectIdp(ctx));
    if (ctx.settings.unlockAccount) remediations.push(form(ctx, 'unlock-account', '/idp/idx/unlock-account', []));
    const out: Json = { ...base(ctx), remediation: { type: 'array', value: remediations }, ...tail(ctx) };
    if (!identifierFirst) {
      const c = CATALOG.okta_password;
      const recoverAction = ctx.settings.recovery ? { recover: form(ctx, 'recover', '/idp/idx/recover', []) } : {};
      out.currentAuthenticator = { type: 'object', value: { ...recoverAction, type: c.type, key: c.key, id: c.id, displayName: c.displayName, methods: [{ type: 'password' }] } };
    }
    return out;
  },
  accepts: {
    identify(req) {
      const { identifierFirst } = appPolicy(req.tx.client.clientId);
      const identifier = str(req.body.identifier).trim();
      const passcode = str(obj(req.body.credentials).passcode);
      const blank: Record<string, IdxMessage> = {};
      if (!identifier) blank.identifier = MESSAGES.fieldBlank;
      if (!identifierFirst && !passcode) blank['credentials.passcode'] = MESSAGES.fieldBlank;
      if (Object.keys(blank).length) return req.fieldError(blank);

      const user = req.sim.users.get(identifier.toLowerCase());
      // Unknown user and wrong password read the same, as on Okta, so usernames cannot be probed.
      if (!user || (!identifierFirst && user.password !== passcode)) return req.render(401, { top: [MESSAGES.authenticationFailed] });
      if (!identifierFirst && user.locked) return req.render(403, { top: [MESSAGES.accountLocked] });
      req.tx.user = user;
      if (req.sim.settings.rememberMe && req.body.rememberMe === true) req.tx.keepMeSignedIn = true;
      if (!identifierFirst) {
        req.tx.amr.add('pwd');
        req.tx.verified.add('okta_password');
      }
      return continueSignIn(req);
    },
    recover,
    /** FastPass needs no username: Okta Verify on this computer tells whose account signs in. */
    launch(req) {
      if (!req.sim.settings.fastPass || req.tx.flow !== 'sign-in') return req.reject();
      return startFastPass(req, 'identify');
    },
    unlock(req) {
      if (!req.sim.settings.unlockAccount) return req.reject();
      req.tx.flow = 'unlock';
      req.tx.state = { name: 'unlock-account' };
      return req.render();
    },
  },
};
