// Every story of the static Storybook, opened in Firefox ESR (Debian's firefox-esr, over WebDriver BiDi with
// puppeteer-core) as a reader opens it: it renders without an error, writes no NaN, and no text of a chart's
// drawing leaves its figure or runs into another label; the Host pages stories also keep a visible focus ring.
// The same stories run in Chromium with axe and their play functions (the Vitest storybook project).
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { figureProblems } from '../../stories/figureProblems';
import { type Served, serveStatic } from '../support/serve.mjs';
import { firefoxPath, hasFirefox, storybookEntries } from './storybook';

/** In the page: a story that threw, or NaN in a drawing or table. Each figure's labels: `figureProblems`. */
function inspect(): string[] {
  const found: string[] = [];
  const rootElement = document.querySelector('#storybook-root');
  if (document.body.classList.contains('sb-show-errordisplay')) found.push('the story threw');
  // The drawings and the tables (a validator's message may name a value it found as NaN: that is its job).
  for (const part of rootElement?.querySelectorAll('svg, table') ?? [])
    if (/\bNaN\b/.test(part.textContent ?? '')) found.push('NaN in a drawing or table');
  return found;
}

/** In the page: the first chart button's outline once focused from the keyboard's point of view. */
function focusRing(): string {
  const button = document.querySelector<HTMLElement>('#storybook-root .sg-chart__toggle');
  if (!button) return ''; // a story of stat cards has no button
  button.focus({ focusVisible: true } as FocusOptions);
  const style = getComputedStyle(button);
  return style.outlineStyle !== 'none' && Number.parseFloat(style.outlineWidth) >= 2 ? '' : 'no focus ring';
}

const { dir } = inject('storybook');
const stories = storybookEntries(dir).filter((entry) => entry.type === 'story');
let server: Served | undefined;
let browser: Browser | undefined;
let page: Page;
/** The errors the page threw since the story was opened. */
const errors: string[] = [];

beforeAll(async () => {
  if (!hasFirefox) return;
  server = await serveStatic(dir);
  browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: firefoxPath,
    headless: true,
    protocol: 'webDriverBiDi',
  });
  page = await browser.newPage();
  page.on('pageerror', (error) => errors.push(`page error: ${String(error).slice(0, 200)}`));
  await page.setViewport({ width: 1024, height: 800 });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Whether the tab holds Storybook's preview, so that the next story is switched to rather than loaded. */
let previewLoaded = false;

/**
 * Opens story `id` in the one tab, and resolves once it has rendered (or shown its error). The preview page is
 * loaded once; each further story is switched to through Storybook's own channel (`setCurrentStory`, as its
 * manager does when a reader picks a story in the sidebar), which unmounts the last story and renders the next.
 */
async function open(id: string): Promise<void> {
  errors.length = 0;
  const switched =
    previewLoaded &&
    (await page.evaluate(
      (storyId) =>
        new Promise<boolean>((resolve) => {
          const channel = (
            window as unknown as {
              __STORYBOOK_ADDONS_CHANNEL__?: {
                on(event: string, listener: (payload: unknown) => void): void;
                off(event: string, listener: (payload: unknown) => void): void;
                emit(event: string, payload: unknown): void;
              };
            }
          ).__STORYBOOK_ADDONS_CHANNEL__;
          if (!channel) return resolve(false);
          const events = ['storyRendered', 'storyErrored', 'storyThrewException', 'storyMissing'];
          const timer = setTimeout(() => done(false), 20_000);
          function done(ok: boolean) {
            clearTimeout(timer);
            for (const event of events) channel?.off(event, listeners[event] as () => void);
            resolve(ok);
          }
          const listeners: Record<string, (payload: unknown) => void> = Object.fromEntries(
            events.map((event) => [
              event,
              (payload: unknown) => {
                // storyRendered names the story it rendered; the others end the wait whatever they name.
                if (event !== 'storyRendered' || payload === storyId) done(event !== 'storyMissing');
              },
            ]),
          );
          for (const event of events) channel.on(event, listeners[event] as () => void);
          channel.emit('setCurrentStory', { storyId, viewMode: 'story' });
        }),
      id,
    ));
  if (!switched) {
    await page.goto(`${server?.origin}/iframe.html?id=${id}&viewMode=story`);
    previewLoaded = true;
  }
  const shown = await page
    .waitForFunction(
      () =>
        document.body.classList.contains('sb-show-errordisplay') ||
        (document.body.classList.contains('sb-show-main') &&
          (document.querySelector('#storybook-root')?.childElementCount ?? 0) > 0),
      { timeout: 20_000 },
    )
    .then(() => true)
    .catch(() => false);
  expect(shown, 'the story rendered').toBe(true);
  // Fonts and the charts' measured widths settle before anything is measured.
  await page.evaluate(() => document.fonts.ready.then(() => new Promise((r) => requestAnimationFrame(r))));
}

describe.skipIf(!hasFirefox)('every story in Firefox ESR', () => {
  it('has stories to open', () => {
    expect(stories.length).toBeGreaterThan(0);
  });

  // The Host pages stories put the charts in hostile pages: their buttons must keep a visible focus ring.
  const cases = stories.map(({ id, title }) => ({
    id,
    ring: title === 'Host pages',
    also: title === 'Host pages' ? ', its button with a visible focus ring' : '',
  }));
  it.each(cases)(
    '$id renders with no error or NaN, every label inside its figure and apart from the others$also',
    async ({ id, ring: checkRing }) => {
      await open(id);
      const found = await page.evaluate(inspect);
      // The same check of every figure the stories' play functions make in Chromium.
      for (const figure of await page.$$('#storybook-root figure'))
        found.push(...(await figure.evaluate(figureProblems)));
      if (checkRing) {
        const ring = await page.evaluate(focusRing);
        if (ring) found.push(ring);
      }
      expect([...errors, ...found]).toEqual([]);
    },
  );
});
