/*
 * The loader: `<script type="module" src="…/safeguard-charts.js">`. It imports no other file before it runs, so that
 * the element's code and every file of the page's charts (their kinds, languages and figures) are asked for in one
 * round, right after this file: a chart is drawn two rounds of requests after the page, not three. The element
 * itself (`<safeguard-chart>`, ./element) comes in that round, and asks for the files of a chart added later.
 */
import { modulesOf, preload } from './preload';
import { warmIntl } from './warm';

const charts = typeof document === 'undefined' ? [] : [...document.querySelectorAll('safeguard-chart')];
for (const chart of charts) preload(...modulesOf(chart));
preload('src/element');
import('./element');
// While those files are on their way: the page's first `Intl` call (ICU's data), which the first draw would pay.
const first = charts[0];
if (first) warmIntl(first.getAttribute('locale') || document.documentElement.lang || 'en');
