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
    if (tx && tx.status === 'PENDING' && raw?.remediation?.value?.length) return tx;
    if (tx && tx.status === 'TERMINAL' && raw?.messages?.value?.length) return tx;
  }
  return client.idx.start();
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
