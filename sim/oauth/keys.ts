/**
 * The authorization server's signing key and tokens: RS256 (the only algorithm okta-auth-js verifies), a
 * `kid` that is the key's JWK thumbprint, and an `at_hash` in the ID token so clients check the pair.
 */
import { SignJWT, calculateJwkThumbprint, exportJWK, generateKeyPair, type JWK } from 'jose';
import { base64url, randomId, sha256 } from '../random.js';
import type { Transaction } from '../transactions.js';

export interface SigningKey {
  kid: string;
  privateKey: CryptoKey;
  publicJwk: JWK;
}

export async function createSigningKey(): Promise<SigningKey> {
  const { publicKey, privateKey } = await generateKeyPair('RS256', { extractable: true });
  const jwk = await exportJWK(publicKey);
  const kid = await calculateJwkThumbprint(jwk);
  return { kid, privateKey, publicJwk: { ...jwk, kid, alg: 'RS256', use: 'sig' } };
}

export const TOKEN_LIFETIME_S = 3600;

/** What tokens are issued for: a finished IDX transaction, or a hosted sign-in's authorization code. */
export type Grant = Pick<Transaction, 'user' | 'client' | 'issuer' | 'createdAt' | 'amr'>;

export interface IssuedTokens {
  token_type: 'Bearer';
  expires_in: number;
  access_token: string;
  id_token?: string;
  scope: string;
}

export async function issueTokens(key: SigningKey, tx: Grant, now: number): Promise<IssuedTokens> {
  const user = tx.user!;
  const iat = Math.floor(now / 1000);
  const exp = iat + TOKEN_LIFETIME_S;
  const sign = (claims: Record<string, unknown>) =>
    new SignJWT(claims).setProtectedHeader({ alg: 'RS256', kid: key.kid, typ: 'JWT' }).sign(key.privateKey);
  const scopes = tx.client.scopes;

  const access_token = await sign({
    ver: 1,
    jti: `AT.${randomId(24)}`,
    iss: tx.issuer,
    aud: 'api://default',
    iat,
    exp,
    cid: tx.client.clientId,
    uid: user.id,
    scp: scopes,
    auth_time: Math.floor(tx.createdAt / 1000),
    sub: user.username,
  });
  const out: IssuedTokens = { token_type: 'Bearer', expires_in: TOKEN_LIFETIME_S, access_token, scope: scopes.join(' ') };
  if (scopes.includes('openid')) {
    const atHash = base64url((await sha256(access_token)).slice(0, 16));
    const claims: Record<string, unknown> = {
      ver: 1,
      jti: `ID.${randomId(24)}`,
      iss: tx.issuer,
      aud: tx.client.clientId,
      sub: user.id,
      iat,
      exp,
      auth_time: Math.floor(tx.createdAt / 1000),
      amr: [...tx.amr],
      idp: '00osimulatedorg00001',
      at_hash: atHash,
    };
    if (tx.client.nonce) claims.nonce = tx.client.nonce;
    if (scopes.includes('profile')) Object.assign(claims, { name: user.name, preferred_username: user.username });
    if (scopes.includes('email')) Object.assign(claims, { email: user.username, email_verified: true });
    out.id_token = await sign(claims);
  }
  return out;
}
