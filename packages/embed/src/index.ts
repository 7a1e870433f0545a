import './preact';
import { Component, createElement, type ReactElement, type ReactNode } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import styles from '../../react/src/styles/styles.css';
import { chartFor, chartNames, languageOf, loadLanguage } from './charts';
import { datasetIds, datasetModule, loadDataset } from './datasets';
import { preload } from './preload';
import {
  catalogFor,
  HEADING_LEVELS,
  MAP_MEASURES,
  type Messages,
  MessagesProvider,
  NOTATIONS,
  VALUE_SCALES,
} from './react';

/** The element's name: `<safeguard-chart chart="provider-bars" dataset="ncmecProviderReports">`. */
export const TAG = 'safeguard-chart';

let sheet: CSSStyleSheet | undefined;

/** The charts' stylesheet as a constructable sheet: no <style> tag, no request, allowed by a strict CSP. */
function stylesheet(): CSSStyleSheet {
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(styles);
  }
  return sheet;
}

function adopt(target: Document | ShadowRoot): void {
  const own = stylesheet();
  if (!target.adoptedStyleSheets.includes(own))
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, own];
}

/**
 * `<safeguard-chart>`: draws one chart of the library.
 * Attributes: `chart` (provider-bars, surge, ncmec-timeline, hosting-map, severity, share, legislation, sources),
 * `dataset` (a dataset of @safeguard-charts/data by name), or your own figures in a
 * `<script type="text/csv" data-unit data-source data-source-title data-value-column>` child (as a spreadsheet
 * exports them; `data-value-column` names the column to draw, by its header or its number from 1) or
 * a `<script type="application/json">` child, `title`, `subtitle`, `description` (read after the title by screen
 * readers; plotted charts), `heading-level` (the title's: `2`–`6`, or `p`), `locale`, `theme` (auto, light, dark),
 * `figures` (seed, publisher), `height`, `print-table` to print the data table under the chart, `region` (the map's:
 * `world`, `europe`), `downloads` (`none`, or some of `csv svg png embed`; all by default), and `shadow` to draw
 * inside a shadow root. The options some kinds take (CHART_KIND_INFO's `options`, passed to no other kind):
 * `scale` (`linear`, `log`), `notation` (`full`, `compact`), `annotations` (`period: text` pairs separated by `|`,
 * or a JSON array), `row` (counting from 0), `measure-label`, `measure` (`percent`, `count`), and the on/off
 * options as boolean attributes naming what differs from the default: `show-share`, `hide-aggregates`,
 * `hide-ranking`, `hide-seed-status`; and `notes` under every plotted chart (separated by `|`, or a JSON array of
 * text). `chart="stat-card"` draws one figure of a dataset as a stat card. `width` and `messages` are not
 * attributes: the chart fills its container, and its words come with `locale`.
 */
export class SafeguardChartElement extends HTMLElement {
  // The attributes of src/attributes.json (which documents them; a test holds the two lists equal).
  static observedAttributes = [
    'chart',
    'dataset',
    'title',
    'subtitle',
    'description',
    'heading-level',
    'locale',
    'theme',
    'figures',
    'height',
    'region',
    'scale',
    'notation',
    'annotations',
    'row',
    'measure-label',
    'measure',
    'show-share',
    'hide-aggregates',
    'hide-ranking',
    'hide-seed-status',
    'notes',
    'print-table',
    'downloads',
  ];
  private root: Root | undefined;
  private version = 0;
  private mount: HTMLElement | undefined;

  connectedCallback(): void {
    if (!this.mount) {
      this.mount = document.createElement('div');
      if (this.hasAttribute('shadow')) {
        const shadow = this.attachShadow({ mode: 'open' });
        adopt(shadow);
        shadow.append(this.mount);
      } else {
        adopt(document);
        this.append(this.mount);
      }
      this.root = createRoot(this.mount);
    }
    this.render();
  }

  attributeChangedCallback(): void {
    if (this.root) this.render();
  }

  disconnectedCallback(): void {
    this.root?.unmount();
    this.root = undefined;
    this.mount?.remove();
    this.mount = undefined;
  }

  /**
   * The figures: an inline CSV or JSON child if there is one, else the named dataset (each read fetched). A CSV
   * child's problems come as sentences in the reader's language (`problems`, which block the drawing), its
   * notices too (`notes`: a period with no figure, a total row left out, which the chart shows under it).
   */
  private async data(
    t: Messages,
    locale: string,
  ): Promise<{ data: unknown; problem?: string; problems?: string[]; notes?: string[] }> {
    const csv = this.querySelector('script[type="text/csv"]');
    if (csv) {
      // The spreadsheet's problems and notices in the reader's language, naming its rows and columns.
      const { readCsvChild } = await import('./csv');
      const read = readCsvChild(
        csv,
        chartFor(this.getAttribute('chart') ?? '')?.csvShape ?? 'series',
        t,
        locale,
      );
      return 'problems' in read ? { data: null, problems: read.problems } : read;
    }
    const script = this.querySelector('script[type="application/json"]');
    if (script) {
      try {
        return { data: JSON.parse(script.textContent ?? '') };
      } catch (error) {
        return {
          data: null,
          problem: `The JSON in <script type="application/json"> could not be read: ${(error as Error).message}`,
        };
      }
    }
    const name = this.getAttribute('dataset');
    const data = await loadDataset(name);
    return data
      ? { data }
      : {
          data: null,
          problem: `There is no dataset called "${name ?? ''}". Known: ${datasetIds.join(', ')}.`,
        };
  }

  /**
   * The HTML that puts this chart, as shown, on another page: this script and this element with its attributes
   * and its own figures (an inline CSV or JSON child), for the readers' "Copy embed code" button.
   */
  private embedCode(): string {
    const attributes = [...this.attributes]
      .filter(({ name }) => name !== 'id' && name !== 'class' && name !== 'style' && !name.startsWith('on'))
      .map(({ name, value }) =>
        value === '' ? name : `${name}="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`,
      )
      .join(' ');
    const own = this.querySelector('script[type="text/csv"], script[type="application/json"]');
    const inner = own ? `\n  ${own.outerHTML}\n` : '';
    return `<script type="module" src="${import.meta.url}"></script>\n<${TAG} ${attributes}>${inner}</${TAG}>`;
  }

  /** Draws the chart once its code, its language and its figures are here; a newer draw wins over an older. */
  private render(): void {
    const version = ++this.version;
    this.prepare()
      .catch(() =>
        message(
          this.getAttribute('title') ?? 'Chart',
          'This chart can’t be drawn: its code could not be loaded.',
        ),
      )
      .then((element) => {
        if (version === this.version) this.root?.render(element);
      });
  }

  private async prepare(): Promise<ReactElement> {
    const name = this.getAttribute('chart') ?? '';
    const kind = chartFor(name);
    const locale = this.getAttribute('locale') || document.documentElement.lang || 'en';
    // Every file of the chart's code, its language and its figures is asked for at once (see ./preload).
    preload(
      `kinds/${name}`,
      `locales/${languageOf(locale)}`,
      this.querySelector('script[type="text/csv"]') ? 'src/csv' : datasetModule(this.getAttribute('dataset')),
    );
    // The chart's code, its language and its figures are fetched side by side.
    const [Chart, catalog] = await Promise.all([kind?.load(), loadLanguage(locale)]);
    const catalogs = catalog ? [catalog] : [];
    const t = catalogFor(locale, catalogs);
    const { data, problem, problems, notes } = await this.data(t, locale);
    // A source list is titled "Sources" unless the page says otherwise; a chart takes its dataset's title.
    const title = this.getAttribute('title') ?? (kind?.form === 'sources' ? undefined : titleOf(data));
    const height = Number(this.getAttribute('height'));
    const figures = this.getAttribute('figures');
    const theme = this.getAttribute('theme');
    // Only what each chart takes, and only values it knows: nothing else reaches the chart's markup.
    const all: Record<string, unknown> = {
      data,
      title,
      subtitle: this.getAttribute('subtitle') ?? undefined,
      description: this.getAttribute('description') ?? undefined,
      headingLevel: headingLevelOf(this.getAttribute('heading-level')),
      locale: this.getAttribute('locale') ?? undefined,
      theme: theme === 'light' || theme === 'dark' || theme === 'auto' ? theme : undefined,
      figures: figures === 'seed' || figures === 'publisher' ? figures : undefined,
      height: Number.isFinite(height) && height > 0 ? height : undefined,
      printTable: flagOf(this.getAttribute('print-table')) || undefined,
      downloads: downloadsOf(this.getAttribute('downloads')),
      embedCode: this.embedCode(),
      // The page's own notes, then what the spreadsheet reader did (a period with no figure, a total row left out).
      notes: listOf(this.getAttribute('notes'), notes),
      // The options only some kinds take (CHART_KIND_INFO's `options`): the map's region (world, europe), …
      region: this.getAttribute('region') ?? undefined,
      scale: oneOf(this.getAttribute('scale'), VALUE_SCALES),
      notation: oneOf(this.getAttribute('notation'), NOTATIONS),
      annotations: annotationsOf(this.getAttribute('annotations')),
      row: rowOf(this.getAttribute('row')),
      measureLabel: this.getAttribute('measure-label') ?? undefined,
      measure: oneOf(this.getAttribute('measure'), MAP_MEASURES),
      // On/off options are boolean attributes naming what differs from the chart's default: `show-share` turns on
      // what is off by default, `hide-…` turns off what is on (see flagOf).
      showShare: flagOf(this.getAttribute('show-share')) || undefined,
      showAggregates: flagOf(this.getAttribute('hide-aggregates')) ? false : undefined,
      showRanking: flagOf(this.getAttribute('hide-ranking')) ? false : undefined,
      showSeedStatus: flagOf(this.getAttribute('hide-seed-status')) ? false : undefined,
    };
    const takes: readonly string[] = [...FORM_PROPS[kind?.form ?? 'plot'], ...(kind?.options ?? [])];
    const props = Object.fromEntries(Object.entries(all).filter(([key]) => takes.includes(key)));
    let element: ReactElement;
    if (!kind) {
      element = message(
        title ?? 'Chart',
        `There is no chart called "${name}". Known: ${chartNames.join(', ')}.`,
      );
    } else if (problems?.length) {
      // A page's spreadsheet with problems: the first five, said in the page's language under its title, then
      // how many more (as a chart says its own data's problems).
      element = message(title ?? 'Chart', problems, t.cantDraw, t.locale);
    } else if (problem || !Chart) {
      element = message(title ?? 'Chart', problem ?? '', t.cantDraw, t.locale);
    } else {
      // SourceList takes a list of datasets; every other chart takes one.
      element = createElement(Chart, kind.form === 'sources' ? { ...props, data: [data] } : props);
    }
    return createElement(
      MessagesProvider,
      { catalogs },
      createElement(Boundary, { title: title ?? 'Chart' }, element),
    );
  }
}

/** The props each form of chart takes (see CHART_KIND_INFO); a kind's own options come on top. */
const FORM_PROPS = {
  plot: [
    'data',
    'title',
    'subtitle',
    'description',
    'headingLevel',
    'locale',
    'theme',
    'figures',
    'height',
    'printTable',
    'downloads',
    'embedCode',
    'notes',
  ],
  legislation: ['data', 'title', 'subtitle', 'headingLevel', 'locale', 'theme'],
  sources: ['data', 'title', 'headingLevel', 'theme'],
  stat: ['data', 'title', 'subtitle', 'locale', 'theme', 'figures'],
} as const;

/** `value` when it is one of `choices`, else undefined (the chart's default). */
function oneOf<T extends string>(value: string | null, choices: readonly T[]): T | undefined {
  const trimmed = value?.trim().toLowerCase();
  return (choices as readonly (string | undefined)[]).includes(trimmed) ? (trimmed as T) : undefined;
}

/**
 * A boolean attribute (`print-table`, `show-share`, `hide-ranking`, …): on when present, whatever its value but
 * `false` (`hide-ranking="false"`, which Preact writes for `hide-ranking={false}`), which is read as absent.
 */
function flagOf(value: string | null): boolean {
  return value !== null && value.trim().toLowerCase() !== 'false';
}

/**
 * The `heading-level` attribute: the title's heading level as a number (`3` for an `<h3>`), as the React prop
 * writes it (`h3`), or `p` for a paragraph; else undefined (the chart's default).
 */
function headingLevelOf(value: string | null): (typeof HEADING_LEVELS)[number] | undefined {
  const level = value?.trim().toLowerCase() ?? null;
  return oneOf(level && /^\d$/.test(level) ? `h${level}` : level, HEADING_LEVELS);
}

/** The `row` attribute: a whole number from 0, else undefined (the chart's default row). */
function rowOf(value: string | null): number | undefined {
  return value !== null && /^\s*\d{1,9}\s*$/.test(value) ? Number(value) : undefined;
}

/**
 * A list attribute (`notes`): items separated by `|` (`notes="First note | Second note"`), or a JSON array of
 * text, with `more` after them; undefined when it holds none.
 */
function listOf(value: string | null, more: readonly string[] = []): string[] | undefined {
  const items = [...(jsonArray(value) ?? value?.split('|') ?? []), ...more]
    .filter((item): item is string => typeof item === 'string')
    .map((item) => item.trim())
    .filter(Boolean);
  return items.length ? items : undefined;
}

/**
 * The `annotations` attribute: `period: text` pairs separated by `|` (`annotations="H1 2025: Amazon's 380,000"`),
 * the period as the data writes it, or a JSON array of `{ "period", "text", "note" }`. What is not one is left out;
 * the timeline leaves out annotations of periods it has not.
 */
function annotationsOf(value: string | null): { period: string; text: string; note?: string }[] | undefined {
  const json = jsonArray(value);
  const list = json
    ? json.flatMap((item) => {
        const { period, text, note } = (item ?? {}) as Record<string, unknown>;
        return typeof period === 'string' && typeof text === 'string'
          ? [{ period: period.trim(), text, ...(typeof note === 'string' ? { note } : {}) }]
          : [];
      })
    : (value?.split('|') ?? []).flatMap((pair) => {
        const at = pair.indexOf(':');
        const period = pair.slice(0, Math.max(at, 0)).trim();
        const text = pair.slice(at + 1).trim();
        return at > 0 && period && text ? [{ period, text }] : [];
      });
  return list.length ? list : undefined;
}

/** An attribute's JSON array (a value that starts with `[`), or undefined when it is not one. */
function jsonArray(value: string | null): unknown[] | undefined {
  if (!value?.trim().startsWith('[')) return undefined;
  try {
    const parsed: unknown = JSON.parse(value);
    return Array.isArray(parsed) ? parsed : undefined;
  } catch {
    return undefined;
  }
}

/** A dataset's own title, when it is text: JSON from a page may hold anything there. */
function titleOf(data: unknown): string | undefined {
  try {
    const title = (data as { title?: unknown } | null)?.title;
    return typeof title === 'string' ? title : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The last line of defence: should a chart ever throw while drawing, the page shows the message in its place
 * instead of an empty element (the charts validate their data and bound their props, so this should not run).
 */
class Boundary extends Component<{ title: string; children?: ReactNode }, { failed: boolean }> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): ReactNode {
    return this.state.failed
      ? message(this.props.title, 'This chart can’t be drawn: its data or attributes have a problem.')
      : this.props.children;
  }
}

/** A message in the chart's place, as accessible as the charts' own. */
/**
 * The `downloads` attribute: absent for every download, `none` for none, or the kinds to offer
 * (`downloads="csv svg"`).
 */
function downloadsOf(value: string | null): boolean | string[] | undefined {
  if (value === null) return undefined;
  const kinds = value
    .toLowerCase()
    .split(/[\s,]+/)
    .filter(Boolean);
  return kinds.includes('none') || kinds.includes('false') ? false : kinds;
}

/**
 * What stands in a chart's place: its title, then what is wrong (after `lead`, when given, in `lang`): one text,
 * or a list of them.
 */
function message(
  title: string,
  text: string | readonly string[],
  lead?: string,
  lang?: string,
): ReactElement {
  return createElement(
    'figure',
    { className: 'sg-root sg-chart', 'data-sg-theme': 'auto', lang },
    createElement('p', { className: 'sg-chart__title' }, title),
    createElement(
      'div',
      { className: 'sg-chart__problem', role: 'note' },
      lead ? createElement('p', null, lead) : null,
      typeof text === 'string'
        ? createElement('p', null, text)
        : createElement(
            'ul',
            null,
            text.map((item, index) => createElement('li', { key: `${index}` }, item)),
          ),
    ),
  );
}

if (typeof customElements !== 'undefined' && !customElements.get(TAG)) {
  customElements.define(TAG, SafeguardChartElement);
}
