/**
 * A dynamic import made once, and again after a failure (offline). Chromium keeps an import that failed
 * failed for the rest of the page's life, whatever the network does next, so a new attempt asks for the
 * module under another address: the one the error names, with a query. Its own imports keep their addresses,
 * so nothing loads twice. Without an address in the error (other browsers, which do try again), the same
 * import is made once more.
 */
export function importOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  let failure: { url?: string; attempts: number } | undefined;
  return () =>
    (loading ??= (failure?.url ? (import(/* @vite-ignore */ /* webpackIgnore: true */ `${failure.url}${failure.url.includes('?') ? '&' : '?'}retry=${++failure.attempts}`) as Promise<T>) : load()).catch(
      (error: unknown) => {
        loading = undefined;
        failure ??= { url: /\bhttps?:\/\/[^\s"']+/.exec(String((error as Error | undefined)?.message))?.[0], attempts: 0 };
        throw error;
      },
    ));
}
