import './preact';
import { Component, createElement, type ReactElement, type ReactNode } from 'react';
import { createRoot, hydrateRoot, type Root } from 'react-dom/client';
import {
  chartFor,
  chartNames,
  loadDatasetWords,
  loadLanguage,
  loadProblemWords,
  problemWordsFor,
} from './charts';
import { datasetIds, datasetModule, loadDataset } from './datasets';
import { embedCodeOf, figuresElement, type OwnFigures } from './own-figures';
import { loaderUrl, modulesOf, preload } from './preload';
import {
  catalogFor,
  FigureHeader,
  figureProps,
  type Messages,
  MessagesProvider,
  ProblemBox,
  renderKey,
  type ThemeMode,
} from './react';
import { FORM_PROPS, OBSERVED_ATTRIBUTES, readAttributes } from './read-attributes';
import { stylesheet } from './styles';

/** The element's name: `<safeguard-chart chart="provider-bars" dataset="ncmecProviderReports">`. */
export const TAG = 'safeguard-chart';

export type { OwnFigures } from './own-figures';

function adopt(target: Document | ShadowRoot): void {
  const own = stylesheet();
  if (!target.adoptedStyleSheets.includes(own))
    target.adoptedStyleSheets = [...target.adoptedStyleSheets, own];
}

/**
 * `<safeguard-chart>`: draws one chart of the library.
 * Attributes: `chart` (provider-bars, surge, ncmec-timeline, hosting-map, severity, share, legislation, sources),
 * `dataset` (a dataset of @safeguard-charts/data by name), or your own figures in a
 * `<script type="text/csv" data-unit data-source data-source-title data-value-column data-checks>` child (as a
 * spreadsheet exports them; `data-value-column` names the column to draw, by its header or its number from 1;
 * `data-checks` what checks of its figures against their publishers found, see ./csv's `withChecks`) or
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
  // The attributes of src/attributes.json, which says how each is read (see scripts/attributes.mjs).
  static observedAttributes = OBSERVED_ATTRIBUTES;
  private root: Root | undefined;
  private version = 0;
  private mount: HTMLElement | undefined;
  /** The words of the last draw's language, for the message when a draw's code cannot be loaded. */
  private words: Messages | undefined;
  /**
   * The width the first draw lays the chart out at: the server's, for HTML that waits to be hydrated (so that it is
   * the same chart), else the container's, measured before the chart is in the page (so that the chart is not laid
   * out at a default width, measured, and laid out again). The next draw follows the container.
   */
  private firstWidth: number | undefined;
  private hydrating = false;
  /** Whether the element has drawn once (its first draw is at a known width). */
  private drawn = false;
  /** Set while the element waits for the parser to reach its end (see `parsing`). */
  private waiting = false;
  /** The figures a script gave (`ownFigures`). */
  private given: OwnFigures | undefined;

  /**
   * The page's own figures, given by script: drawn instead of a figures child or a `dataset`. Undefined to go back
   * to those. Set it again (a new object) to draw changed figures.
   */
  get ownFigures(): OwnFigures | undefined {
    return this.given;
  }

  set ownFigures(figures: OwnFigures | undefined) {
    this.given = figures;
    if (this.root) this.render();
  }

  /**
   * The figures to draw, if the page gives its own: `ownFigures` (as a detached element that reads as a figures
   * child does: not a <script>, whose text would be a Trusted Types sink), else a CSV or JSON child.
   */
  private own(): Element | undefined {
    return this.given
      ? figuresElement(this.given)
      : (this.querySelector('script[type="text/csv"], script[type="application/json"]') ?? undefined);
  }

  connectedCallback(): void {
    // `ownFigures` set before the element was defined (its loader is async) is the object's own property, which
    // hides the class's: taken in through the class's setter.
    if (Object.hasOwn(this, 'ownFigures')) {
      const figures = this.ownFigures;
      delete (this as { ownFigures?: OwnFigures }).ownFigures;
      this.ownFigures = figures;
    }
    if (this.parsing()) return;
    const prerendered = this.mount ? undefined : this.prerendered();
    if (prerendered && this.shadowRoot) {
      // HTML the CLI rendered (renderHtml): hydrated in place when it is still this element's chart.
      adopt(this.shadowRoot);
      this.mount = prerendered;
      const own = this.own();
      const key = renderKey(
        [...this.attributes].map(({ name, value }) => [name, value] as const),
        own?.textContent ?? '',
      );
      if (this.getAttribute('data-sg-rendered') === key && prerendered.firstElementChild) {
        this.hydrating = true;
        const width = Number(prerendered.querySelector('svg.sg-chart__svg')?.getAttribute('width'));
        this.firstWidth = width > 0 ? width : undefined;
      } else {
        console.warn(
          `<${TAG}>: its server-rendered HTML is not of its attributes and figures as they are now (edited after it was rendered?), so it is drawn anew. Render it again with the CLI's renderHtml to have it drawn before any script.`,
        );
        prerendered.replaceChildren();
        this.root = createRoot(prerendered);
      }
    } else if (!this.mount) {
      this.mount = document.createElement('div');
      // The element's `title` attribute is the chart's heading, not a tooltip: an empty title stops the browser
      // from showing it over every part of the chart.
      this.mount.setAttribute('title', '');
      if (this.hasAttribute('shadow')) {
        const shadow = this.shadowRoot ?? this.attachShadow({ mode: 'open' });
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

  /**
   * Whether the parser may still be adding this element's children: its figures (a CSV or JSON child) or its
   * server-rendered HTML. A loader with `async` runs as soon as it arrives, often while the page is being parsed:
   * an element the parser makes after that is connected before its children are. It then waits until a node
   * follows it in the page (the parser has passed its end tag) or the page is parsed, and connects only then.
   */
  private parsing(): boolean {
    if (document.readyState !== 'loading' || followed(this)) return false;
    if (this.waiting) return true;
    this.waiting = true;
    // Its code and language are asked for already: they are known from its attributes.
    preload(...modulesOf(this, this.own()));
    const go = () => {
      observer.disconnect();
      document.removeEventListener('DOMContentLoaded', go);
      if (!this.waiting) return;
      this.waiting = false;
      if (this.isConnected) this.connectedCallback();
    };
    const observer = new MutationObserver(() => {
      if (followed(this)) go();
    });
    observer.observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', go);
    return true;
  }

  /**
   * The chart's server-rendered HTML (the CLI's `renderHtml`): the figure's container in the element's declarative
   * shadow root. A browser without declarative shadow DOM leaves the root as a `<template>`: attached here.
   */
  private prerendered(): HTMLElement | undefined {
    let shadow = this.shadowRoot;
    const template = this.querySelector(':scope > template[shadowrootmode]');
    if (!shadow && template instanceof HTMLTemplateElement) {
      shadow = this.attachShadow({ mode: 'open' });
      shadow.append(template.content);
    }
    template?.remove();
    // A shadow root is no element: `:scope >` would match nothing in it.
    const mount = [...(shadow?.children ?? [])].find((child) => child.classList.contains('sg-prerendered'));
    return mount instanceof HTMLElement ? mount : undefined;
  }

  attributeChangedCallback(): void {
    if (this.root) this.render();
  }

  disconnectedCallback(): void {
    this.waiting = false;
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
    const own = this.own();
    const csv = own?.getAttribute('type') === 'text/csv' ? own : undefined;
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
    const script = own && !csv ? own : undefined;
    if (script) {
      try {
        return { data: JSON.parse(script.textContent ?? '') };
      } catch (error) {
        // The reader is told in their language what to check; the console, for the page's developer, says why.
        console.warn(
          `<${TAG}>: the JSON in <script type="application/json"> could not be read: ${(error as Error).message}`,
        );
        return { data: null, problem: t.figuresUnreadable };
      }
    }
    const name = this.getAttribute('dataset');
    const data = await loadDataset(name);
    if (data) return { data };
    // The package's ids are for the page's developer, in the console; the reader is told what to check.
    console.warn(
      `<${TAG}>: there is no dataset called "${name ?? ''}". Known: ${datasetIds.join(', ')}; or give your own figures in a <script type="text/csv"> or <script type="application/json"> child.`,
    );
    return { data: null, problem: t.figuresNotFound(name ?? '') };
  }

  /**
   * The HTML that puts this chart, as shown, on another page: this script and this element with its attributes
   * and its own figures (an inline CSV or JSON child), for the readers' "Copy embed code" button.
   */
  private embedCode(): string {
    return embedCodeOf(
      loaderUrl,
      [...this.attributes].map(({ name, value }) => [name, value] as const),
      this.own(),
    );
  }

  /** Draws the chart once its code, its language and its figures are here; a newer draw wins over an older. */
  private render(): void {
    const version = ++this.version;
    this.prepare()
      .catch(() => {
        // In the last draw's language where it was loaded; English only when the language's own file failed.
        const t = this.words ?? catalogFor('en');
        return message(
          this.getAttribute('title') ?? t.untitled,
          t.codeNotLoaded,
          undefined,
          t.locale,
          this.theme(),
        );
      })
      .then((element) => {
        if (version !== this.version || !this.mount) return;
        if (this.hydrating) {
          // The server's HTML becomes the chart: its nodes are kept, nothing moves.
          this.hydrating = false;
          this.root = hydrateRoot(this.mount, element);
          this.mount.classList.add('sg-hydrated');
          this.setAttribute('data-sg-hydrated', '');
        } else this.root?.render(element);
        if (!this.drawn) {
          this.drawn = true;
          // Drawn once more without the first draw's width, so that from now on it follows its container.
          if (this.firstWidth !== undefined) {
            this.firstWidth = undefined;
            this.render();
          }
        }
      });
  }

  /** The `theme` attribute when it is one the charts know, for a message drawn in a chart's place. */
  private theme(): ThemeMode {
    const theme = this.getAttribute('theme');
    return theme === 'light' || theme === 'dark' ? theme : 'auto';
  }

  private async prepare(): Promise<ReactElement> {
    const name = this.getAttribute('chart') ?? '';
    const kind = chartFor(name);
    const locale = this.getAttribute('locale') || document.documentElement.lang || 'en';
    // One of the package's datasets, by name (not the page's own figures): its words come in the reader's language.
    const own = this.own();
    const named = !own && datasetModule(this.getAttribute('dataset')) !== '';
    // Every file of the chart's code, its language and its figures is asked for at once (see ./preload).
    preload(...modulesOf(this, this.own()));
    // The chart's code, its language and the words of the package's figures are fetched side by side.
    const [Chart, catalog, datasetWords] = await Promise.all([
      kind?.load(),
      loadLanguage(locale),
      named ? loadDatasetWords(locale) : undefined,
      own ? loadProblemWords() : undefined,
    ]);
    const catalogs = catalog ? [datasetWords ? { ...catalog, datasetWords } : catalog] : [];
    const t = catalogFor(locale, catalogs);
    this.words = t;
    const { data, problem, problems, notes } = await this.data(t, locale);
    await problemWordsFor(kind, data, own !== undefined);
    // A source list is titled "Sources" unless the page says otherwise; a chart takes its dataset's title, in the
    // reader's language where the datasets' words have it.
    const title =
      this.getAttribute('title') ??
      (kind?.form === 'sources' ? undefined : inWords(titleOf(data), datasetWords));
    // Only what each chart takes (its form's props and its kind's options, as src/attributes.json says), and only
    // values it knows: nothing else reaches the chart's markup. The page's notes come before what the spreadsheet
    // reader did (a period with no figure, a total row left out).
    const form = kind?.form ?? 'plot';
    const takes = [...FORM_PROPS[form], ...(kind?.options ?? [])];
    const all = { ...readAttributes((name) => this.getAttribute(name) ?? undefined, notes), title };
    const props: Record<string, unknown> = Object.fromEntries(
      Object.entries(all).filter(([key]) => takes.includes(key)),
    );
    props.data = data;
    if (form === 'plot') props.embedCode = this.embedCode();
    if (form === 'plot' && !this.drawn) {
      // Measured before the chart is in the page: a small layout, and none forced once the chart is drawn.
      const width = this.firstWidth ?? Math.round(this.mount?.getBoundingClientRect().width ?? 0);
      if (width > 0) this.firstWidth = props.width = width;
    }
    let element: ReactElement;
    if (!kind) {
      console.warn(`<${TAG}>: there is no chart called "${name}". Known: ${chartNames.join(', ')}.`);
      element = message(title ?? t.untitled, t.chartNotFound(name), undefined, t.locale, this.theme());
    } else if (problems?.length) {
      // A page's spreadsheet with problems: the first five, said in the page's language under its title, then
      // how many more (as a chart says its own data's problems).
      element = message(title ?? t.untitled, problems, t.cantDraw, t.locale, this.theme());
    } else if (problem || !Chart) {
      element = message(title ?? t.untitled, problem ?? '', t.cantDraw, t.locale, this.theme());
    } else {
      // SourceList takes a list of datasets; every other chart takes one.
      element = createElement(Chart, kind.form === 'sources' ? { ...props, data: [data] } : props);
    }
    return createElement(
      MessagesProvider,
      { catalogs },
      createElement(
        Boundary,
        { title: title ?? t.untitled, text: t.cantDraw, lang: t.locale, theme: this.theme() },
        element,
      ),
    );
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

/** A text in the reader's language where `words` has it, else as it is. */
function inWords(
  text: string | undefined,
  words: Readonly<Record<string, string>> | undefined,
): string | undefined {
  return text !== undefined && words && Object.hasOwn(words, text) && words[text] ? words[text] : text;
}

/**
 * The last line of defence: should a chart ever throw while drawing, the page shows the message in its place
 * instead of an empty element (the charts validate their data and bound their props, so this should not run).
 */
class Boundary extends Component<
  { title: string; text: string; lang: string; theme: ThemeMode; children?: ReactNode },
  { failed: boolean }
> {
  override state = { failed: false };
  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }
  override render(): ReactNode {
    return this.state.failed
      ? message(this.props.title, this.props.text, undefined, this.props.lang, this.props.theme)
      : this.props.children;
  }
}

/**
 * What stands in a chart's place: its title, then what is wrong (after `lead`, when given, in `lang`): one text,
 * or a list of them (already cut to the first few, with how many more). The figure's own parts, as a chart's.
 */
function message(
  title: string,
  text: string | readonly string[],
  lead?: string,
  lang?: string,
  theme: ThemeMode = 'auto',
): ReactElement {
  return createElement(
    'figure',
    figureProps({ theme, locale: lang }),
    createElement(FigureHeader, { level: 'p', title }),
    createElement(ProblemBox, { lead, problems: text }),
  );
}

if (typeof customElements !== 'undefined' && !customElements.get(TAG)) {
  customElements.define(TAG, SafeguardChartElement);
}

/** Whether a node follows `node` in the document: the parser, which appends in order, has passed its end tag. */
function followed(node: Node): boolean {
  for (let at: Node | null = node; at && at !== document.documentElement; at = at.parentNode)
    if (at.nextSibling) return true;
  return false;
}
