/**
 * Okta's captured IDX responses are read from `../shared/idx-fixtures`, which the test server exposes at
 * `/__fixtures__/`. A clone without that folder skips the tests that need them.
 */
export const FIXTURES_MISSING = '../shared/idx-fixtures not found: tests that read Okta fixtures are skipped';

let available: Promise<boolean> | undefined;

export function fixturesAvailable(): Promise<boolean> {
  available ??= fetch('/__fixtures__/').then((r) => r.ok, () => false);
  return available;
}

export async function loadFixture<T = Record<string, unknown>>(name: string): Promise<T> {
  const res = await fetch(`/__fixtures__/${name}`);
  if (!res.ok) throw new Error(`fixture ${name}: HTTP ${res.status}`);
  return (await res.json()) as T;
}

/** Mocha `before` hook body: skips the suite, with a clear message, when the fixtures are absent. */
export async function skipWithoutFixtures(ctx: Mocha.Context): Promise<void> {
  if (!(await fixturesAvailable())) {
    console.warn(FIXTURES_MISSING);
    ctx.skip();
  }
}
