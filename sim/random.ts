/** Random ids and numbers from Web Crypto, which Node 20, browsers and service workers all have. */

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

export function randomId(length: number): string {
  const bytes = crypto.getRandomValues(new Uint8Array(length));
  let out = '';
  for (const b of bytes) out += ALPHABET[b % ALPHABET.length];
  return out;
}

const BASE32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

/** A base32 string, as TOTP secrets are written. */
export function randomBase32(length: number): string {
  return [...crypto.getRandomValues(new Uint8Array(length))].map((b) => BASE32[b % 32]).join('');
}

/** An integer in [min, max], both included. */
export function randomInt(min: number, max: number): number {
  const [n] = crypto.getRandomValues(new Uint32Array(1));
  return min + (n! % (max - min + 1));
}

export function base64url(bytes: ArrayBuffer | Uint8Array): string {
  const view = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  let s = '';
  for (const b of view) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

export async function sha256(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
}
