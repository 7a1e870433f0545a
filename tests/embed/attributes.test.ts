// Every chart option a page can give <safeguard-chart> as an attribute changes what is drawn, in Debian's
// Chromium under a strict Content-Security-Policy: scale, notation, annotations, row, measure-label, notes,
// description, heading-level, measure, show-share, hide-aggregates, hide-ranking, hide-seed-status, and the stat
// card. A bad value is left out (the chart is drawn as without it) or said in the chart's place, never
// a page error or NaN; an option reaches only the charts that take it.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { CHART_KIND_INFO } from '@safeguard-charts/react';
import fc from 'fast-check';
import { type Browser, chromium, type Locator, type Page } from 'playwright';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { runs, SEED } from '../properties/arbitraries';
import { embedFile } from './files';

const page = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Chart options</title>
<script type="module" src="/safeguard-charts.js"></script></head>
<body>
<safeguard-chart id="linear" chart="surge" dataset="iwfAiVideos" title="Linear"></safeguard-chart>
<safeguard-chart id="log" chart="surge" dataset="iwfAiVideos" scale="log" title="Log"></safeguard-chart>
<safeguard-chart id="badscale" chart="surge" dataset="iwfAiVideos" scale="sqrt" title="Bad scale"></safeguard-chart>
<safeguard-chart id="full" chart="ncmec-timeline" dataset="ncmecAiReports" title="Full"></safeguard-chart>
<safeguard-chart id="compact" chart="ncmec-timeline" dataset="ncmecAiReports" notation="compact" title="Compact"></safeguard-chart>
<safeguard-chart id="badnotation" chart="ncmec-timeline" dataset="ncmecAiReports" notation="standard" title="Bad notation"></safeguard-chart>
<safeguard-chart id="annotated" chart="ncmec-timeline" dataset="ncmecAiReports" title="Annotated"
  annotations="H1 2025: 380,000 from Amazon AI Services | 1999: a period the data has not | no colon here"></safeguard-chart>
<safeguard-chart id="annotatedjson" chart="ncmec-timeline" dataset="ncmecAiReports" title="Annotated in JSON"
  annotations='[{"period":"2024","text":"Take It Down Act","note":"Signed in May 2025."},{"period":2023}]'></safeguard-chart>
<safeguard-chart id="notes" chart="provider-bars" dataset="ncmecProviderReports" title="Notes"
  notes="Our first note. | Our second note. |"></safeguard-chart>
<safeguard-chart id="notesjson" chart="severity" dataset="iwfSeverity" title="Notes in JSON"
  notes='["A note | with a bar in it.", 3]'></safeguard-chart>
<safeguard-chart id="row0" chart="share" dataset="iwfVictimSex" title="Row 0"></safeguard-chart>
<safeguard-chart id="row2" chart="share" dataset="iwfVictimSex" row="2" title="Row 2"></safeguard-chart>
<safeguard-chart id="rowbad" chart="share" dataset="iwfVictimSex" row="-1" title="Row -1"></safeguard-chart>
<safeguard-chart id="rowmissing" chart="share" dataset="iwfVictimSex" row="7" title="Row 7"></safeguard-chart>
<safeguard-chart id="measure" chart="severity" dataset="iwfSeverity" measure-label="Category A" title="Measure"></safeguard-chart>
<safeguard-chart id="stat" chart="stat-card" dataset="ncmecAiReports"></safeguard-chart>
<safeguard-chart id="statrow" chart="stat-card" dataset="ncmecAiReports" row="0" notation="compact"
  measure-label="AI-related CyberTipline reports in 2023" subtitle="NCMEC's count"></safeguard-chart>
<safeguard-chart id="statshare" chart="stat-card" dataset="iwfVictimSex" locale="de-DE"></safeguard-chart>
<safeguard-chart id="statpublisher" chart="stat-card" dataset="ncmecAiReports" figures="publisher"></safeguard-chart>
<safeguard-chart id="statcsv" chart="stat-card" title="Our hotline">
  <script type="text/csv" data-unit="URLs" data-source="Our hotline" data-source-title="Monthly figures">period,value
2024-01,1234
2024-02,987</script>
</safeguard-chart>
<safeguard-chart id="statlaws" chart="stat-card" dataset="legislation" title="Laws"></safeguard-chart>
<safeguard-chart id="statmissing" chart="stat-card" dataset="iwfAiVideos" row="5" title="AI videos"></safeguard-chart>
<safeguard-chart id="leak" chart="provider-bars" dataset="ncmecProviderReports" scale="log" row="1"
  annotations="OpenAI: x" measure-label="Category A" title="Options it does not take"
  measure="count" hide-ranking hide-aggregates hide-seed-status></safeguard-chart>
<safeguard-chart id="leakstat" chart="stat-card" dataset="ncmecAiReports" description="Our words for a card."
  heading-level="2" show-share hide-ranking></safeguard-chart>
<safeguard-chart id="leaklaws" chart="legislation" dataset="legislation" title="Laws" description="Our words for laws."
  show-share measure="count"></safeguard-chart>
<safeguard-chart id="described" chart="surge" dataset="iwfAiVideos" title="Described"
  description="Our own words on the surge."></safeguard-chart>
<safeguard-chart id="h2" chart="surge" dataset="iwfAiVideos" heading-level="2" title="Level 2"></safeguard-chart>
<safeguard-chart id="h5" chart="provider-bars" dataset="ncmecProviderReports" heading-level=" H5 " title="Level h5"></safeguard-chart>
<safeguard-chart id="hp" chart="severity" dataset="iwfSeverity" heading-level="p" title="A paragraph"></safeguard-chart>
<safeguard-chart id="h1" chart="surge" dataset="iwfAiVideos" heading-level="1" title="Level 1"></safeguard-chart>
<safeguard-chart id="hbad" chart="surge" dataset="iwfAiVideos" heading-level="3.5" title="Level 3.5"></safeguard-chart>
<safeguard-chart id="hlaws" chart="legislation" dataset="legislation" heading-level="4" title="Laws at level 4"></safeguard-chart>
<safeguard-chart id="hsources" chart="sources" dataset="ncmecAiReports" heading-level="3"></safeguard-chart>
<safeguard-chart id="hsourcesp" chart="sources" dataset="ncmecAiReports" heading-level="p"></safeguard-chart>
<safeguard-chart id="bars" chart="provider-bars" dataset="ncmecProviderReports" title="Bars"></safeguard-chart>
<safeguard-chart id="shares" chart="provider-bars" dataset="ncmecProviderReports" show-share title="Bars with shares"></safeguard-chart>
<safeguard-chart id="sharesfalse" chart="provider-bars" dataset="ncmecProviderReports" show-share="false" title="Bars"></safeguard-chart>
<safeguard-chart id="map" chart="hosting-map" dataset="csamHosting" title="Map"></safeguard-chart>
<safeguard-chart id="mapcount" chart="hosting-map" dataset="csamHosting" measure="count" title="Map of counts"></safeguard-chart>
<safeguard-chart id="mapbadmeasure" chart="hosting-map" dataset="csamHosting" measure="share" title="Map"></safeguard-chart>
<safeguard-chart id="mapbare" chart="hosting-map" dataset="csamHosting" hide-ranking hide-aggregates title="Bare map"></safeguard-chart>
<safeguard-chart id="mapfalse" chart="hosting-map" dataset="csamHosting" hide-ranking="false" hide-aggregates="FALSE"
  title="Map"></safeguard-chart>
<safeguard-chart id="laws" chart="legislation" dataset="legislation" title="Laws"></safeguard-chart>
<safeguard-chart id="printed" chart="surge" dataset="iwfAiVideos" print-table title="Printed"></safeguard-chart>
<safeguard-chart id="printfalse" chart="surge" dataset="iwfAiVideos" print-table="false" title="Not printed"></safeguard-chart>
<safeguard-chart id="lawsnoseed" chart="legislation" dataset="legislation" hide-seed-status title="Laws"></safeguard-chart>
</body></html>`;

let server: http.Server;
let browser: Browser;
let tab: Page;
const errors: string[] = [];

beforeAll(async () => {
  server = http.createServer((req, res) => {
    res.setHeader('content-security-policy', "default-src 'self'; script-src 'self'; style-src 'self'");
    const file = embedFile(req.url ?? '');
    if (file) {
      res.writeHead(200, { 'content-type': 'text/javascript' });
      res.end(file);
    } else {
      res.writeHead(200, { 'content-type': 'text/html' });
      res.end(page);
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  browser = await chromium.launch(chromiumLaunchOptions());
  tab = await browser.newPage();
  tab.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  tab.on('pageerror', (error) => errors.push(error.message));
  await tab.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
  // Every element has drawn its chart, its card or its message.
  await tab.waitForFunction(
    () =>
      [...document.querySelectorAll('safeguard-chart')].every((el) =>
        el.querySelector('svg[role="img"], .sg-stat, .sg-laws__list, .sg-sources__list, [role="note"]'),
      ),
    undefined,
    { timeout: 30_000 },
  );
}, 60_000);

afterAll(async () => {
  await browser?.close();
  server?.close();
});

/** The value axis's tick labels of a chart. */
const ticks = (id: string) => tab.locator(`#${id} .sg-grid text`).allTextContents();
/** The notes under a chart. */
const notes = (id: string) => tab.locator(`#${id} .sg-chart__notes li`).allTextContents();
/** What a chart's graphic is named by for a screen reader: its description, which says every figure. */
async function description(chart: Locator): Promise<string> {
  const id = await chart.locator('svg[role="img"]').getAttribute('aria-labelledby');
  return id ? ((await chart.locator(`[id="${id}"]`).textContent()) ?? '') : '';
}

describe('scale', () => {
  it('log draws other tick labels than linear, and says so in a note; a bad value draws linear', async () => {
    const linear = await ticks('linear');
    const log = await ticks('log');
    expect(linear.length).toBeGreaterThan(1);
    expect(log).not.toEqual(linear);
    // A log scale's ticks are powers of ten.
    expect(log).toEqual(expect.arrayContaining(['1', '10', '100', '1K']));
    expect((await notes('log')).join(' ')).toMatch(/log/i);
    expect((await notes('linear')).join(' ')).not.toMatch(/logarithm/i);
    expect(await ticks('badscale')).toEqual(linear);
  });

  it('redraws when the attribute changes', async () => {
    const linear = await ticks('linear');
    await tab.locator('#linear').evaluate((el) => el.setAttribute('scale', 'log'));
    await expect.poll(() => ticks('linear')).toEqual(await ticks('log'));
    await tab.locator('#linear').evaluate((el) => el.removeAttribute('scale'));
    await expect.poll(() => ticks('linear')).toEqual(linear);
  });
});

describe('notation', () => {
  it('compact writes 485K where full writes 485,000; a bad value writes full', async () => {
    const full = (await tab.locator('#full svg').textContent()) ?? '';
    const compact = (await tab.locator('#compact svg').textContent()) ?? '';
    expect(full).toContain('485,000');
    expect(compact).toContain('485K');
    expect(compact).not.toContain('485,000');
    expect(await tab.locator('#badnotation svg').textContent()).toBe(full.replace(/Full/g, 'Bad notation'));
  });
});

describe('annotations', () => {
  it('draws `period: text` pairs over their periods and lists them under the chart, leaving out the rest', async () => {
    const chart = tab.locator('#annotated');
    // (The text is wrapped in lines, one <tspan> each.)
    expect(await chart.locator('svg').textContent()).toContain('380,000 from Amazon AI');
    const listed = await notes('annotated');
    expect(listed).toContain('H1 2025: 380,000 from Amazon AI Services');
    expect(listed.join(' ')).not.toMatch(/1999|no colon/);
  });

  it('takes a JSON array with notes, leaving out entries that are not annotations', async () => {
    expect(await tab.locator('#annotatedjson svg').textContent()).toContain('Take It Down Act');
    expect(await notes('annotatedjson')).toContain('2024: Take It Down Act — Signed in May 2025.');
  });
});

describe('notes', () => {
  it('adds `|`-separated notes under the chart, after the data’s own', async () => {
    const listed = await notes('notes');
    expect(listed.slice(-2)).toEqual(['Our first note.', 'Our second note.']);
  });

  it('takes a JSON array of text, leaving out what is not text', async () => {
    const listed = await notes('notesjson');
    expect(listed.at(-1)).toBe('A note | with a bar in it.');
    expect(listed).not.toContain('3');
  });
});

describe('row', () => {
  it('draws the row it names, counting from 0; a bad value draws the first row', async () => {
    expect(await description(tab.locator('#row0'))).toContain('Victims depicted as girls');
    const second = await description(tab.locator('#row2'));
    expect(second).toContain('Girls, AI imagery, 2025');
    expect(second).toContain('94%');
    expect(await description(tab.locator('#rowbad'))).toContain('Victims depicted as girls');
  });

  it('says so in the chart’s place when the data has no such row', async () => {
    expect(await tab.locator('#rowmissing [role="note"]').textContent()).toContain('There is no row 8');
  });
});

describe('measure-label', () => {
  it('writes the words after each share, for the screen reader and in the tooltip', async () => {
    const chart = tab.locator('#measure');
    expect(await description(chart)).toContain('AI-generated videos 65% Category A');
    await chart.locator('svg').focus();
    await tab.keyboard.press('Home');
    expect(await chart.locator('.sg-tooltip').textContent()).toContain('65% Category A');
  });
});

describe('chart="stat-card"', () => {
  it('draws a series’ latest figure with its unit and period, its context, source and check', async () => {
    const card = tab.locator('#stat figure.sg-stat');
    expect(await card.locator('.sg-stat__value').textContent()).toBe('485,000');
    expect(await card.locator('.sg-stat__label').textContent()).toBe('reports (H1 2025)');
    // The dataset's title is the line under the figure.
    expect(await card.locator('p.sg-stat__context').textContent()).toMatch(/NCMEC|CyberTipline|AI/);
    const caption = (await card.locator('figcaption').textContent()) ?? '';
    expect(caption).toMatch(/Sources?: /);
    // The report's 485,000 is corrected by NCMEC's own figure for H1 2025.
    expect(caption).toContain('440,419');
  });

  it('takes row, notation, measure-label and subtitle', async () => {
    const card = tab.locator('#statrow figure.sg-stat');
    expect(await card.locator('.sg-stat__value').textContent()).toBe('4.7K');
    expect(await card.locator('.sg-stat__label').textContent()).toBe(
      'AI-related CyberTipline reports in 2023',
    );
    expect(await card.locator('p.sg-stat__context').textContent()).toBe("NCMEC's count");
  });

  it('writes a share as a percent in the page’s language, and the publisher’s figure when asked', async () => {
    // German writes a (narrow no-break) space before the percent sign.
    expect(await tab.locator('#statshare .sg-stat__value').textContent()).toMatch(/^97\s%$/);
    // The package's dataset in the page's language: its label in German too.
    expect(await tab.locator('#statshare .sg-stat__label').textContent()).toBe(
      'Als Mädchen dargestellte Betroffene (laut Bericht)',
    );
    expect(await tab.locator('#statpublisher .sg-stat__value').textContent()).toBe('440,419');
  });

  it('draws a site’s own spreadsheet: its latest row, its unit and source', async () => {
    const card = tab.locator('#statcsv figure.sg-stat');
    expect(await card.locator('.sg-stat__value').textContent()).toBe('987');
    expect(await card.locator('.sg-stat__label').textContent()).toMatch(/^URLs \(/);
    expect(await card.locator('figcaption').textContent()).toContain('Our hotline');
  });

  it('says there is no figure for data without one, or a row that is not there', async () => {
    expect(await tab.locator('#statlaws [role="status"]').textContent()).toContain('No valid figure');
    const missing = tab.locator('#statmissing figure.sg-stat');
    expect(await missing.locator('[role="status"]').textContent()).toContain('No valid figure');
    expect(await missing.textContent()).toContain('There is no row 6');
  });
});

describe('description', () => {
  it('is read first in the graphic’s description, before the chart’s own summary', async () => {
    const described = await description(tab.locator('#described'));
    expect(described.startsWith('Our own words on the surge.')).toBe(true);
    // The chart's own summary still follows.
    expect(described.slice('Our own words on the surge.'.length).trim()).toBe(
      (await description(tab.locator('#linear'))).trim(),
    );
    expect(await description(tab.locator('#linear'))).not.toContain('Our own words');
    // It is read, not shown: the one element that holds it is hidden.
    const hidden = await tab
      .locator('#described')
      .getByText('Our own words')
      .evaluateAll((elements) => elements.map((element) => element.closest('[hidden]') !== null));
    expect(hidden).toEqual([true]);
  });
});

describe('heading-level', () => {
  /** The element a chart's title is written in. */
  const titleTag = (id: string) =>
    tab.locator(`#${id} .sg-chart__title`).evaluate((el) => el.tagName.toLowerCase());

  it('makes the title that heading, or a paragraph; by default an h3', async () => {
    expect(await titleTag('linear')).toBe('h3');
    expect(await titleTag('h2')).toBe('h2');
    // The React prop's spelling, in any case, with spaces around.
    expect(await titleTag('h5')).toBe('h5');
    expect(await titleTag('hp')).toBe('p');
    // The figure is named by its heading, whichever element it is.
    expect(await tab.locator('#h2 figure').getAttribute('aria-labelledby')).toBe(
      await tab.locator('#h2 h2').getAttribute('id'),
    );
  });

  it('ignores a level the charts do not have', async () => {
    expect(await titleTag('h1')).toBe('h3');
    expect(await titleTag('hbad')).toBe('h3');
  });

  it('reaches the law tracker and the source list, which is never a paragraph', async () => {
    expect(await titleTag('hlaws')).toBe('h4');
    expect(await titleTag('laws')).toBe('h3');
    expect(await titleTag('hsources')).toBe('h3');
    expect(await titleTag('hsourcesp')).toBe('h2');
  });

  it('redraws when it changes', async () => {
    await tab.locator('#h2').evaluate((el) => el.setAttribute('heading-level', '6'));
    await expect.poll(() => titleTag('h2')).toBe('h6');
    await tab.locator('#h2').evaluate((el) => el.setAttribute('heading-level', '2'));
    await expect.poll(() => titleTag('h2')).toBe('h2');
  });
});

describe('show-share', () => {
  /** The share written beside each bar's value (after the value, in the same text). */
  const shares = (id: string) => tab.locator(`#${id} svg tspan + tspan.sg-muted[dx]`).allTextContents();

  it('writes each provider’s share beside its value, with a note; off by default and with "false"', async () => {
    const written = await shares('shares');
    expect(written).toHaveLength(3);
    for (const share of written) expect(share).toMatch(/^\d+%$/);
    expect((await notes('shares')).join(' ')).toContain('computed here');
    for (const id of ['bars', 'sharesfalse']) {
      expect(await shares(id)).toEqual([]);
      expect((await notes(id)).join(' ')).not.toContain('computed here');
    }
  });
});

describe('measure', () => {
  /** The map's legend: its name and its items. */
  // The legend is the key to the colours, for the eye (hidden from screen readers, which hear the description).
  const legend = async (id: string) => ({
    hidden: await tab.locator(`#${id} ul.sg-legend`).getAttribute('aria-hidden'),
    items: await tab.locator(`#${id} ul.sg-legend li`).allTextContents(),
  });

  it('count colours the map by counts: its legend and ranked list write counts; a bad value draws shares', async () => {
    const shares = await legend('map');
    const counts = await legend('mapcount');
    expect([shares.hidden, counts.hidden]).toEqual(['true', 'true']);
    expect(counts.items).not.toEqual(shares.items);
    expect(shares.items.join(' ')).toContain('%');
    expect(await tab.locator('#map .sg-ranking__value').first().textContent()).toMatch(/%$/);
    expect(await tab.locator('#mapcount .sg-ranking__value').first().textContent()).toMatch(/^[\d,]+$/);
    expect(await legend('mapbadmeasure')).toEqual(shares);
  });
});

describe('hide-ranking and hide-aggregates', () => {
  it('leave out the ranked list under the map and the outlined EU; "false" leaves them in', async () => {
    expect(await tab.locator('#map .sg-ranking li').count()).toBeGreaterThan(3);
    expect(await tab.locator('#mapbare .sg-ranking').count()).toBe(0);
    expect(await tab.locator('#mapfalse .sg-ranking li').count()).toBe(
      await tab.locator('#map .sg-ranking li').count(),
    );
    // The EU, outlined, in the legend and the notes.
    expect(await tab.locator('#map .sg-legend__swatch--outline').count()).toBe(1);
    expect((await notes('map')).join(' ')).toContain('Outlined:');
    expect(await tab.locator('#mapbare .sg-legend__swatch--outline').count()).toBe(0);
    expect((await notes('mapbare')).join(' ')).not.toContain('Outlined:');
    expect(await tab.locator('#mapfalse .sg-legend__swatch--outline').count()).toBe(1);
    // The map itself is drawn.
    expect(await tab.locator('#mapbare svg[role="img"] path').count()).toBeGreaterThan(50);
  });

  it('redraws when they change', async () => {
    await tab.locator('#mapfalse').evaluate((el) => el.setAttribute('hide-ranking', ''));
    await expect.poll(() => tab.locator('#mapfalse .sg-ranking').count()).toBe(0);
    await tab.locator('#mapfalse').evaluate((el) => el.removeAttribute('hide-ranking'));
    await expect.poll(() => tab.locator('#mapfalse .sg-ranking').count()).toBe(1);
  });
});

describe('hide-seed-status', () => {
  it('leaves out what the report said beside what the check found', async () => {
    const seed = tab.locator('#laws .sg-law__seed');
    expect(await seed.count()).toBeGreaterThan(0);
    expect((await seed.allTextContents()).join(' ')).toMatch(/the report says|The report describes it/);
    expect(await tab.locator('#lawsnoseed .sg-law__seed').count()).toBe(0);
    // The laws themselves are all there.
    expect(await tab.locator('#lawsnoseed .sg-law').count()).toBe(await tab.locator('#laws .sg-law').count());
  });
});

describe('print-table', () => {
  it('is a boolean attribute like the others: present prints the table, "false" reads as absent', async () => {
    const printed = (id: string) => tab.locator(`#${id} figure`).getAttribute('data-print-table');
    expect(await printed('printed')).toBe('');
    expect(await printed('printfalse')).toBeNull();
    expect(await printed('linear')).toBeNull();
  });
});

describe('options reach only the charts that take them', () => {
  it('draws a chart given options it does not take as without them, with none of them in its markup', async () => {
    const chart = tab.locator('#leak');
    expect(await chart.locator('rect.sg-bar').count()).toBe(3);
    const markup = await chart.evaluate((el) => el.querySelector('figure')?.outerHTML ?? '');
    expect(markup).not.toMatch(
      /\s(scale|row|annotations|measurelabel|measure-label|measure|showranking|showaggregates|showseedstatus)=/i,
    );
    expect(markup).not.toContain('Category A');
    expect(await chart.locator('svg tspan + tspan.sg-muted[dx]').count()).toBe(0);
  });

  it('gives a stat card and the law tracker neither a description nor a heading level, and no share', async () => {
    const card = await tab.locator('#leakstat').evaluate((el) => el.innerHTML);
    expect(await tab.locator('#leakstat .sg-stat__value').textContent()).toBe('485,000');
    expect(card).not.toMatch(/\s(description|headinglevel|heading-level|showshare|showranking)=/i);
    expect(card).not.toContain('Our words');
    expect(card).not.toMatch(/<h[1-6]/);
    const laws = await tab.locator('#leaklaws').evaluate((el) => el.innerHTML);
    expect(laws).not.toMatch(/\s(description|showshare|measure)=/i);
    expect(laws).not.toContain('Our words');
  });

  it('logs no error', () => {
    expect(errors).toEqual([]);
  });
});

describe('<safeguard-chart> with random option attributes', () => {
  const value = fc.oneof(
    fc.string({ maxLength: 16 }),
    fc.constantFrom(
      'log',
      'linear',
      'compact',
      'full',
      '0',
      '1',
      '2',
      '-1',
      '1e308',
      'NaN',
      '99999999999',
      '[',
      '[{"period":"2024","text":"x"}]',
      '[null, 1, {"period": {}}]',
      'H1 2025: x | 2024: y',
      '|||',
      ':',
      '<b>x</b>',
      'percent',
      'count',
      'false',
      '',
      '3',
      'h4',
      'p',
      '1',
    ),
  );
  const element = fc.record({
    chart: fc.constantFrom(...Object.keys(CHART_KIND_INFO)),
    dataset: fc.constantFrom(
      'ncmecAiReports',
      'iwfSeverity',
      'ncmecProviderReports',
      'legislation',
      'csamHosting',
      'nope',
    ),
    scale: fc.option(value, { nil: undefined }),
    notation: fc.option(value, { nil: undefined }),
    annotations: fc.option(value, { nil: undefined }),
    row: fc.option(value, { nil: undefined }),
    'measure-label': fc.option(value, { nil: undefined }),
    notes: fc.option(value, { nil: undefined }),
    description: fc.option(value, { nil: undefined }),
    'heading-level': fc.option(value, { nil: undefined }),
    measure: fc.option(value, { nil: undefined }),
    'show-share': fc.option(value, { nil: undefined }),
    'hide-aggregates': fc.option(value, { nil: undefined }),
    'hide-ranking': fc.option(value, { nil: undefined }),
    'hide-seed-status': fc.option(value, { nil: undefined }),
  });

  it('always shows a chart, a card or a message, never a page error, an empty element or NaN', async () => {
    const cases = fc.sample(element, { numRuns: runs(80), seed: SEED });
    const before = errors.length;
    const results = await tab.evaluate(async (list) => {
      const out: { shown: boolean; bad: string[] }[] = [];
      for (const item of list) {
        const el = document.createElement('safeguard-chart');
        for (const [name, value] of Object.entries(item))
          if (value !== undefined) el.setAttribute(name, value);
        document.body.append(el);
        let shown = false;
        for (let wait = 0; wait < 50 && !shown; wait++) {
          await new Promise((resolve) => setTimeout(resolve, 20));
          shown = !!el.querySelector(
            'svg[role="img"], .sg-laws__list, .sg-sources__list, .sg-stat, [role="note"]',
          );
        }
        // NaN in the text counts too, unless the page wrote it (a note or label "NaN").
        const given = Object.values(item).some((value) => value?.includes('NaN'));
        const bad = [...el.querySelectorAll('*')].flatMap((node) => [
          ...[...node.attributes]
            .filter((a) => /NaN|Infinity/.test(a.value))
            .map((a) => `${node.tagName} ${a.name}`),
          ...(!given && node.childElementCount === 0 && /NaN/.test(node.textContent ?? '')
            ? [`${node.tagName} text: ${node.textContent}`]
            : []),
        ]);
        out.push({ shown, bad });
        el.remove();
      }
      return out;
    }, cases);
    expect(results.filter((result) => !result.shown)).toEqual([]);
    expect(results.flatMap((result) => result.bad)).toEqual([]);
    expect(errors.slice(before)).toEqual([]);
  }, 120_000);
});
