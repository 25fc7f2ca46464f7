/** Request body parsing that never throws: a malformed body is a value the routes answer with a 400. */
import type { Context } from 'hono';

export const MALFORMED = Symbol('malformed body');

export type JsonObject = Record<string, unknown>;

/** A JSON object: not `null`, not an array. */
export function isObject(value: unknown): value is JsonObject {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

/** The JSON object body, `{}` for an empty body, or `MALFORMED`. */
export async function readJson(c: Context): Promise<JsonObject | typeof MALFORMED> {
  const text = await c.req.text();
  if (!text.trim()) return {};
  try {
    const value: unknown = JSON.parse(text);
    return isObject(value) ? value : MALFORMED;
  } catch {
    return MALFORMED;
  }
}

export async function readForm(c: Context): Promise<URLSearchParams> {
  return new URLSearchParams(await c.req.text());
}

/** For the request log: JSON or a form as an object, else the raw text. */
export function parseForLog(text: string, contentType: string | null): unknown {
  if (!text) return undefined;
  if (contentType?.includes('x-www-form-urlencoded')) return Object.fromEntries(new URLSearchParams(text));
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

export function str(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

export function obj(value: unknown): JsonObject {
  return isObject(value) ? value : {};
}

/** The control API's errors: a status and one clear sentence. */
export function controlError(c: Context, status: 400 | 404 | 409, error: string): Response {
  return c.json({ error }, status);
}
