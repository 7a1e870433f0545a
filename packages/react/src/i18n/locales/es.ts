import { type CompleteMessages, type KnownUnit, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['vídeo', 'vídeos'],
  images: ['imagen', 'imágenes'],
  items: ['contenido', 'contenidos'],
  reports: ['denuncia', 'denuncias'],
  webpages: ['página web', 'páginas web'],
  percent: ['por ciento', 'por ciento'],
};

/** What stands where a figure is missing (a table cell, a country, a gap): not zero. */
const noData = 'Sin datos';

/** Español. */
export const es: CompleteMessages = {
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
  changeSpan: (from, to) => `de ${from} a ${to} (calculado)`,
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
  noData,
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
  download: 'Descargar',
  downloadCsv: 'Datos (CSV)',
  downloadSvg: 'Imagen (SVG)',
  downloadPng: 'Imagen (PNG)',
  downloadBlocked: 'La configuración de seguridad de esta página impide descargar la imagen.',
  downloadFailed: 'No se pudo crear la imagen.',
  copyEmbed: 'Copiar código para insertar',
  embedCopied: 'Código para insertar copiado.',
  copyEmbedManual: 'Copie el código para insertar de este cuadro:',
  notOnMap: (list) => `Fuera de este mapa: ${list}.`,
  halfYear: (half, year) => `${half === 1 ? '1.er' : '2.º'} semestre ${year}`,
  untitled: 'Gráfico',
  figuresNotFound: (name) =>
    name
      ? `Esta página pide cifras que el paquete de gráficos no tiene («${name}»). Compruebe el nombre del conjunto de datos en el código de inserción.`
      : 'Esta página no da cifras al gráfico. Compruebe el código de inserción: necesita el nombre de un conjunto de datos o cifras propias.',
  chartNotFound: (name) =>
    `Esta página pide un tipo de gráfico que el paquete de gráficos no tiene («${name}»). Compruebe el nombre del gráfico en el código de inserción.`,
  figuresUnreadable:
    'No se han podido leer las cifras del código de inserción de esta página. Compruebe el código de inserción.',
  codeNotLoaded:
    'Este gráfico no se puede dibujar: no se ha podido cargar su código. Pruebe a recargar la página.',
  // Problems with a dataset (ProblemWords).
  problemAt: ({ row, field, csv }, text) =>
    csv && row === null && !field
      ? `El archivo ${text}`
      : `${row === null ? (csv ? 'Archivo, columna' : 'Campo') : `Fila ${row}, ${csv ? 'columna' : 'campo'}`} «${field}»: ${text}`,
  found: ({ kind, text = '' }) =>
    ({
      nothing: 'nada',
      null: 'null',
      text: `el texto «${text}»`,
      number: text,
      'not-a-number': 'NaN',
      boolean: text,
      array: 'un array',
      object: 'un objeto',
      other: 'otra cosa',
    })[kind],
  problems: {
    unreadable: () => 'no se pudo leer.',
    'not-dataset': (p) =>
      `se esperaba un conjunto de datos o una lista de filas; valor encontrado: ${p.found}.`,
    'not-rows': (p) => `se esperaba una lista de filas; valor encontrado: ${p.found}.`,
    'no-rows': () => 'no hay filas: no hay nada que dibujar.',
    'not-object': (p) => `se esperaba un objeto; valor encontrado: ${p.found}.`,
    'missing-number': (p) => `falta el valor: se esperaba un número; valor encontrado: ${p.found}.`,
    'not-number': (p) => `se esperaba un número; valor encontrado: ${p.found}.`,
    'not-a-number': () => 'el valor es NaN, no un número.',
    infinite: (p) => `el valor es ${p.positive ? 'Infinity' : '-Infinity'}: se esperaba un número finito.`,
    negative: (p) => `el valor es ${p.value}: un recuento no puede ser negativo.`,
    'percent-range': (p) => `el valor es ${p.value}: un porcentaje debe estar entre 0 y 100.`,
    'missing-text': (p) => `falta el valor: se esperaba un texto; valor encontrado: ${p.found}.`,
    'not-text': (p) => `se esperaba un texto; valor encontrado: ${p.found}.`,
    'empty-text': () => 'el valor está vacío: se esperaba un texto.',
    'too-long': (p) => `el texto tiene ${p.value} caracteres: se permiten como máximo ${p.limit}.`,
    'not-boolean': (p) => `se esperaba true o false; valor encontrado: ${p.found}.`,
    'not-source': (p) => `se esperaba una fuente { publisher, title }; valor encontrado: ${p.found}.`,
    'not-sources': (p) =>
      `se esperaba una lista de fuentes { publisher, title }; valor encontrado: ${p.found}.`,
    'not-verification': (p) => `se esperaba una verificación { status, note }; valor encontrado: ${p.found}.`,
    'not-one-of': (p) => `se esperaba ${p.choices}; valor encontrado: ${p.found}.`,
    'not-text-list': (p) => `se esperaba una lista de textos; valor encontrado: ${p.found}.`,
    'not-list': (p) => `se esperaba una lista; valor encontrado: ${p.found}.`,
    'not-dates': (p) => `se esperaba una lista de fechas { label, date }; valor encontrado: ${p.found}.`,
    'not-codes': (p) => `se esperaba una lista de códigos de país; valor encontrado: ${p.found}.`,
    'missing-period': (p) =>
      `falta el valor: se esperaba un periodo { start, end, label }; valor encontrado: ${p.found}.`,
    'not-period': (p) => `se esperaba un periodo { start, end, label }; valor encontrado: ${p.found}.`,
    'bad-date': (p) => `se esperaba una fecha con el formato YYYY-MM-DD; valor encontrado: ${p.found}.`,
    'end-before-start': (p) => `el final (${p.end}) es anterior al inicio (${p.start}).`,
    'bad-unit': (p) =>
      `se esperaba una palabra breve que diga qué cuentan las cifras, como ${p.choices}; valor encontrado: ${p.found}.`,
    'bad-stage': (p) =>
      `se esperaba una etapa como ${p.choices}, o una propia; valor encontrado: ${p.found}.`,
    'not-code': (p) =>
      `se esperaba un código de país ISO 3166-1 como "NLD" o "NL"; valor encontrado: ${p.found}.`,
    'unknown-code': (p) => `«${p.code}» no es un código de país ISO 3166-1 alfa-3 ni alfa-2.`,
    'unknown-member': (p) => `${p.found} no es un código de país ISO 3166-1 alfa-3.`,
    'duplicate-code': (p) =>
      `«${p.code}» ya está en la fila ${p.firstRow}: cada país debe aparecer una sola vez.`,
    'percent-or-count': () => 'falta el valor, y también «count»: cada fila necesita uno de los dos.',
    'shares-over-100': (p) => `las proporciones de las filas suman ${p.value} %, más del 100 %.`,
    'csv-empty': () => 'está vacío: no hay nada que dibujar.',
    'csv-columns': (p) => `no aparece; la primera fila debe nombrar las columnas ${p.allOf}.`,
    'csv-not-number': (p) =>
      `${p.found} no es un número${p.decimalComma ? ' (este archivo usa coma decimal)' : ''}.`,
    'csv-not-period': (p) =>
      `${p.found} no es un periodo: escriba 2024, 2024-03, marzo 2024, Q3 2024, H1 2025 o 2024-04-01/2025-03-31.`,
    'csv-no-values': (p) =>
      `no tiene ninguna columna de números: la primera columna nombra los periodos (o las etiquetas, o los países) y la siguiente contiene las cifras. Las columnas son ${p.allOf}.`,
    'csv-value-column': (p) =>
      `«${p.column}» no es una columna de este archivo: las columnas son ${p.allOf}.`,
    'csv-fraction-in-counts': (p) =>
      `${p.found} es un número decimal en una columna de números enteros: ¿quería decir ${p.value}? Para asegurarse, escríbalo sin separador (${p.digits}).`,
    'csv-mixed-numbers': (p) =>
      `${p.found} está escrito con ${p.decimalComma ? 'punto' : 'coma'} decimal, pero este archivo escribe sus números con ${p.decimalComma ? 'coma' : 'punto'} decimal: escríbalo como en las demás filas.`,
    'csv-duplicate': (p) =>
      `${p.found} ya está en la fila ${p.firstRow}: cada entrada debe aparecer una sola vez.`,
    'csv-not-country': (p) =>
      `${p.found} no es un país que el gráfico conozca: escriba su nombre en español o en inglés, o su código ISO (NLD o NL).`,
    'csv-no-data': (p) => `${p.found} no es una cifra: se muestra como «${noData}», no como 0.`,
    'csv-gap': (p) =>
      `${p.found} no está en el archivo, entre ${p.start} y ${p.end}: se muestra como un hueco sin datos.`,
    'csv-total-row': (p) => `${p.found} es un total: se deja fuera del gráfico.`,
    'csv-footnote': (p) => `${p.found} está debajo de la tabla: no se lee como una cifra.`,
    'csv-other-columns': (p) =>
      `el gráfico muestra «${p.column}»; el archivo también tiene ${p.allOf}: indique otra columna para mostrarla.`,
  },
};
