import type { IdxClient, IdxTransactionLike } from './auth-client.js';
import type { RawIdx } from './idx/raw.js';

/**
 * Resumes a transaction saved in storage (after a reload): the same transaction, on the same step, with no new
 * push or QR code. One that has ended (expired, cancelled) is replaced by a new one.
 */
export async function resumeOrStart(client: IdxClient): Promise<IdxTransactionLike> {
  if (client.idx.canProceed?.()) {
    const tx = await client.idx.proceed({ autoRemediate: false }).catch(() => undefined);
    const raw = tx?.rawIdxState as RawIdx | undefined;
    if (tx && tx.status === 'PENDING' && raw?.remediation?.value?.length) return tx;
  }
  return client.idx.start();
}
