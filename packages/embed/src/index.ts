/*
 * The loader: `<script type="module" src="…/safeguard-charts.js">`. It imports nothing before it runs, so that the
 * element's code and every file of the page's charts (their kinds, languages and figures) are asked for in one
 * round, right after this file: a chart is drawn two rounds of requests after the page, not three. The element
 * itself (`<safeguard-chart>`, ./element) comes in that round, and asks for the files of a chart added later.
 */
import { modulesOf, preload } from './preload';

if (typeof document !== 'undefined')
  for (const chart of document.querySelectorAll('safeguard-chart')) preload(...modulesOf(chart));
preload('src/element');
import('./element');
