/*
 * A page's own figures, however they are given (a `<script type="text/csv">` or `application/json` child, or the
 * element's `ownFigures` property), and the embed code that carries them: one builder for the element's "Copy embed
 * code" button and the chart maker.
 */

/**
 * Figures given to the element by script (its `ownFigures` property) rather than in a child: what a
 * `<script type="text/csv">` or `<script type="application/json">` child would hold, and its `data-` attributes
 * by their names in camel case. A page under Trusted Types can give these, where writing a script's text is
 * refused.
 */
export interface OwnFigures {
  /** `text/csv` (a spreadsheet as Excel, LibreOffice or Google Sheets saves it) or `application/json`. */
  type: 'text/csv' | 'application/json';
  /** The CSV or JSON text. */
  text: string;
  /** A CSV's unit (`data-unit`), publisher (`data-source`), document (`data-source-title`) and title. */
  unit?: string;
  source?: string;
  sourceTitle?: string;
  title?: string;
  /** The CSV column to draw, by its header or its number from 1 (`data-value-column`). */
  valueColumn?: string;
  /**
   * What checks of the CSV's figures against their publishers found (`data-checks`): JSON, each row's name (its
   * period as the chart shows it, provider, country code or label) to `{ "status", "note", "value" }`.
   */
  checks?: string;
}

/** The `data-` attributes of a figures child, by the names `OwnFigures` gives them. */
const FIGURE_ATTRIBUTES = {
  unit: 'data-unit',
  source: 'data-source',
  sourceTitle: 'data-source-title',
  title: 'data-title',
  valueColumn: 'data-value-column',
  checks: 'data-checks',
} as const;

/**
 * What `ownFigures` gave, as a detached element that reads as a figures child does: not a `<script>`, whose text
 * would be a Trusted Types sink. It is never put in a page.
 */
export function figuresElement(given: OwnFigures): Element {
  const figures = document.createElement('div');
  figures.setAttribute('type', given.type === 'text/csv' ? 'text/csv' : 'application/json');
  for (const [key, name] of Object.entries(FIGURE_ATTRIBUTES)) {
    const value = given[key as keyof typeof FIGURE_ATTRIBUTES];
    if (typeof value === 'string') figures.setAttribute(name, value);
  }
  figures.textContent = String(given.text ?? '');
  return figures;
}

/** `value` between double quotes, as an attribute's value in HTML. */
const quoted = (value: string) => `"${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`;

/**
 * The HTML that puts a chart on another page: the loader at `loader`, and `<safeguard-chart>` with `attributes`
 * (but the page's own: id, class, style, event handlers, the element's `data-sg-` marks) and its `figures` as a
 * `<script type="text/csv">` or `application/json` child with its `data-` attributes, whose text cannot end the
 * script early.
 */
export function embedCodeOf(
  loader: string,
  attributes: Iterable<readonly [string, string]>,
  figures?: Element,
): string {
  const written = [...attributes]
    .filter(
      ([name]) =>
        name !== 'id' &&
        name !== 'class' &&
        name !== 'style' &&
        !name.startsWith('on') &&
        !name.startsWith('data-sg-'),
    )
    .map(([name, value]) => (value === '' ? name : `${name}=${quoted(value)}`))
    .join(' ');
  let inner = '';
  if (figures) {
    const own = [...figures.attributes].map(({ name, value }) => ` ${name}=${quoted(value)}`).join('');
    const text = (figures.textContent ?? '').replace(/<\/(script)/gi, '<\\/$1');
    inner = `\n  <script${own}>${text}</script>\n`;
  }
  return `<script type="module" async src=${quoted(loader)}></script>\n<safeguard-chart ${written}>${inner}</safeguard-chart>`;
}
