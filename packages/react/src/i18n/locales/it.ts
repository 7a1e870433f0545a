import { type CompleteMessages, type KnownUnit, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['video', 'video'],
  images: ['immagine', 'immagini'],
  items: ['contenuto', 'contenuti'],
  reports: ['segnalazione', 'segnalazioni'],
  webpages: ['pagina web', 'pagine web'],
  percent: ['per cento', 'per cento'],
};

/** What stands where a figure is missing (a table cell, a country, a gap): not zero. */
const noData = 'Nessun dato';

/** Italiano. */
export const it: CompleteMessages = {
  locale: 'it',
  sentence: ['.', ' '],
  source: 'Fonte',
  sources: 'Fonti',
  noSource: 'nessun documento dell’editore trovato',
  cited: 'Il rapporto cita',
  check: 'Verifica',
  thePublisher: 'L’editore',
  statuses: {
    confirmed: 'Confermato',
    corrected: 'Corretto',
    'different-count': 'Conta altro',
    unverified: 'Non verificato',
  },
  ownFigure: ({ publisher, period, value, of, label, seed }) =>
    `Dato proprio di ${publisher}${period ? ` per ${period}` : ''}: ${value}${of ? ` di ${of}` : label ? ` (${label})` : ''}${seed ? ` (il rapporto indica ${seed})` : ''}`,
  showData: 'Mostra i dati',
  hideData: 'Nascondi i dati',
  cantDraw: 'Questo grafico non può essere disegnato: i suoi dati contengono un errore.',
  moreProblems: (count) => `…e altri ${count}.`,
  cantShowList: 'Questo elenco non può essere mostrato: i suoi dati contengono un errore.',
  unit: (unit, count) => units[unit as KnownUnit]?.[plural('it', count) === 'one' ? 0 : 1] ?? unit,
  unitName: (unit) => units[unit as KnownUnit]?.[1] ?? unit,
  valueWithUnit: (value, unitWord) => `${value} ${unitWord}`,
  labelled: (label, value) => `${label}: ${value}`,
  period: 'Periodo',
  valueIn: (unitWord) => `Valore (${unitWord})`,
  partialPeriod: 'periodo parziale',
  partialPeriodOf: (label) => `${label} (periodo parziale)`,
  partialNote: 'Le barre tratteggiate sono periodi parziali (per esempio un semestre), non anni interi.',
  logNote: 'Scala logaritmica: ogni linea vale dieci volte quella sottostante.',
  changeSpan: (from, to) => `da ${from} a ${to} (calcolato)`,
  noChange: ({ from, fromMonths, to, toMonths }) => {
    const covers = (label: string, months: number | undefined) =>
      months === undefined
        ? `${label} non ha date leggibili`
        : `${label} copre ${months} ${months === 1 ? 'mese' : 'mesi'}`;
    return `Nessuna variazione indicata: ${covers(from, fromMonths)} e ${covers(to, toMonths)}; non sono confrontabili.`;
  },
  needTwoPeriods: 'Questo grafico ha bisogno di almeno due periodi per mostrare una variazione.',
  provider: 'Fornitore',
  change: 'Variazione',
  newReporter: 'Prima segnalazione',
  reportsClaim: (label) => `${label} (secondo il rapporto)`,
  shareNote: ({ count, total }) =>
    `Quote del totale di questi ${count} dati (${total}), calcolate qui: nessun editore le pubblica.`,
  shareOfThese: ({ share, count }) => `${share} del totale di questi ${count} dati`,
  shareHeader: 'Quota',
  percentHeader: 'Percentuale',
  ofHeader: 'Su',
  shareOf: (share, of) => (of ? `${share} di ${of}` : share),
  noRow: (row) => `I dati non hanno una riga ${row}.`,
  group: 'Gruppo',
  points: (difference, value) =>
    `${difference} ${Math.abs(value) === 1 ? 'punto percentuale' : 'punti percentuali'}`,
  difference: ({ a, av, b, bv, points }) => `${a} ${av} contro ${b} ${bv}: una differenza di ${points}.`,
  legendShare: 'Quota del totale',
  legendCount: 'Numero',
  noData,
  outlined: ({ name, value, period }) =>
    `Contorno: ${name}, ${value} del totale${period ? ` (${period})` : ''}.`,
  country: 'Paese o territorio',
  code: 'Codice',
  countIn: (unitWord) => `Numero (${unitWord})`,
  leftOffMap: 'Questa riga non compare sulla mappa.',
  lawStatuses: {
    signed: 'Promulgata',
    law: 'Legge',
    'passed-one-chamber': 'Approvata da una camera',
    pending: 'In attesa',
    'in-progress': 'In corso',
  },
  reportSays: (status) => `(secondo il rapporto: ${status.toLocaleLowerCase('it')})`,
  reportDescribes: (text) => `Il rapporto la descrive così: «${text}»`,
  checkedIn: (month) => `Stati verificati a ${month}.`,
  lawCheck: (note) => `Verifica: ${note}`,
  noFigure: 'Nessun dato valido: il valore manca o non è un numero.',
  sourcesTitle: 'Fonti',
  download: 'Scarica',
  downloadCsv: 'Dati (CSV)',
  downloadSvg: 'Immagine (SVG)',
  downloadPng: 'Immagine (PNG)',
  downloadBlocked: 'Le impostazioni di sicurezza di questa pagina bloccano il download dell’immagine.',
  downloadFailed: 'Non è stato possibile creare l’immagine.',
  copyEmbed: 'Copia il codice di incorporamento',
  embedCopied: 'Codice di incorporamento copiato.',
  copyEmbedManual: 'Copia il codice di incorporamento da questo riquadro:',
  notOnMap: (list) => `Fuori da questa mappa: ${list}.`,
  halfYear: (half, year) => `${half}° semestre ${year}`,
  untitled: 'Grafico',
  figuresNotFound: (name) =>
    name
      ? `Questa pagina chiede dati che il pacchetto di grafici non contiene («${name}»). Controllate il nome del dataset nel codice di incorporamento.`
      : 'Questa pagina non fornisce dati al grafico. Controllate il codice di incorporamento: servono il nome di un dataset o dati propri.',
  chartNotFound: (name) =>
    `Questa pagina chiede un tipo di grafico che il pacchetto di grafici non contiene («${name}»). Controllate il nome del grafico nel codice di incorporamento.`,
  figuresUnreadable:
    'Non è stato possibile leggere i dati nel codice di incorporamento di questa pagina. Controllate il codice di incorporamento.',
  codeNotLoaded:
    'Questo grafico non può essere disegnato: non è stato possibile caricarne il codice. Provate a ricaricare la pagina.',
  // Problems with a dataset (ProblemWords).
  problemAt: ({ row, field, csv }, text) =>
    csv && row === null && !field
      ? `Il file ${text}`
      : `${row === null ? (csv ? 'File, colonna' : 'Campo') : `Riga ${row}, ${csv ? 'colonna' : 'campo'}`} «${field}»: ${text}`,
  found: ({ kind, text = '' }) =>
    ({
      nothing: 'niente',
      null: 'null',
      text: `il testo «${text}»`,
      number: text,
      'not-a-number': 'NaN',
      boolean: text,
      array: 'un array',
      object: 'un oggetto',
      other: 'qualcos’altro',
    })[kind],
  problems: {
    unreadable: () => 'non è leggibile.',
    'not-dataset': (p) => `atteso un dataset o un elenco di righe, trovato: ${p.found}.`,
    'not-rows': (p) => `atteso un elenco di righe, trovato: ${p.found}.`,
    'no-rows': () => 'non ci sono righe: non c’è nulla da disegnare.',
    'not-object': (p) => `atteso un oggetto, trovato: ${p.found}.`,
    'missing-number': (p) => `valore mancante: atteso un numero, trovato: ${p.found}.`,
    'not-number': (p) => `atteso un numero, trovato: ${p.found}.`,
    'not-a-number': () => 'il valore è NaN, non un numero.',
    infinite: (p) => `il valore è ${p.positive ? 'Infinity' : '-Infinity'}: atteso un numero finito.`,
    negative: (p) => `il valore è ${p.value}: un conteggio non può essere negativo.`,
    'percent-range': (p) => `il valore è ${p.value}: una percentuale deve essere compresa tra 0 e 100.`,
    'missing-text': (p) => `valore mancante: atteso un testo, trovato: ${p.found}.`,
    'not-text': (p) => `atteso un testo, trovato: ${p.found}.`,
    'empty-text': () => 'il valore è vuoto: atteso un testo.',
    'too-long': (p) => `il testo è lungo ${p.value} caratteri: ne sono ammessi al massimo ${p.limit}.`,
    'not-boolean': (p) => `atteso true o false, trovato: ${p.found}.`,
    'not-source': (p) => `attesa una fonte { publisher, title }, trovato: ${p.found}.`,
    'not-sources': (p) => `atteso un elenco di fonti { publisher, title }, trovato: ${p.found}.`,
    'not-verification': (p) => `attesa una verifica { status, note }, trovato: ${p.found}.`,
    'not-one-of': (p) => `atteso ${p.choices}, trovato: ${p.found}.`,
    'not-text-list': (p) => `atteso un elenco di testi, trovato: ${p.found}.`,
    'not-list': (p) => `atteso un elenco, trovato: ${p.found}.`,
    'not-dates': (p) => `atteso un elenco di date { label, date }, trovato: ${p.found}.`,
    'not-codes': (p) => `atteso un elenco di codici paese, trovato: ${p.found}.`,
    'missing-period': (p) => `valore mancante: atteso un periodo { start, end, label }, trovato: ${p.found}.`,
    'not-period': (p) => `atteso un periodo { start, end, label }, trovato: ${p.found}.`,
    'bad-date': (p) => `attesa una data nel formato YYYY-MM-DD, trovato: ${p.found}.`,
    'end-before-start': (p) => `la fine (${p.end}) viene prima dell’inizio (${p.start}).`,
    'bad-unit': (p) =>
      `attesa una parola breve per ciò che contano i dati, come ${p.choices}; trovato: ${p.found}.`,
    'bad-stage': (p) => `attesa una fase come ${p.choices}, o una personalizzata; trovato: ${p.found}.`,
    'not-code': (p) => `atteso un codice paese ISO 3166-1 come "NLD" o "NL", trovato: ${p.found}.`,
    'unknown-code': (p) => `«${p.code}» non è un codice paese ISO 3166-1 alfa-3 o alfa-2.`,
    'unknown-member': (p) => `${p.found} non è un codice paese ISO 3166-1 alfa-3.`,
    'duplicate-code': (p) =>
      `«${p.code}» è già nella riga ${p.firstRow}: ogni paese va indicato una sola volta.`,
    'percent-or-count': () => 'valore mancante, e manca anche «count»: ogni riga deve averne almeno uno.',
    'shares-over-100': (p) => `la somma delle quote delle righe è ${p.value}%, oltre il 100%.`,
    'csv-empty': () => 'è vuoto: non c’è nulla da disegnare.',
    'csv-columns': (p) => `non trovata; la prima riga deve contenere i nomi delle colonne ${p.allOf}.`,
    'csv-not-number': (p) =>
      `${p.found} non è un numero${p.decimalComma ? ' (questo file usa la virgola decimale)' : ''}.`,
    'csv-not-period': (p) =>
      `${p.found} non è un periodo: scrivi 2024, 2024-03, marzo 2024, Q3 2024, H1 2025 o 2024-04-01/2025-03-31.`,
    'csv-no-values': (p) =>
      `non ha una colonna di numeri: la prima colonna indica i periodi (o le etichette, o i paesi), la successiva contiene i dati. Le colonne sono ${p.allOf}.`,
    'csv-value-column': (p) => `«${p.column}» non è una colonna di questo file: le colonne sono ${p.allOf}.`,
    'csv-fraction-in-counts': (p) =>
      `${p.found} è un numero decimale in una colonna di numeri interi: intendevi ${p.value}? Per sicurezza scrivilo senza separatore (${p.digits}).`,
    'csv-mixed-numbers': (p) =>
      `${p.found} usa ${p.decimalComma ? 'il punto decimale' : 'la virgola decimale'}, ma questo file scrive i numeri con ${p.decimalComma ? 'la virgola decimale' : 'il punto decimale'}: scrivilo come nelle altre righe.`,
    'csv-duplicate': (p) =>
      `${p.found} è già nella riga ${p.firstRow}: ogni voce va indicata una sola volta.`,
    'csv-not-country': (p) =>
      `${p.found} non è un paese che il grafico conosce: scrivi il nome in italiano o in inglese, oppure il codice ISO (NLD o NL).`,
    'csv-no-data': (p) => `${p.found} non è un dato: mostrato come «${noData}», non come 0.`,
    'csv-gap': (p) =>
      `${p.found} non è nel file, tra ${p.start} e ${p.end}: mostrato come un vuoto senza dati.`,
    'csv-total-row': (p) => `${p.found} è un totale: viene escluso dal grafico.`,
    'csv-footnote': (p) => `${p.found} è sotto la tabella: non viene letto come un dato.`,
    'csv-other-columns': (p) =>
      `il grafico mostra «${p.column}»; il file contiene anche ${p.allOf}: indica un’altra colonna per mostrarla.`,
  },
};
