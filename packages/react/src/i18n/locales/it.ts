import { type KnownUnit, type Messages, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['video', 'video'],
  images: ['immagine', 'immagini'],
  items: ['contenuto', 'contenuti'],
  reports: ['segnalazione', 'segnalazioni'],
  webpages: ['pagina web', 'pagine web'],
  percent: ['per cento', 'per cento'],
};

/** Italiano. */
export const it: Messages = {
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
  changeSpan: (from, to) => `da ${from} a ${to}`,
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
  noData: 'Nessun dato',
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
};
