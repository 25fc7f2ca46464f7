import type { IdxClient, IdxTransactionLike } from './auth-client.js';
import type { RawIdx } from './idx/raw.js';

/**
 * Resumes a transaction saved in storage (after a reload): the same transaction, on the same step, with no new
 * push or QR code. One the server says has ended (expired: `idx.session.expired`) comes back as the terminal
 * transaction with Okta's messages, so the page says so and offers "Start over"; the flow clears it from
 * storage. One that cannot be read at all is replaced by a new one.
 */
export async function resumeOrStart(client: IdxClient): Promise<IdxTransactionLike> {
  if (client.idx.canProceed?.()) {
    const tx = await client.idx.proceed({ autoRemediate: false }).catch(endedByServer);
    const raw = tx?.rawIdxState as RawIdx | undefined;
    // Signed in before the reload, but the code was never exchanged: exchange it now, as the sign-in would have.
    const code = interactionCodeOf(raw);
    if (tx && code) return tx.tokens ? { ...tx, status: 'SUCCESS' } : exchange(client, code);
    if (tx && tx.status === 'PENDING' && raw?.remediation?.value?.length) return tx;
    if (tx && tx.status === 'TERMINAL' && raw?.messages?.value?.length) return tx;
  }
  return client.idx.start();
}

/** The interaction code of Okta's `successWithInteractionCode`, if the response is one. */
function interactionCodeOf(raw: RawIdx | undefined): string | undefined {
  const form = (raw as { successWithInteractionCode?: { value?: Array<{ name?: string; value?: unknown }> } } | undefined)?.successWithInteractionCode?.value;
  const code = form?.find((f) => f.name === 'interaction_code')?.value;
  return typeof code === 'string' && code ? code : undefined;
}

/** The token request okta-auth-js makes after a sign-in, with the transaction's own PKCE verifier. */
async function exchange(client: IdxClient, interactionCode: string): Promise<IdxTransactionLike> {
  const meta = client.transactionManager?.load?.() as { codeVerifier?: unknown } | null | undefined;
  if (!client.token || typeof meta?.codeVerifier !== 'string') return client.idx.start();
  const { tokens } = await client.token.exchangeCodeForTokens({ interactionCode, codeVerifier: meta.codeVerifier });
  return { status: 'SUCCESS', tokens };
}

/**
 * okta-auth-js throws at introspect when its HTTP client read the IDX error as text (Okta's
 * `application/ion+json`): the IDX body it carried, as the terminal transaction it stands for.
 */
function endedByServer(error: unknown): IdxTransactionLike | undefined {
  const xhr = (error as { xhr?: { status?: number; responseText?: unknown } } | undefined)?.xhr;
  if (!xhr || !xhr.status || xhr.status < 400 || xhr.status >= 500 || typeof xhr.responseText !== 'string') return undefined;
  try {
    const body: unknown = JSON.parse(xhr.responseText);
    return body && typeof body === 'object' && 'version' in body ? { status: 'TERMINAL', rawIdxState: body } : undefined;
  } catch {
    return undefined;
  }
}
