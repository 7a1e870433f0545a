/*
 * The chart maker's own words (maker.html), by language. English and German so far; a browser in another language
 * gets English (the charts themselves speak all eleven catalogue languages).
 */

export interface MakerWords {
  heading: string;
  intro: string;
  figures: string;
  paste: string;
  figuresHint: string;
  describe: string;
  keyColumn: string;
  valueColumn: string;
  otherColumns: string;
  file: string;
  chart: string;
  chartHint: string;
  kinds: Record<string, string>;
  notFitting: string;
  title: string;
  subtitle: string;
  unit: string;
  unitHint: string;
  source: string;
  sourceTitle: string;
  notes: string;
  notesHint: string;
  language: string;
  theme: string;
  themes: Record<'auto' | 'light' | 'dark', string>;
  region: string;
  regions: Record<'world' | 'europe', string>;
  height: string;
  heightHint: string;
  preview: string;
  desktop: string;
  phone: string;
  read: string;
  empty: string;
  /** `category`: the count's plural category in the maker's language (Intl.PluralRules). */
  rows: (count: string, category: Intl.LDMLPluralRule, kind: string) => string;
  problems: (count: string, category: Intl.LDMLPluralRule) => string;
  noChart: string;
  publish: string;
  embedCode: string;
  embedHint: string;
  copy: string;
  copied: string;
  copyFailed: string;
  iframePage: string;
  iframeHint: string;
  download: string;
  iframeCode: string;
  images: string;
  restore: string;
  restoreHint: string;
  restoreButton: string;
  restoreFile: string;
  restored: string;
  notRestored: string;
  draft: string;
  draftHint: string;
}

const en: MakerWords = {
  heading: 'Make a chart',
  intro:
    'Your figures stay on this computer: this page sends them nowhere and keeps nothing unless you ask it to.',
  figures: 'Your figures',
  paste: 'Paste them here',
  describe: 'Your chart',
  keyColumn: 'the periods, names or countries',
  valueColumn: 'the figures drawn',
  otherColumns: 'not drawn',
  figuresHint:
    'Paste them from Excel, LibreOffice or Google Sheets with their header row, or choose a CSV file. The first column is the period, country or name; the next holds the figures.',
  file: 'Or choose a CSV file',
  chart: 'Chart',
  chartHint: 'Only the charts that can show these figures are offered.',
  kinds: {
    'ncmec-timeline': 'Columns over time',
    surge: 'Columns over time, with the rise',
    'provider-bars': 'Bars, one per organisation',
    'hosting-map': 'Map, by country',
    severity: 'Shares compared',
    share: 'Shares of a whole',
    'stat-card': 'One figure, large',
  },
  notFitting: 'does not fit these figures',
  title: 'Title',
  subtitle: 'Subtitle',
  unit: 'Unit',
  unitHint: 'What is counted, such as reports or URLs.',
  source: 'Source: who published the figures',
  sourceTitle: 'Source: the document',
  notes: 'Notes',
  notesHint: 'One per line, shown under the chart.',
  language: 'Language of the chart',
  theme: 'Colours',
  themes: { auto: 'Like the reader’s device', light: 'Light', dark: 'Dark' },
  region: 'Map area',
  regions: { world: 'World', europe: 'Europe' },
  height: 'Height in pixels',
  heightHint: 'Leave empty for the chart’s own height.',
  preview: 'Preview',
  desktop: 'On a wide page (640 pixels)',
  phone: 'On a phone (320 pixels)',
  read: 'How your figures were read',
  empty: 'Paste your figures to begin.',
  rows: (count, category, kind) =>
    `${count} ${category === 'one' ? 'row' : 'rows'} read; the chart is drawn as “${kind}”.`,
  problems: (count, category) =>
    `${count} ${category === 'one' ? 'problem' : 'problems'} in your figures: the preview lists them with their rows and columns.`,
  noChart: 'None of the charts can show these figures: see the problems in the preview.',
  publish: 'Put it on your site',
  embedCode: 'Embed code',
  embedHint:
    'For a page that allows scripts (WordPress with a custom HTML block, plain HTML). The figures are inside the code.',
  copy: 'Copy',
  copied: 'Copied.',
  copyFailed: 'This page may not use the clipboard: the code is selected, copy it yourself.',
  iframePage: 'Iframe page',
  iframeHint:
    'For a CMS that allows only iframes. Upload my-chart.html to the site that hosts the Safeguard Charts folder, then use this iframe code with the file’s address instead of my-chart.html. Add frame-parent.js to your site’s template once, so the frame takes the chart’s height.',
  download: 'Download my-chart.html',
  iframeCode: 'Iframe code',
  images: 'The buttons under each preview download the chart as a PNG or SVG image and its figures as CSV.',
  restore: 'Edit a chart you made',
  restoreHint: 'Paste its embed code, or open its iframe page file.',
  restoreButton: 'Edit this chart',
  restoreFile: 'Or open an iframe page file',
  restored: 'The chart was loaded into the form.',
  notRestored: 'No chart was found in this code.',
  draft: 'Keep my draft in this browser',
  draftHint: 'Stored only in this browser on this computer; switch it off to delete it.',
};

const de: MakerWords = {
  heading: 'Diagramm erstellen',
  intro:
    'Ihre Zahlen bleiben auf diesem Computer: Diese Seite sendet sie nirgendwohin und speichert nichts, wenn Sie es nicht wünschen.',
  figures: 'Ihre Zahlen',
  paste: 'Hier einfügen',
  describe: 'Ihr Diagramm',
  keyColumn: 'die Zeiträume, Namen oder Länder',
  valueColumn: 'die gezeichneten Zahlen',
  otherColumns: 'nicht gezeichnet',
  figuresHint:
    'Fügen Sie sie aus Excel, LibreOffice oder Google Tabellen mit der Kopfzeile ein, oder wählen Sie eine CSV-Datei. Die erste Spalte ist der Zeitraum, das Land oder der Name, die nächste enthält die Zahlen.',
  file: 'Oder eine CSV-Datei wählen',
  chart: 'Diagramm',
  chartHint: 'Angeboten werden nur die Diagramme, die diese Zahlen zeigen können.',
  kinds: {
    'ncmec-timeline': 'Säulen im Zeitverlauf',
    surge: 'Säulen im Zeitverlauf, mit dem Anstieg',
    'provider-bars': 'Balken, einer je Organisation',
    'hosting-map': 'Karte, nach Ländern',
    severity: 'Anteile im Vergleich',
    share: 'Anteile an einem Ganzen',
    'stat-card': 'Eine Zahl, groß',
  },
  notFitting: 'passt nicht zu diesen Zahlen',
  title: 'Titel',
  subtitle: 'Untertitel',
  unit: 'Einheit',
  unitHint: 'Was gezählt wird, etwa Meldungen oder URLs.',
  source: 'Quelle: wer die Zahlen veröffentlicht hat',
  sourceTitle: 'Quelle: das Dokument',
  notes: 'Anmerkungen',
  notesHint: 'Eine je Zeile, unter dem Diagramm gezeigt.',
  language: 'Sprache des Diagramms',
  theme: 'Farben',
  themes: { auto: 'Wie das Gerät der Leser', light: 'Hell', dark: 'Dunkel' },
  region: 'Kartenausschnitt',
  regions: { world: 'Welt', europe: 'Europa' },
  height: 'Höhe in Pixeln',
  heightHint: 'Leer lassen für die eigene Höhe des Diagramms.',
  preview: 'Vorschau',
  desktop: 'Auf einer breiten Seite (640 Pixel)',
  phone: 'Auf einem Telefon (320 Pixel)',
  read: 'So wurden Ihre Zahlen gelesen',
  empty: 'Fügen Sie Ihre Zahlen ein, um zu beginnen.',
  rows: (count, category, kind) =>
    `${count} ${category === 'one' ? 'Zeile' : 'Zeilen'} gelesen; das Diagramm wird als „${kind}“ gezeichnet.`,
  problems: (count, category) =>
    `${count} ${category === 'one' ? 'Problem' : 'Probleme'} in Ihren Zahlen: Die Vorschau nennt sie mit Zeile und Spalte.`,
  noChart: 'Keines der Diagramme kann diese Zahlen zeigen: Die Probleme stehen in der Vorschau.',
  publish: 'Auf Ihre Website bringen',
  embedCode: 'Einbettungscode',
  embedHint:
    'Für Seiten, die Skripte erlauben (WordPress mit einem HTML-Block, einfaches HTML). Die Zahlen stehen im Code.',
  copy: 'Kopieren',
  copied: 'Kopiert.',
  copyFailed:
    'Diese Seite darf die Zwischenablage nicht nutzen: Der Code ist markiert, kopieren Sie ihn selbst.',
  iframePage: 'Iframe-Seite',
  iframeHint:
    'Für ein CMS, das nur Iframes erlaubt. Laden Sie my-chart.html auf die Website, die den Ordner von Safeguard Charts bereitstellt, und setzen Sie in diesem Iframe-Code die Adresse der Datei statt my-chart.html ein. Fügen Sie frame-parent.js einmal in die Vorlage Ihrer Website ein, damit der Iframe die Höhe des Diagramms übernimmt.',
  download: 'my-chart.html herunterladen',
  iframeCode: 'Iframe-Code',
  images:
    'Die Schaltflächen unter jeder Vorschau laden das Diagramm als PNG- oder SVG-Bild und seine Zahlen als CSV herunter.',
  restore: 'Ein erstelltes Diagramm bearbeiten',
  restoreHint: 'Fügen Sie seinen Einbettungscode ein, oder öffnen Sie seine Iframe-Seite.',
  restoreButton: 'Dieses Diagramm bearbeiten',
  restoreFile: 'Oder eine Iframe-Seite öffnen',
  restored: 'Das Diagramm wurde in das Formular geladen.',
  notRestored: 'In diesem Code wurde kein Diagramm gefunden.',
  draft: 'Meinen Entwurf in diesem Browser behalten',
  draftHint: 'Nur in diesem Browser auf diesem Computer gespeichert; ausschalten, um ihn zu löschen.',
};

/** The maker's words by language code. */
export const MAKER_WORDS: Readonly<Record<string, MakerWords>> = { en, de };

/** The maker's words for the first of `languages` (the browser's, in order) that it has, else English. */
export function makerWordsFor(languages: readonly string[]): { language: string; words: MakerWords } {
  for (const tag of languages) {
    const language = tag.toLowerCase().split(/[-_]/)[0] ?? '';
    const words = Object.hasOwn(MAKER_WORDS, language) ? MAKER_WORDS[language] : undefined;
    if (words) return { language, words };
  }
  return { language: 'en', words: en };
}
