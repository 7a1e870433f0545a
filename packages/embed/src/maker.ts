/*
 * The chart maker (dist/maker.html): a person pastes a spreadsheet, sees how it was read, picks a chart that fits,
 * describes it, and takes the embed code or an iframe page. Everything happens in this page: the figures are read
 * by the embed's own spreadsheet reader and drawn by `<safeguard-chart>` (given them through `ownFigures`); the page
 * fetches only files of its own folder and sends the figures nowhere. A draft is kept in `localStorage` only when
 * the person switches that on.
 *
 * The element comes from the loader, which maker.html loads before this script (an import here would move the
 * loader into a shared chunk and change the address its embed code gives).
 */
import { CHART_KIND_INFO } from '@safeguard-charts/react/options';
import attributes from './attributes.json';
import { MAKER_WORDS, makerWordsFor } from './maker-words';
import { embedCodeOf, figuresElement, type OwnFigures } from './own-figures';

/** The maker's words, in the browser's language where the maker has it. */
const { language, words: w } = makerWordsFor(navigator.languages ?? [navigator.language]);
const plural = new Intl.PluralRules(language);
const count = new Intl.NumberFormat(language);

/** A choice attribute's values, from src/attributes.json (the one list of the element's attributes). */
const valuesOf = (name: string): string[] =>
  attributes.attributes.find((a: { name: string }) => a.name === name)?.values ?? [];

/** The charts a spreadsheet can feed (those CHART_KIND_INFO gives a CSV shape), each with the shape it reads. */
const KINDS = Object.entries(CHART_KIND_INFO).flatMap(([kind, info]) =>
  info.csvShape ? [{ kind, shape: info.csvShape }] : [],
);

/**
 * The charts' languages: the maker's own, which are the chart catalogue's eleven (a test holds them equal,
 * tests/react/maker-screen-reader.test.ts).
 */
const LOCALES = Object.keys(MAKER_WORDS);

/** Everything the person chooses, which a draft and an embed code keep. */
interface State {
  figures: string;
  chart: string;
  title: string;
  subtitle: string;
  unit: string;
  source: string;
  sourceTitle: string;
  notes: string;
  locale: string;
  theme: string;
  region: string;
  height: string;
  /** Each figure's check, by its row's name (see ./csv's `rowKeyOf`): what it found, the publisher's figure, a note. */
  checks: Record<string, { status: string; value: string; note: string }>;
}

const DRAFT = 'safeguard-charts:maker-draft';

/** The state's text, each a control of the form. */
type TextKey = Exclude<keyof State, 'checks'>;

/** The text fields, in the order they are shown: each a key of State and its label (and hint) in the words. */
const TEXT_FIELDS: readonly { key: TextKey; label: string; hint?: string; lines?: number }[] = [
  { key: 'title', label: w.title },
  { key: 'subtitle', label: w.subtitle },
  { key: 'unit', label: w.unit, hint: w.unitHint },
  { key: 'source', label: w.source },
  { key: 'sourceTitle', label: w.sourceTitle },
  { key: 'notes', label: w.notes, hint: w.notesHint, lines: 3 },
];

const initial: State = {
  figures: '',
  chart: 'ncmec-timeline',
  title: '',
  subtitle: '',
  unit: '',
  source: '',
  sourceTitle: '',
  notes: '',
  locale: LOCALES.find((l) => l === language) ?? 'en',
  theme: 'auto',
  region: 'world',
  height: '',
  checks: {},
};

let state: State = { ...initial, ...readDraft() };

/** A draft kept in this browser, when the person asked for one. */
function readDraft(): Partial<State> {
  try {
    const kept = localStorage.getItem(DRAFT);
    return kept ? (JSON.parse(kept) as Partial<State>) : {};
  } catch {
    return {};
  }
}

// ——— The page, built once ———

let ids = 0;
/** An element with text, its attributes given. */
function make<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props)) element.setAttribute(name, value);
  element.append(...children);
  return element;
}

/** A labelled control with its hint (described by it), in a field of the form. */
function field(label: string, control: HTMLElement, hint?: string): HTMLElement {
  const id = `sg-maker-${++ids}`;
  control.id = id;
  const wrapper = make('div', { class: 'sg-maker__field' }, make('label', { for: id }, label));
  if (hint) {
    const hintId = `${id}-hint`;
    control.setAttribute('aria-describedby', hintId);
    wrapper.append(make('p', { id: hintId, class: 'sg-maker__hint' }, hint));
  }
  wrapper.append(control);
  return wrapper;
}

/** A `<select>` of `options` (value, words), with `value` chosen. */
function select(options: readonly (readonly [string, string])[], value: string): HTMLSelectElement {
  const control = make('select');
  for (const [optionValue, text] of options) control.append(make('option', { value: optionValue }, text));
  control.value = value;
  return control;
}

document.documentElement.lang = language;
// Arabic reads right to left: the form, its labels and its order too.
document.documentElement.dir = ['ar', 'fa', 'he', 'ur'].includes(language) ? 'rtl' : 'ltr';
document.title = `${w.heading} · Safeguard Charts`;
const main = make('main', { class: 'sg-maker' });
document.body.append(main);

const figuresInput = make('textarea', { rows: '8', spellcheck: 'false', autocomplete: 'off' });
figuresInput.value = state.figures;
const fileInput = make('input', {
  type: 'file',
  accept: '.csv,.tsv,.txt,text/csv,text/tab-separated-values',
});
const chartSelect = select(
  KINDS.map(({ kind }) => [kind, w.kinds[kind] ?? kind]),
  state.chart,
);
const readOut = make('div', { class: 'sg-maker__read' }, make('p', {}, w.empty));
/** The figures read, each with its check: rebuilt only when the rows change, so typing in it keeps the focus. */
const checksOut = make('div', { class: 'sg-maker__checks' });
let checksFor = '';
/** The first rows the checks' table lists. */
const CHECK_ROWS = 60;
const textInputs = new Map<TextKey, HTMLInputElement | HTMLTextAreaElement>();
for (const { key, lines } of TEXT_FIELDS) {
  const input = lines ? make('textarea', { rows: String(lines) }) : make('input', { type: 'text' });
  input.value = state[key];
  textInputs.set(key, input);
}
const names = new Intl.DisplayNames([language], { type: 'language' });
const localeSelect = select(
  LOCALES.map((l) => [l, names.of(l) ?? l]),
  state.locale,
);
const themeSelect = select(
  valuesOf('theme').map((t) => [t, w.themes[t as keyof typeof w.themes] ?? t]),
  state.theme,
);
const regionSelect = select(
  valuesOf('region').map((r) => [r, w.regions[r as keyof typeof w.regions] ?? r]),
  state.region,
);
const regionField = field(w.region, regionSelect);
// The map's area, only for the map (also before the first figures are read).
regionField.hidden = state.chart !== 'hosting-map';
const heightInput = make('input', {
  type: 'number',
  min: '120',
  max: '1200',
  step: '10',
  inputmode: 'numeric',
});
heightInput.value = state.height;
const draftSwitch = make('input', { type: 'checkbox', 'aria-describedby': 'sg-maker-draft-hint' });
draftSwitch.checked = Object.keys(readDraft()).length > 0;

const describe = make(
  'fieldset',
  { class: 'sg-maker__describe' },
  make('legend', {}, w.describe),
  field(w.chart, chartSelect, w.chartHint),
  ...TEXT_FIELDS.map(({ key, label, hint }) => field(label, textInputs.get(key) as HTMLElement, hint)),
  field(w.language, localeSelect),
  field(w.theme, themeSelect),
  regionField,
  field(w.height, heightInput, w.heightHint),
);

/** The two previews: the chart at a wide page's width and at a phone's. */
const previews = [
  { label: w.desktop, width: 640 },
  { label: w.phone, width: 320 },
].map(({ label, width }) => {
  const chart = document.createElement('safeguard-chart');
  const frame = make('div', { class: `sg-maker__frame sg-maker__frame--${width}` });
  return { chart, frame, section: make('section', { 'aria-label': label }, make('h3', {}, label), frame) };
});

const status = make('p', { class: 'sg-maker__status', role: 'status' });

const embedOutput = make('textarea', { rows: '6', readonly: '', spellcheck: 'false' });
const iframeOutput = make('textarea', { rows: '3', readonly: '', spellcheck: 'false' });
const copyStatus = make('p', { class: 'sg-maker__status', role: 'status' });
// Two Copy buttons, each named for what it copies (its visible word first, for voice control).
const copyButton = make('button', { type: 'button', 'aria-label': `${w.copy}: ${w.embedCode}` }, w.copy);
const copyIframeButton = make(
  'button',
  { type: 'button', 'aria-label': `${w.copy}: ${w.iframeCode}` },
  w.copy,
);
const downloadButton = make('button', { type: 'button' }, w.download);

const restoreInput = make('textarea', { rows: '3', spellcheck: 'false' });
const restoreFile = make('input', { type: 'file', accept: '.html,.htm,text/html' });
const restoreButton = make('button', { type: 'button' }, w.restoreButton);
const restoreStatus = make('p', { class: 'sg-maker__status', role: 'status' });

main.append(
  make('h1', {}, w.heading),
  make('p', { class: 'sg-maker__intro' }, w.intro),
  make(
    'div',
    { class: 'sg-maker__columns' },
    make(
      'div',
      { class: 'sg-maker__form' },
      make(
        'fieldset',
        {},
        make('legend', {}, w.figures),
        field(w.paste, figuresInput, w.figuresHint),
        field(w.file, fileInput),
        make('h2', { class: 'sg-maker__subheading' }, w.read),
        readOut,
        checksOut,
      ),
      describe,
    ),
    make(
      'div',
      { class: 'sg-maker__output' },
      make('h2', {}, w.preview),
      status,
      make('div', { class: 'sg-maker__previews' }, ...previews.map((p) => p.section)),
      make('p', { class: 'sg-maker__hint' }, w.images),
      make('h2', {}, w.publish),
      field(w.embedCode, embedOutput, w.embedHint),
      copyButton,
      make('h3', {}, w.iframePage),
      make('p', { class: 'sg-maker__hint' }, w.iframeHint),
      downloadButton,
      field(w.iframeCode, iframeOutput),
      copyIframeButton,
      copyStatus,
      make('h2', {}, w.restore),
      field(w.restore, restoreInput, w.restoreHint),
      restoreButton,
      field(w.restoreFile, restoreFile),
      restoreStatus,
      make(
        'div',
        { class: 'sg-maker__field sg-maker__field--check' },
        make('label', {}, draftSwitch, ` ${w.draft}`),
        make('p', { class: 'sg-maker__hint', id: 'sg-maker-draft-hint' }, w.draftHint),
      ),
    ),
  ),
);

// ——— Reading, drawing, writing ———

/** The loader beside this script, which the embed code names. */
const loader = new URL('./safeguard-charts.js', import.meta.url).href;
const frameScript = new URL('./frame.js', import.meta.url).href;

/** The spreadsheet reader (the embed's own file), fetched the first time figures are pasted. */
let reader: Promise<typeof import('./csv')> | undefined;

/** The figures as the element takes them, with their checks (`data-checks`) when the person gave any. */
const figuresOf = (s: State): OwnFigures => {
  const checks = checksOf(s);
  return {
    type: 'text/csv',
    text: s.figures,
    ...(s.unit.trim() ? { unit: s.unit.trim() } : {}),
    ...(s.source.trim() ? { source: s.source.trim(), sourceTitle: s.sourceTitle.trim() } : {}),
    ...(checks ? { checks } : {}),
  };
};

/** The checks as `data-checks` writes them (JSON), or undefined when no figure has one. */
function checksOf(s: State): string | undefined {
  const written: Record<string, { status: string; note: string; value?: number | string }> = {};
  for (const [key, check] of Object.entries(s.checks)) {
    if (!Object.hasOwn(w.statuses, check.status)) continue;
    const value = figureOf(check.value);
    written[key] = {
      status: check.status,
      note: check.note.trim() || w.defaultNotes[check.status as keyof typeof w.defaultNotes],
      ...(value === undefined ? {} : { value }),
    };
  }
  return Object.keys(written).length ? JSON.stringify(written) : undefined;
}

/**
 * A publisher's figure as the person typed it, read as the spreadsheet's own cells are (its decimal mark, any
 * grouping): undefined when empty; the text itself when it is no number, so that the chart names the row and field
 * and quotes it (NaN would become JSON's null, which reads as no figure).
 */
function figureOf(text: string): number | string | undefined {
  if (!text.trim()) return undefined;
  return readCell?.(text, decimalMark) ?? text.trim();
}

/** The spreadsheet reader's number reading, and the decimal mark of the file last read. */
let readCell: ((cell: string, decimal: '.' | ',') => number | undefined) | undefined;
let decimalMark: '.' | ',' = '.';

/** The element's attributes for `s`, in the order an embed code writes them. */
function attributesOf(s: State): [string, string][] {
  const list: [string, string][] = [
    ['chart', s.chart],
    ['locale', s.locale],
    ['theme', s.theme],
  ];
  if (s.title.trim()) list.push(['title', s.title.trim()]);
  if (s.subtitle.trim()) list.push(['subtitle', s.subtitle.trim()]);
  const notes = s.notes
    .split('\n')
    .map((note) => note.trim())
    .filter(Boolean);
  if (notes.length)
    list.push(['notes', notes.some((n) => n.includes('|')) ? JSON.stringify(notes) : notes.join(' | ')]);
  if (s.chart === 'hosting-map') list.push(['region', s.region]);
  if (/^\d+$/.test(s.height.trim())) list.push(['height', s.height.trim()]);
  return list;
}

/** The iframe page file: the chart, its figures, the loader and the height script, from this folder. */
function iframePage(s: State): string {
  const title = s.title.trim() || w.kinds[s.chart] || s.chart;
  const escaped = title.replace(/&/g, '&amp;').replace(/</g, '&lt;');
  const code = embedCodeOf(loader, attributesOf(s), figuresElement(figuresOf(s)));
  return `<!doctype html>
<html lang="${s.locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escaped}</title>
<script type="module" src="${frameScript}"></script>
</head>
<body>
${code}
</body>
</html>
`;
}

let kept = false;
/**
 * Every lazily loaded module of the charts with its files, relative to this folder: the loader's table, which the
 * build (scripts/preload.mjs) writes in place of this JSON's text too.
 */
const CHUNKS: Record<string, string[]> = JSON.parse('{"__sg_maker_chunks__":[]}');

/**
 * Once figures are pasted: asks for the files of every chart kind and language the maker offers, so that what the
 * person chooses next draws offline too. Only files of this folder; the package's own datasets are left out.
 */
function keepForOffline(): void {
  if (kept) return;
  kept = true;
  for (const [key, files] of Object.entries(CHUNKS))
    if (!/^(datasets|words)\//.test(key))
      for (const file of files)
        document.head.append(make('link', { rel: 'modulepreload', href: new URL(file, loader).href }));
}

let version = 0;
/** Reads the figures, offers the charts that fit, redraws both previews and rewrites the codes. */
async function update(): Promise<void> {
  const mine = ++version;
  const s = state;
  if (draftSwitch.checked) {
    try {
      localStorage.setItem(DRAFT, JSON.stringify(s));
    } catch {
      // Storage refused (private mode, a full disk): the draft is not kept, nothing else changes.
    }
  }
  regionField.hidden = s.chart !== 'hosting-map';
  if (!s.figures.trim()) {
    readOut.replaceChildren(make('p', {}, w.empty));
    embedOutput.value = '';
    iframeOutput.value = '';
    // A chart without figures would say so: the previews wait for the first figures, out of the page.
    for (const { chart } of previews) chart.remove();
    status.textContent = '';
    return;
  }
  keepForOffline();
  reader ??= import('./csv');
  const { parseCsvDataset, parseCsvNumber, rowKeyOf } = await reader;
  readCell = parseCsvNumber;
  if (mine !== version) return;
  // Which charts can draw these figures: each shape read once.
  const byShape = new Map<string, ReturnType<typeof parseCsvDataset>>();
  for (const { shape } of KINDS)
    if (!byShape.has(shape)) byShape.set(shape, parseCsvDataset(s.figures, { shape, locale: s.locale }));
  for (const option of chartSelect.options) {
    const fits = byShape.get(KINDS.find((k) => k.kind === option.value)?.shape ?? '')?.ok === true;
    option.textContent = fits
      ? (w.kinds[option.value] ?? option.value)
      : `${w.kinds[option.value] ?? option.value} (${w.notFitting})`;
  }
  const result = byShape.get(KINDS.find((k) => k.kind === s.chart)?.shape ?? 'series');
  const kindName = w.kinds[s.chart] ?? s.chart;
  if (result?.ok) decimalMark = result.read.decimal === ',' ? ',' : '.';
  if (result?.ok)
    showChecks(result.data as unknown as { rows: readonly Record<string, unknown>[] }, s, rowKeyOf);
  else {
    checksOut.replaceChildren();
    checksFor = '';
  }
  if (result?.ok) {
    const rows = (result.data as { rows?: readonly unknown[] }).rows?.length ?? 0;
    const { read } = result;
    readOut.replaceChildren(
      make('p', {}, w.rows(count.format(rows), plural.select(rows), kindName)),
      make(
        'ul',
        {},
        make('li', {}, `${read.keyColumn}${w.colon}${w.keyColumn}`),
        make('li', {}, `${read.valueColumn}${w.colon}${w.valueColumn}`),
        ...read.otherValueColumns.map((column) => make('li', {}, `${column}${w.colon}${w.otherColumns}`)),
      ),
    );
    status.textContent = w.rows(count.format(rows), plural.select(rows), kindName);
  } else {
    const problems = result?.problems.length ?? 0;
    const none = [...byShape.values()].every((r) => !r.ok);
    readOut.replaceChildren(
      make('p', {}, none ? w.noChart : w.problems(count.format(problems), plural.select(problems))),
    );
    status.textContent = none ? w.noChart : w.problems(count.format(problems), plural.select(problems));
  }
  const attributes = attributesOf(s);
  const figures = figuresOf(s);
  for (const { chart, frame } of previews) {
    // Each change draws the chart again (reading its figures anew): only what changed is set, so a keystroke in
    // the title redraws each preview once. The figures first: never drawn with new attributes and old figures.
    const element = chart as HTMLElement & { ownFigures?: OwnFigures };
    if (JSON.stringify(element.ownFigures) !== JSON.stringify(figures)) element.ownFigures = figures;
    for (const [name, value] of attributes)
      if (chart.getAttribute(name) !== value) chart.setAttribute(name, value);
    for (const name of ['title', 'subtitle', 'notes', 'region', 'height'])
      if (!attributes.some(([n]) => n === name)) chart.removeAttribute(name);
    if (!chart.isConnected) frame.append(chart);
  }
  embedOutput.value = embedCodeOf(loader, attributesOf(s), figuresElement(figuresOf(s)));
  iframeOutput.value = `<iframe data-safeguard-chart title="${(s.title.trim() || kindName).replace(/&/g, '&amp;').replace(/"/g, '&quot;')}" src="my-chart.html" width="100%" height="${/^\d+$/.test(s.height.trim()) ? Number(s.height) + 160 : 480}" style="border:0"></iframe>`;
}

/**
 * The figures read, one row each (the first CHECK_ROWS), with a check each: what it found, the publisher's own
 * figure, a note. Rebuilt only when the rows' names change.
 */
function showChecks(
  data: { rows: readonly Record<string, unknown>[] },
  s: State,
  keyOf: (row: Readonly<Record<string, unknown>>) => string,
): void {
  const keys = data.rows.map(keyOf);
  const number = new Intl.NumberFormat(s.locale);
  if (checksFor === `${s.locale}|${keys.join('\n')}`) return;
  checksFor = `${s.locale}|${keys.join('\n')}`;
  const head = make(
    'tr',
    {},
    ...['', w.figures, w.check, w.publisherFigure, w.checkNote].map((text) =>
      make('th', { scope: 'col' }, text),
    ),
  );
  const body = make('tbody');
  data.rows.slice(0, CHECK_ROWS).forEach((row, i) => {
    const key = keys[i] ?? '';
    const check = s.checks[key] ?? { status: '', value: '', note: '' };
    const status = select(
      [['', w.checkNone], ...Object.entries(w.statuses)] as [string, string][],
      check.status,
    );
    const value = make('input', { type: 'text', inputmode: 'decimal', size: '8' });
    value.value = check.value;
    const note = make('input', { type: 'text' });
    note.value = check.note;
    for (const [control, part, label] of [
      [status, 'status', w.check],
      [value, 'value', w.publisherFigure],
      [note, 'note', w.checkNote],
    ] as const) {
      control.dataset.checkKey = key;
      control.dataset.checkPart = part;
      control.setAttribute('aria-label', `${label}: ${key}`);
    }
    const figure = Number(row.value ?? row.percent);
    body.append(
      make(
        'tr',
        {},
        make('th', { scope: 'row' }, key),
        make('td', {}, Number.isFinite(figure) ? number.format(figure) : ''),
        make('td', {}, status),
        make('td', {}, value),
        make('td', {}, note),
      ),
    );
  });
  const region = make(
    'div',
    { class: 'sg-maker__table', role: 'region', 'aria-label': w.checksHeading, tabindex: '0' },
    make('table', {}, make('thead', {}, head), body),
  );
  checksOut.replaceChildren(
    make('h3', {}, w.checksHeading),
    make('p', { class: 'sg-maker__hint' }, w.checksHint),
    region,
    ...(data.rows.length > CHECK_ROWS
      ? [
          make(
            'p',
            { class: 'sg-maker__hint' },
            w.moreRows(new Intl.NumberFormat(language).format(CHECK_ROWS)),
          ),
        ]
      : []),
  );
}

/** A check's control changed: its part of the state, then a redraw. */
function fromCheck(control: HTMLInputElement | HTMLSelectElement): void {
  const key = control.dataset.checkKey ?? '';
  const part = control.dataset.checkPart as 'status' | 'value' | 'note';
  const check = { ...(state.checks[key] ?? { status: '', value: '', note: '' }), [part]: control.value };
  state = { ...state, checks: { ...state.checks, [key]: check } };
  void update();
}

/** Takes the form's values into the state and redraws. */
function fromForm(): void {
  const next: State = {
    ...state,
    // A file's byte order mark (Excel's UTF-8 CSV) is no part of the figures: the embed code stays clean.
    figures: figuresInput.value.replace(/^\uFEFF/, ''),
    chart: chartSelect.value,
    locale: localeSelect.value,
    theme: themeSelect.value,
    region: regionSelect.value,
    height: heightInput.value,
  };
  for (const [key, input] of textInputs) next[key] = input.value;
  state = next;
  void update();
}

/** Puts `s` into the form and redraws. */
function toForm(s: State): void {
  state = s;
  figuresInput.value = s.figures;
  chartSelect.value = s.chart;
  localeSelect.value = s.locale;
  themeSelect.value = s.theme;
  regionSelect.value = s.region;
  heightInput.value = s.height;
  for (const [key, input] of textInputs) input.value = s[key];
  void update();
}

main.addEventListener('input', (event) => {
  const target = event.target;
  if ((target instanceof HTMLInputElement || target instanceof HTMLSelectElement) && target.dataset.checkKey)
    fromCheck(target);
  else if (target !== restoreInput && target !== draftSwitch) fromForm();
});
main.addEventListener('change', (event) => {
  const target = event.target;
  if (target instanceof HTMLSelectElement && target.dataset.checkKey) fromCheck(target);
  else if (target instanceof HTMLSelectElement) fromForm();
});

fileInput.addEventListener('change', async () => {
  const file = fileInput.files?.[0];
  if (!file) return;
  reader ??= import('./csv');
  const { decodeSpreadsheet } = await reader;
  figuresInput.value = decodeSpreadsheet(new Uint8Array(await file.arrayBuffer()));
  fromForm();
});

draftSwitch.addEventListener('change', () => {
  try {
    if (draftSwitch.checked) localStorage.setItem(DRAFT, JSON.stringify(state));
    else localStorage.removeItem(DRAFT);
  } catch {
    // Storage refused: nothing is kept.
  }
});

/** Copies a code to the clipboard, or selects it for the person to copy where the page may not. */
async function copy(from: HTMLTextAreaElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(from.value);
    copyStatus.textContent = w.copied;
  } catch {
    from.focus();
    from.select();
    copyStatus.textContent = w.copyFailed;
  }
}
copyButton.addEventListener('click', () => void copy(embedOutput));
copyIframeButton.addEventListener('click', () => void copy(iframeOutput));

downloadButton.addEventListener('click', () => {
  const url = URL.createObjectURL(new Blob([iframePage(state)], { type: 'text/html' }));
  const link = make('a', { href: url, download: 'my-chart.html' });
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
});

/** The chart of an embed code or iframe page this maker made (or anyone wrote), as a state; undefined if none. */
export function stateOfCode(html: string): State | undefined {
  const element = /<safeguard-chart\b([^>]*)>([\s\S]*?)<\/safeguard-chart>/i.exec(html);
  if (!element) return undefined;
  const attrs = attributesIn(element[1] ?? '');
  const csv = /<script\b([^>]*\btype\s*=\s*["']?text\/csv["']?[^>]*)>([\s\S]*?)<\/script>/i.exec(
    element[2] ?? '',
  );
  const own = attributesIn(csv?.[1] ?? '');
  const notes = attrs.get('notes') ?? '';
  let noteLines: string[];
  try {
    noteLines = notes.trim().startsWith('[') ? (JSON.parse(notes) as string[]) : notes.split('|');
  } catch {
    noteLines = notes.split('|');
  }
  return {
    ...initial,
    figures: (csv?.[2] ?? '').replace(/<\\\/(script)/gi, '</$1').replace(/^\n+/, ''),
    chart: attrs.get('chart') ?? initial.chart,
    title: attrs.get('title') ?? '',
    subtitle: attrs.get('subtitle') ?? '',
    unit: own.get('data-unit') ?? '',
    source: own.get('data-source') ?? '',
    sourceTitle: own.get('data-source-title') ?? '',
    notes: noteLines
      .map((n) => n.trim())
      .filter(Boolean)
      .join('\n'),
    locale: attrs.get('locale') ?? initial.locale,
    theme: attrs.get('theme') ?? initial.theme,
    region: attrs.get('region') ?? initial.region,
    height: attrs.get('height') ?? '',
    checks: checksIn(own.get('data-checks')),
  };
}

/** The checks of a `data-checks` attribute, as the form holds them. */
function checksIn(text: string | undefined): State['checks'] {
  const checks: State['checks'] = {};
  try {
    const read = JSON.parse(text ?? '{}') as Record<
      string,
      { status?: unknown; note?: unknown; value?: unknown }
    >;
    for (const [key, check] of Object.entries(read ?? {}))
      checks[key] = {
        status: typeof check?.status === 'string' ? check.status : '',
        value: typeof check?.value === 'number' ? String(check.value) : '',
        note: typeof check?.note === 'string' ? check.note : '',
      };
  } catch {
    // Not JSON: the chart comes back without its checks.
  }
  return checks;
}

/** The attributes of a start tag's text (`chart="surge" title="A &amp; B" print-table`), unescaped. */
function attributesIn(text: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const m of text.matchAll(/([^\s"'=<>/]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const raw = m[2] ?? m[3] ?? m[4] ?? '';
    found.set(
      (m[1] ?? '').toLowerCase(),
      raw
        .replace(/&quot;/g, '"')
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&amp;/g, '&'),
    );
  }
  return found;
}

function restoreFrom(html: string): void {
  const restored = stateOfCode(html);
  if (restored) toForm(restored);
  restoreStatus.textContent = restored ? w.restored : w.notRestored;
}
restoreButton.addEventListener('click', () => restoreFrom(restoreInput.value));
restoreFile.addEventListener('change', async () => {
  const file = restoreFile.files?.[0];
  if (file) restoreFrom(await file.text());
});

// The element's `ownFigures` is its class's: set only once the loader has defined it.
customElements.whenDefined('safeguard-chart').then(() => update());
