import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { expect, waitFor } from 'storybook/test';
import markup from 'virtual:server-rendered-signin';

/**
 * The widget as `okta-verify-signin/ssr` renders it on a server (`renderSignin`), shown as a page that runs no
 * script at all: a sandboxed frame without `allow-scripts`. The form is there, in the language asked for, and
 * takes typing before any script could have loaded. Hydration and a sign-in after it are covered by
 * `test/ssr/` and the `node-ssr` and `next` examples (Lit's hydration support must load before any element is
 * defined, which a Storybook has already done).
 */
interface Args {
  lang: keyof typeof markup;
}

const meta: Meta<Args> = {
  title: 'Rendered on the server',
  args: { lang: 'en' },
  argTypes: { lang: { control: 'inline-radio', options: ['en', 'de', 'ar'] } },
  render: ({ lang }) => {
    const page = `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>Sign in</title></head><body style="font-family: system-ui, sans-serif">${markup[lang]}</body></html>`;
    return html`<iframe sandbox="allow-same-origin" title="A page rendered on the server, before any script" style="inline-size: 26rem; block-size: 30rem; border: 1px dashed #888" srcdoc=${page}></iframe>`;
  },
};
export default meta;
type Story = StoryObj<Args>;

/** The frame's document, once its widget is parsed. */
async function framed(canvasElement: HTMLElement): Promise<Document> {
  const frame = canvasElement.querySelector('iframe')!;
  return waitFor(() => {
    const doc = frame.contentDocument;
    expect(doc?.querySelector('okta-verify-signin input[name=username]')).toBeTruthy();
    return doc!;
  });
}

/** Visible text of the step, shadow roots included. */
function stepText(doc: Document): string {
  const step = doc.querySelector('ovs-credentials-step')!;
  return `${step.shadowRoot?.textContent ?? ''} ${step.textContent ?? ''}`.replace(/\s+/g, ' ');
}

async function checkBeforeScripts(canvasElement: HTMLElement, words: RegExp[]): Promise<void> {
  const doc = await framed(canvasElement);
  // Declarative shadow DOM was parsed: the widget's and the step's shadow roots exist without any script.
  expect(doc.querySelector('okta-verify-signin')!.shadowRoot).toBeTruthy();
  expect(doc.querySelector('ovs-credentials-step')!.shadowRoot).toBeTruthy();
  for (const word of words) expect(stepText(doc)).toMatch(word);
  const username = doc.querySelector<HTMLInputElement>('input[name=username]')!;
  const password = doc.querySelector<HTMLInputElement>('input[name=password]')!;
  expect(username.disabled).toBe(false);
  expect(username.getBoundingClientRect().height).toBeGreaterThan(0);
  // Labels name the fields (the label's `for` is the input's id).
  expect(doc.querySelector(`label[for="${username.id}"]`)?.textContent?.trim()).toBeTruthy();
  username.value = 'ann@example.com';
  password.value = 'typed before any script';
  expect(password.value).toBe('typed before any script');
}

export const English: Story = {
  name: 'Before any script: English',
  play: ({ canvasElement }) => checkBeforeScripts(canvasElement, [/Sign in/, /Username/, /Password/]),
};

export const German: Story = {
  name: 'Before any script: German',
  args: { lang: 'de' },
  play: ({ canvasElement }) => checkBeforeScripts(canvasElement, [/Anmelden/, /Benutzername/, /Passwort/]),
};

export const Arabic: Story = {
  name: 'Before any script: Arabic, right to left',
  args: { lang: 'ar' },
  play: async ({ canvasElement }) => {
    await checkBeforeScripts(canvasElement, []);
    const doc = await framed(canvasElement);
    expect(doc.querySelector('okta-verify-signin')!.getAttribute('dir')).toBe('rtl');
  },
};
