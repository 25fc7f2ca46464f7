/**
 * The okta-auth-js client the flow drives. The widget builds the minimal IDX client
 * (`createMinimalOktaAuthIdx`): it has `idx.start`, `idx.proceed` and the interaction code exchange with
 * ID token validation, and nothing else — about half the size of `OktaAuth`. It accepts only Okta's raw
 * field names, which is what the flow sends, so a full `OktaAuth` passed in by the host works the same way.
 */
import { scopedFetch, type RequestScope } from './scoped-fetch.js';

/**
 * What the flow reads of okta-auth-js's `IdxTransaction`. Structural, so the package's types do not depend on
 * okta-auth-js and any copy of it (the host's own `OktaAuth` included) fits.
 */
export interface IdxTransactionLike {
  /** `PENDING`, `SUCCESS`, `FAILURE`, `TERMINAL`, `CANCELED`. */
  status: string;
  /** After the interaction code exchange. */
  tokens?: unknown;
  /** Okta's IDX JSON as the server sent it. */
  rawIdxState?: unknown;
}

/** The slice of an okta-auth-js client the flow needs; both `OktaAuth` and the minimal IDX client fit. */
export interface IdxClient {
  idx: {
    start(options?: Record<string, unknown>): Promise<IdxTransactionLike>;
    proceed(options?: Record<string, unknown>): Promise<IdxTransactionLike>;
    /** `OktaAuth` has it; on the minimal client the flow posts the response's `cancel` action instead. */
    cancel?(options?: Record<string, unknown>): Promise<IdxTransactionLike>;
    /** True when a transaction saved in storage can be resumed. */
    canProceed?(options?: Record<string, unknown>): boolean;
  };
  /** Where okta-auth-js keeps the transaction; the flow clears it once the transaction has ended. */
  transactionManager?: { clear(options?: Record<string, unknown>): void; load?(options?: Record<string, unknown>): unknown };
  /** The token endpoint, for a code that came back to the redirect URI. */
  token?: { exchangeCodeForTokens(params: Record<string, unknown>): Promise<{ tokens?: unknown }> };
  /** The configuration it was built with. */
  options?: { issuer?: string; clientId?: string; redirectUri?: string; scopes?: string[] };
}

export interface AuthClientConfig {
  issuer: string;
  clientId: string;
  redirectUri: string;
  scopes?: string[];
  /** Keep the transaction in sessionStorage, so a reload resumes it (cleared on success, cancel and start). */
  persist?: boolean;
}

/** Where okta-auth-js keeps a transaction; present in sessionStorage only while a persisted sign-in is open. */
export const TRANSACTION_STORAGE_KEY = 'okta-transaction-storage';

export const DEFAULT_SCOPES = ['openid', 'profile', 'email'];

/**
 * Loaded on first use, so a host that passes its own client never downloads the SDK twice. With a `scope`,
 * every request is sent under the scope's current abort signal, asking for the scope's current language.
 */
export async function createAuthClient(config: AuthClientConfig, scope?: RequestScope): Promise<IdxClient> {
  const { minimalOktaAuthIdx } = await import('./minimal-client.js');
  const MinimalOktaAuth = minimalOktaAuthIdx();
  return new MinimalOktaAuth({
    issuer: config.issuer,
    clientId: config.clientId,
    redirectUri: config.redirectUri,
    scopes: config.scopes?.length ? config.scopes : DEFAULT_SCOPES,
    // Unless asked to persist, nothing needs to outlive the page; the PKCE verifier never lands in
    // localStorage either way (okta-auth-js's cross-tab copy is turned off).
    storageManager: { transaction: { storageTypes: [config.persist ? 'sessionStorage' : 'memory'] } },
    transactionManager: { enableSharedStorage: false },
    ...(scope ? { httpRequestClient: scopedFetch(scope) } : {}),
  }) as unknown as IdxClient;
}
