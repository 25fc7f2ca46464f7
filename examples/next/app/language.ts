import { headers } from 'next/headers';

/** `?lang=` first, else the browser's first choice; the widget falls back to English for what it lacks. */
export async function requestLanguage(asked?: string | string[]): Promise<string> {
  if (typeof asked === 'string' && asked.trim()) return asked.trim();
  const accept = (await headers()).get('accept-language');
  return accept?.split(',')[0]?.split(';')[0]?.trim() || 'en';
}
