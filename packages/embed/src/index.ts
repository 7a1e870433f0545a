/*
 * The loader: `<script type="module" async src="…/safeguard-charts.js">` (with `async` it runs as soon as it
 * arrives, even while the page is still being parsed: each element waits for the parser to pass its end). It
 * imports no other file before it runs, so that the element's code and every file of the page's charts (their
 * kinds, languages and figures) are asked for in one round, right after this file: a chart is drawn two rounds of
 * requests after the page, not three. The element itself (`<safeguard-chart>`, ./element) comes in that round,
 * and asks for the files of a chart added later.
 */
import { modulesOf, preload } from './preload';
import { warmIntl } from './warm';

const charts = typeof document === 'undefined' ? [] : [...document.querySelectorAll('safeguard-chart')];
for (const chart of charts) preload(...modulesOf(chart));
preload('src/element');
import('./element');
// While those files are on their way: the page's first `Intl` call (ICU's data), which the first draw would pay
// (in the page's language when the parser has reached no chart yet).
if (typeof document !== 'undefined')
  warmIntl(charts[0]?.getAttribute('locale') || document.documentElement.lang || 'en');
