import { type KnownUnit, type Messages, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['vídeo', 'vídeos'],
  images: ['imagen', 'imágenes'],
  items: ['contenido', 'contenidos'],
  reports: ['denuncia', 'denuncias'],
  webpages: ['página web', 'páginas web'],
  percent: ['por ciento', 'por ciento'],
};

/** Español. */
export const es: Messages = {
  locale: 'es',
  sentence: ['.', ' '],
  source: 'Fuente',
  sources: 'Fuentes',
  noSource: 'no se encontró ningún documento del editor',
  cited: 'El informe cita',
  check: 'Verificación',
  thePublisher: 'El editor',
  statuses: {
    confirmed: 'Confirmado',
    corrected: 'Corregido',
    'different-count': 'Cuenta otra cosa',
    unverified: 'No verificado',
  },
  ownFigure: ({ publisher, period, value, of, label, seed }) =>
    `Cifra propia de ${publisher}${period ? ` para ${period}` : ''}: ${value}${of ? ` de ${of}` : label ? ` (${label})` : ''}${seed ? ` (el informe indica ${seed})` : ''}`,
  showData: 'Mostrar datos',
  hideData: 'Ocultar datos',
  cantDraw: 'Este gráfico no se puede dibujar: sus datos tienen un problema.',
  moreProblems: (count) => `…y ${count} más.`,
  cantShowList: 'Esta lista no se puede mostrar: sus datos tienen un problema.',
  unit: (unit, count) => units[unit as KnownUnit]?.[plural('es', count) === 'one' ? 0 : 1] ?? unit,
  unitName: (unit) => units[unit as KnownUnit]?.[1] ?? unit,
  valueWithUnit: (value, unitWord) => `${value} ${unitWord}`,
  labelled: (label, value) => `${label}: ${value}`,
  period: 'Periodo',
  valueIn: (unitWord) => `Valor (${unitWord})`,
  partialPeriod: 'periodo parcial',
  partialPeriodOf: (label) => `${label} (periodo parcial)`,
  partialNote: 'Las barras rayadas son periodos parciales (por ejemplo, un semestre), no años completos.',
  logNote: 'Escala logarítmica: cada línea vale diez veces la de abajo.',
  changeSpan: (from, to) => `de ${from} a ${to}`,
  noChange: ({ from, fromMonths, to, toMonths }) => {
    const covers = (label: string, months: number | undefined) =>
      months === undefined
        ? `${label} no tiene fechas legibles`
        : `${label} abarca ${months} ${months === 1 ? 'mes' : 'meses'}`;
    return `No se muestra ningún cambio: ${covers(from, fromMonths)} y ${covers(to, toMonths)}; no son comparables.`;
  },
  needTwoPeriods: 'Este gráfico necesita al menos dos periodos para mostrar un cambio.',
  provider: 'Proveedor',
  change: 'Cambio',
  newReporter: 'Denuncia por primera vez',
  reportsClaim: (label) => `${label} (según el informe)`,
  shareNote: ({ count, total }) =>
    `Porcentajes del total de estas ${count} cifras (${total}), calculados aquí: ningún editor los publica.`,
  shareOfThese: ({ share, count }) => `${share} del total de estas ${count} cifras`,
  shareHeader: 'Proporción',
  percentHeader: 'Porcentaje',
  ofHeader: 'Sobre',
  shareOf: (share, of) => (of ? `${share} de ${of}` : share),
  noRow: (row) => `Los datos no tienen una fila ${row}.`,
  group: 'Grupo',
  points: (difference, value) =>
    `${difference} ${Math.abs(value) === 1 ? 'punto porcentual' : 'puntos porcentuales'}`,
  difference: ({ a, av, b, bv, points }) => `${a} ${av} frente a ${b} ${bv}: una diferencia de ${points}.`,
  legendShare: 'Proporción del total',
  legendCount: 'Número',
  noData: 'Sin datos',
  outlined: ({ name, value, period }) =>
    `Contorno: ${name}, ${value} del total${period ? ` (${period})` : ''}.`,
  country: 'País o territorio',
  code: 'Código',
  countIn: (unitWord) => `Número (${unitWord})`,
  leftOffMap: 'Esta fila no aparece en el mapa.',
  lawStatuses: {
    signed: 'Promulgada',
    law: 'Ley',
    'passed-one-chamber': 'Aprobada por una cámara',
    pending: 'Pendiente',
    'in-progress': 'En trámite',
  },
  reportSays: (status) => `(según el informe: ${status.toLocaleLowerCase('es')})`,
  reportDescribes: (text) => `El informe la describe así: «${text}»`,
  checkedIn: (month) => `Estados verificados en ${month}.`,
  lawCheck: (note) => `Verificación: ${note}`,
  noFigure: 'No hay una cifra válida: el valor falta o no es un número.',
  sourcesTitle: 'Fuentes',
};
