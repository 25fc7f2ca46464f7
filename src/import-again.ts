/**
 * Chromium keeps a dynamic import that failed (offline) failed for the rest of the page's life, whatever the
 * network does next. To try again, the module is asked for under another address: the one the error names,
 * with a query. Its own imports keep their addresses, so nothing loads twice. Without an address in the
 * error (other browsers, which do try again), the same import is made once more.
 */
export function importAgain<T>(error: unknown, attempt: number, again: () => Promise<T>): Promise<T> {
  const url = /\bhttps?:\/\/[^\s"']+/.exec(String((error as Error | undefined)?.message))?.[0];
  if (!url) return again();
  return import(/* @vite-ignore */ /* webpackIgnore: true */ `${url}${url.includes('?') ? '&' : '?'}retry=${attempt}`) as Promise<T>;
}
