#!/usr/bin/env node
/*
 * safeguard-charts: charts for print and slides from the command line.
 *   safeguard-charts render <chart> [--dataset id | --csv file [--value-column 2]] [--locale de] [--theme dark]
 *                           [--width 800] [--out chart.png|chart.svg|chart.html] [--scale 2 | --print 16cm --dpi 300] …
 *   safeguard-charts list
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { datasets, decodeSpreadsheet } from '@safeguard-charts/data';
import { MAP_REGIONS } from '@safeguard-charts/react';
import { renderHtml } from './html';
import { IMAGE_CHARTS, renderPng, renderSvg } from './render';

const USAGE = `Usage:
  safeguard-charts render <chart> [options]   draw a chart to SVG, PNG or HTML (no browser needed)
  safeguard-charts list                       the charts and datasets you can name

Options of render:
  --dataset <id>        a dataset of @safeguard-charts/data (default: the report's for that chart)
  --csv <file>          your own figures, as your spreadsheet exports them (UTF-8, UTF-16 or Excel's
                        Windows-1252; read with --locale's numbers and words)
  --value-column <c>    which column of the CSV to draw: its header (Meldungen) or its number from 1
  --unit <word>         what your CSV's values count (URLs, reports, …)
  --source <publisher>  who published your CSV's figures, for the source line
  --source-title <t>    the document they are in
  --locale <bcp47>      words, numbers and direction (en, de-DE, ar, …; default en)
  --theme <light|dark>  default light (HTML: auto, the reader's setting, unless given)
  --token <name=value>  a palette token (--sg-<name> on a page; repeatable): --token mark=#7a1f5c,
                        --token dark-mark=#e0a0c0
  --width <px>          default 640
  --height <px>         a fixed plot height
  --title <text>        --subtitle <text>   --note <text> (repeatable)
  --figures <seed|publisher>
  --region <world|europe>  the map's region (hosting-map)
  --out <file>          .svg, .png or .html (default: <chart>.svg). HTML is the <safeguard-chart>
                        element, drawn before any script: paste it into any page (a CMS, Hugo,
                        Eleventy); with the embed's safeguard-charts.js on the page it becomes
                        interactive in place
  --stylesheet <url>    HTML: link the charts' stylesheet (the embed's safeguard-charts.css, served
                        by your site) instead of writing it in, for a strict Content-Security-Policy
  --scale <n>           PNG pixels per CSS pixel (default 2: sharp on screens and slides)
  --print <width>       a PNG for print, this wide on paper: 16cm, 160mm or 6.3in (an annual report's
                        column: --print 16cm); the PNG says its resolution, so layout programs place it
                        at that width
  --dpi <n>             the print resolution, with --print (default 300)
  --font <file.ttf>     an extra font for the PNG (repeatable), e.g. a CJK font for Japanese
`;

function fail(message: string): never {
  process.stderr.write(`${message}\n`);
  process.exit(1);
}

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      dataset: { type: 'string' },
      csv: { type: 'string' },
      'value-column': { type: 'string' },
      unit: { type: 'string' },
      source: { type: 'string' },
      'source-title': { type: 'string' },
      locale: { type: 'string' },
      theme: { type: 'string' },
      token: { type: 'string', multiple: true },
      width: { type: 'string' },
      height: { type: 'string' },
      title: { type: 'string' },
      subtitle: { type: 'string' },
      note: { type: 'string', multiple: true },
      figures: { type: 'string' },
      region: { type: 'string' },
      out: { type: 'string' },
      scale: { type: 'string' },
      print: { type: 'string' },
      dpi: { type: 'string' },
      font: { type: 'string', multiple: true },
      stylesheet: { type: 'string' },
      help: { type: 'boolean', short: 'h' },
    },
  });
  const [command, chart] = positionals;
  if (values.help || !command) {
    process.stdout.write(USAGE);
    return;
  }
  if (command === 'list') {
    process.stdout.write(
      `Charts: ${IMAGE_CHARTS.join(', ')}\nDatasets:\n${datasets.map((d) => `  ${d.id}  ${d.title}`).join('\n')}\n`,
    );
    return;
  }
  if (command !== 'render') fail(`Unknown command "${command}".\n\n${USAGE}`);
  if (!chart) fail(`Which chart? One of: ${IMAGE_CHARTS.join(', ')}.`);
  const out = values.out ?? `${chart}.svg`;
  const format = /\.html?$/i.test(out) ? 'html' : out.toLowerCase().endsWith('.png') ? 'png' : 'svg';
  if (!/\.(svg|png|html?)$/i.test(out)) fail(`--out must end in .svg, .png or .html, not "${out}".`);
  if (values.stylesheet !== undefined && format !== 'html')
    fail('--stylesheet is for HTML (--out chart.html): an SVG or PNG carries its own colours.');
  const number = (name: string, value: string | undefined) => {
    if (value === undefined) return undefined;
    const n = Number(value);
    if (!Number.isFinite(n) || n <= 0) fail(`--${name} must be a positive number, not "${value}".`);
    return n;
  };
  if (
    values.theme &&
    values.theme !== 'light' &&
    values.theme !== 'dark' &&
    (format !== 'html' || values.theme !== 'auto')
  )
    fail(`--theme must be light or dark${format === 'html' ? ' (or auto)' : ''}, not "${values.theme}".`);
  if (values.region && !MAP_REGIONS.includes(values.region as never))
    fail(`--region must be one of ${MAP_REGIONS.join(', ')}, not "${values.region}".`);
  if (values.figures && values.figures !== 'seed' && values.figures !== 'publisher')
    fail(`--figures must be seed or publisher, not "${values.figures}".`);
  const tokens: Record<string, string> = {};
  for (const token of values.token ?? []) {
    const [name = '', ...rest] = token.split('=');
    const bare = name.replace(/^(--)?sg-/, '');
    if (!/^[a-z0-9-]+$/.test(bare) || !rest.length)
      fail(`--token takes <name>=<value> (mark=#7a1f5c), not "${token}".`);
    tokens[`--sg-${bare}`] = rest.join('=');
  }
  if (values.source && !values['source-title'])
    fail('--source needs --source-title: the document that holds the figures, for the source line.');
  let csv: string | undefined;
  if (values.csv) {
    try {
      // The file's bytes as the spreadsheet wrote them: UTF-8, UTF-16 with its mark, else Excel's Windows-1252.
      csv = decodeSpreadsheet(new Uint8Array(readFileSync(values.csv)));
    } catch (error) {
      fail(`Could not read ${values.csv}: ${(error as Error).message}`);
    }
  }
  const valueColumn = values['value-column']?.trim();
  if (values['value-column'] !== undefined && !valueColumn)
    fail('--value-column takes a column of the CSV: its header (Meldungen) or its number from 1 (2).');
  if (valueColumn && !values.csv) fail('--value-column picks a column of --csv <file>: give the file too.');
  if (values.print !== undefined && format !== 'png')
    fail(
      `--print sizes a PNG: write --out ${out.replace(/\.svg$/i, '.png')}. (An SVG has no pixels: place it at any width in your layout program.)`,
    );
  if (values.dpi !== undefined && values.print === undefined)
    fail('--dpi goes with --print, the width on paper: --print 16cm --dpi 300.');
  if (values.print !== undefined && values.scale !== undefined)
    fail('Give --print (a width on paper) or --scale (pixels per CSS pixel), not both.');
  const dpi = values.dpi?.trim();
  if (dpi !== undefined && !/^\d+(\.\d+)?$/.test(dpi))
    fail(`--dpi takes pixels per inch, a number such as 300, not "${values.dpi}".`);
  const options = {
    chart,
    dataset: values.dataset,
    csv,
    csvOptions: {
      unit: values.unit,
      valueColumn: valueColumn && /^\d{1,4}$/.test(valueColumn) ? Number(valueColumn) : valueColumn,
      sources: values.source ? [{ publisher: values.source, title: values['source-title'] ?? '' }] : [],
    },
    locale: values.locale,
    theme: values.theme as 'light' | 'dark' | undefined,
    tokens,
    width: number('width', values.width),
    height: number('height', values.height),
    title: values.title,
    subtitle: values.subtitle,
    notes: values.note,
    figures: values.figures as 'seed' | 'publisher' | undefined,
    region: values.region,
    scale: number('scale', values.scale),
    print:
      values.print === undefined
        ? undefined
        : { width: values.print, ...(dpi === undefined ? {} : { dpi: Number(dpi) }) },
    fonts: values.font,
  };
  if (format === 'html') {
    if (values.print !== undefined || values.scale !== undefined || values.font || values.token)
      fail(
        '--print, --scale, --font and --token are for images: HTML follows the page (set --sg-… tokens in its CSS).',
      );
    const { scale: _scale, print: _print, fonts: _fonts, tokens: _tokens, ...html } = options;
    const result = renderHtml({
      ...html,
      theme: values.theme as 'light' | 'dark' | 'auto' | undefined,
      stylesheet: values.stylesheet,
    });
    if (!result.ok) fail(result.problem);
    writeFileSync(out, `${result.html}\n`);
    process.stdout.write(
      `${out}: ${result.width} px wide${result.styleHash ? `; its <style> needs style-src ${result.styleHash} (or --stylesheet <url>) under a Content-Security-Policy` : ''}\n`,
    );
  } else if (format === 'png') {
    const result = renderPng(options);
    if (!result.ok) fail(result.problem);
    writeFileSync(out, result.png);
    for (const warning of result.warnings) process.stderr.write(`${warning}\n`);
    process.stdout.write(
      `${out}: ${result.width} × ${result.height} px${result.dpi ? ` at ${result.dpi} dpi (${values.print} wide)` : ''}\n`,
    );
  } else {
    const result = renderSvg(options);
    if (!result.ok) fail(result.problem);
    writeFileSync(out, result.svg);
    process.stdout.write(`${out}: ${result.width} × ${result.height} px\n`);
  }
}

try {
  main(process.argv.slice(2));
} catch (error) {
  fail((error as Error).message);
}
