import { type CompleteMessages, type KnownUnit, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['vidéo', 'vidéos'],
  images: ['image', 'images'],
  items: ['contenu', 'contenus'],
  reports: ['signalement', 'signalements'],
  webpages: ['page web', 'pages web'],
  percent: ['pour cent', 'pour cent'],
};

/** What stands where a figure is missing (a table cell, a country, a gap): not zero. */
const noData = 'Pas de données';

/** Français. */
export const fr: CompleteMessages = {
  locale: 'fr',
  sentence: ['.', ' '],
  source: 'Source',
  sources: 'Sources',
  noSource: 'aucun document d’un éditeur trouvé',
  cited: 'Le rapport cite',
  check: 'Vérification',
  thePublisher: 'L’éditeur',
  statuses: {
    confirmed: 'Confirmé',
    corrected: 'Corrigé',
    'different-count': 'Compte autre chose',
    unverified: 'Non vérifié',
  },
  ownFigure: ({ publisher, period, value, of, label, seed }) =>
    `Chiffre propre de ${publisher}${period ? ` pour ${period}` : ''} : ${value}${of ? ` de ${of}` : label ? ` (${label})` : ''}${seed ? ` (le rapport indique ${seed})` : ''}`,
  showData: 'Afficher les données',
  hideData: 'Masquer les données',
  cantDraw: 'Ce graphique ne peut pas être affiché : ses données contiennent une erreur.',
  moreProblems: (count) => `… et ${count} de plus.`,
  cantShowList: 'Cette liste ne peut pas être affichée : ses données contiennent une erreur.',
  unit: (unit, count) => units[unit as KnownUnit]?.[plural('fr', count) === 'one' ? 0 : 1] ?? unit,
  unitName: (unit) => units[unit as KnownUnit]?.[1] ?? unit,
  valueWithUnit: (value, unitWord) => `${value} ${unitWord}`,
  labelled: (label, value) => `${label} : ${value}`,
  period: 'Période',
  valueIn: (unitWord) => `Valeur (${unitWord})`,
  partialPeriod: 'période partielle',
  partialPeriodOf: (label) => `${label} (période partielle)`,
  partialNote:
    'Les barres hachurées sont des périodes partielles (par exemple un semestre), pas des années entières.',
  logNote: 'Échelle logarithmique : chaque ligne vaut dix fois celle du dessous.',
  changeSpan: (from, to) => `de ${from} à ${to} (calculé)`,
  noChange: ({ from, fromMonths, to, toMonths }) => {
    const covers = (label: string, months: number | undefined) =>
      months === undefined ? `${label} n’a pas de dates lisibles` : `${label} couvre ${months} mois`;
    return `Aucune évolution n’est indiquée : ${covers(from, fromMonths)} et ${covers(to, toMonths)} ; les deux ne sont pas comparables.`;
  },
  needTwoPeriods: 'Ce graphique a besoin d’au moins deux périodes pour montrer une évolution.',
  provider: 'Fournisseur',
  change: 'Évolution',
  newReporter: 'Premier signalement',
  reportsClaim: (label) => `${label} (selon le rapport)`,
  shareNote: ({ count, total }) =>
    `Parts du total de ces ${count} chiffres (${total}), calculées ici : aucun éditeur ne les publie.`,
  shareOfThese: ({ share, count }) => `${share} du total de ces ${count} chiffres`,
  shareHeader: 'Part',
  percentHeader: 'Pourcentage',
  ofHeader: 'Sur',
  shareOf: (share, of) => (of ? `${share} des ${of}` : share),
  noRow: (row) => `Les données n’ont pas de ligne ${row}.`,
  group: 'Groupe',
  points: (difference, value) =>
    `${difference} ${Math.abs(value) <= 1 ? 'point de pourcentage' : 'points de pourcentage'}`,
  difference: ({ a, av, b, bv, points }) => `${a} ${av} contre ${b} ${bv} : un écart de ${points}.`,
  legendShare: 'Part du total',
  legendCount: 'Nombre',
  noData,
  outlined: ({ name, value, period }) =>
    `Contour : ${name}, ${value} du total${period ? ` (${period})` : ''}.`,
  country: 'Pays ou territoire',
  code: 'Code',
  countIn: (unitWord) => `Nombre (${unitWord})`,
  leftOffMap: 'Cette ligne n’apparaît pas sur la carte.',
  lawStatuses: {
    signed: 'Promulguée',
    law: 'Loi',
    'passed-one-chamber': 'Adoptée par une chambre',
    pending: 'En attente',
    'in-progress': 'En cours',
  },
  reportSays: (status) => `(selon le rapport : ${status.toLocaleLowerCase('fr')})`,
  reportDescribes: (text) => `Le rapport la décrit ainsi : « ${text} »`,
  checkedIn: (month) => `Statuts vérifiés en ${month}.`,
  lawCheck: (note) => `Vérification : ${note}`,
  noFigure: 'Aucun chiffre valide : la valeur manque ou n’est pas un nombre.',
  sourcesTitle: 'Sources',
  download: 'Télécharger',
  downloadCsv: 'Données (CSV)',
  downloadSvg: 'Graphique (SVG)',
  downloadPng: 'Graphique (PNG)',
  downloadBlocked: 'Les paramètres de sécurité de cette page bloquent le téléchargement de l’image.',
  downloadFailed: 'L’image n’a pas pu être créée.',
  copyEmbed: 'Copier le code d’intégration',
  embedCopied: 'Code d’intégration copié.',
  copyEmbedManual: 'Copiez le code d’intégration depuis ce champ :',
  notOnMap: (list) => `Hors de cette carte : ${list}.`,
  halfYear: (half, year) => `${half === 1 ? '1er' : '2e'} semestre ${year}`,
  untitled: 'Graphique',
  figuresNotFound: (name) =>
    name
      ? `Cette page demande des chiffres que le module de graphiques ne contient pas (« ${name} »). Vérifiez le nom du jeu de données dans le code d’intégration.`
      : 'Cette page ne donne aucun chiffre au graphique. Vérifiez le code d’intégration : il lui faut le nom d’un jeu de données ou des chiffres propres.',
  chartNotFound: (name) =>
    `Cette page demande un type de graphique que le module de graphiques ne contient pas (« ${name} »). Vérifiez le nom du graphique dans le code d’intégration.`,
  figuresUnreadable:
    'Les chiffres du code d’intégration de cette page n’ont pas pu être lus. Vérifiez le code d’intégration.',
  codeNotLoaded:
    'Ce graphique ne peut pas être affiché : son code n’a pas pu être chargé. Essayez de recharger la page.',
  // Problems with a dataset (ProblemWords).
  problemAt: ({ row, field, csv }, text) =>
    csv && row === null && !field
      ? `Le fichier est ${text}`
      : `${row === null ? (csv ? 'Fichier, colonne' : 'Champ') : `Ligne ${row}, ${csv ? 'colonne' : 'champ'}`} « ${field} » : ${text}`,
  found: ({ kind, text = '' }) =>
    ({
      nothing: 'rien',
      null: 'null',
      text: `le texte « ${text} »`,
      number: text,
      'not-a-number': 'NaN',
      boolean: text,
      array: 'un tableau',
      object: 'un objet',
      other: 'autre chose',
    })[kind],
  problems: {
    unreadable: () => 'illisible.',
    'not-dataset': (p) => `jeu de données ou liste de lignes attendu, trouvé : ${p.found}.`,
    'not-rows': (p) => `liste de lignes attendue, trouvé : ${p.found}.`,
    'no-rows': () => 'aucune ligne : il n’y a rien à dessiner.',
    'not-object': (p) => `objet attendu, trouvé : ${p.found}.`,
    'missing-number': (p) => `valeur manquante : nombre attendu, trouvé : ${p.found}.`,
    'not-number': (p) => `nombre attendu, trouvé : ${p.found}.`,
    'not-a-number': () => 'la valeur est NaN, ce n’est pas un nombre.',
    infinite: (p) => `la valeur est ${p.positive ? 'Infinity' : '-Infinity'} : nombre fini attendu.`,
    negative: (p) => `la valeur est ${p.value} : un décompte ne peut pas être négatif.`,
    'percent-range': (p) => `la valeur est ${p.value} : un pourcentage doit être compris entre 0 et 100.`,
    'missing-text': (p) => `valeur manquante : texte attendu, trouvé : ${p.found}.`,
    'not-text': (p) => `texte attendu, trouvé : ${p.found}.`,
    'empty-text': () => 'la valeur est vide : texte attendu.',
    'too-long': (p) => `le texte fait ${p.value} caractères, pour ${p.limit} au maximum.`,
    'not-boolean': (p) => `true ou false attendu, trouvé : ${p.found}.`,
    'not-source': (p) => `source { publisher, title } attendue, trouvé : ${p.found}.`,
    'not-sources': (p) => `liste de sources { publisher, title } attendue, trouvé : ${p.found}.`,
    'not-verification': (p) => `vérification { status, note } attendue, trouvé : ${p.found}.`,
    'not-one-of': (p) => `${p.choices} attendu, trouvé : ${p.found}.`,
    'not-text-list': (p) => `liste de textes attendue, trouvé : ${p.found}.`,
    'not-list': (p) => `liste attendue, trouvé : ${p.found}.`,
    'not-dates': (p) => `liste de dates { label, date } attendue, trouvé : ${p.found}.`,
    'not-codes': (p) => `liste de codes pays attendue, trouvé : ${p.found}.`,
    'missing-period': (p) =>
      `valeur manquante : période { start, end, label } attendue, trouvé : ${p.found}.`,
    'not-period': (p) => `période { start, end, label } attendue, trouvé : ${p.found}.`,
    'bad-date': (p) => `date au format YYYY-MM-DD attendue, trouvé : ${p.found}.`,
    'end-before-start': (p) => `la fin (${p.end}) précède le début (${p.start}).`,
    'bad-unit': (p) =>
      `un mot court pour ce que comptent les chiffres est attendu (par exemple ${p.choices}), trouvé : ${p.found}.`,
    'bad-stage': (p) =>
      `étape attendue (par exemple ${p.choices}, ou l’une des vôtres), trouvé : ${p.found}.`,
    'not-code': (p) => `code pays ISO 3166-1 attendu (par exemple "NLD" ou "NL"), trouvé : ${p.found}.`,
    'unknown-code': (p) => `« ${p.code} » n’est pas un code pays ISO 3166-1 alpha-3 ou alpha-2.`,
    'unknown-member': (p) => `${p.found} n’est pas un code pays ISO 3166-1 alpha-3.`,
    'duplicate-code': (p) =>
      `« ${p.code} » figure déjà à la ligne ${p.firstRow} : chaque pays ne doit apparaître qu’une fois.`,
    'percent-or-count': () => 'valeur manquante, tout comme « count » : une ligne doit avoir l’une des deux.',
    'shares-over-100': (p) => `les parts des lignes totalisent ${p.value} %, soit plus de 100 %.`,
    'csv-empty': () => 'vide : il n’y a rien à dessiner.',
    'csv-columns': (p) => `introuvable ; la première ligne doit nommer les colonnes ${p.allOf}.`,
    'csv-not-number': (p) =>
      `${p.found} n’est pas un nombre${p.decimalComma ? ' (ce fichier utilise la virgule décimale)' : ''}.`,
    'csv-not-period': (p) =>
      `${p.found} n’est pas une période : écrivez 2024, 2024-03, mars 2024, Q3 2024, H1 2025 ou 2024-04-01/2025-03-31.`,
    'csv-no-values': (p) =>
      `impossible à dessiner : aucune colonne ne contient de nombres. La première colonne nomme les périodes (ou les libellés, ou les pays), la suivante contient les chiffres. Les colonnes sont ${p.allOf}.`,
    'csv-value-column': (p) =>
      `« ${p.column} » n’est pas une colonne de ce fichier : les colonnes sont ${p.allOf}.`,
    'csv-fraction-in-counts': (p) =>
      `${p.found} est un nombre décimal dans une colonne de nombres entiers : vouliez-vous dire ${p.value} ? Pour en être sûr, écrivez-le sans séparateur (${p.digits}).`,
    'csv-mixed-numbers': (p) =>
      `${p.found} est écrit avec ${p.decimalComma ? 'un point décimal' : 'une virgule décimale'}, alors que ce fichier écrit ses nombres avec ${p.decimalComma ? 'une virgule décimale' : 'un point décimal'} : écrivez-le comme les autres lignes.`,
    'csv-duplicate': (p) =>
      `${p.found} figure déjà à la ligne ${p.firstRow} : chaque entrée ne doit apparaître qu’une fois.`,
    'csv-not-country': (p) =>
      `${p.found} n’est pas un pays connu du graphique : écrivez son nom en français ou en anglais, ou son code ISO (NLD ou NL).`,
    'csv-no-data': (p) => `${p.found} n’est pas un chiffre : affiché « ${noData} », et non 0.`,
    'csv-gap': (p) =>
      `${p.found} ne figure pas dans le fichier, entre ${p.start} et ${p.end} : affiché comme un trou, sans données.`,
    'csv-total-row': (p) => `${p.found} est un total, laissé hors du graphique.`,
    'csv-footnote': (p) => `${p.found} se trouve sous le tableau et n’est pas lu comme un chiffre.`,
    'csv-other-columns': (p) =>
      `le graphique représente « ${p.column} » ; le fichier contient aussi ${p.allOf} : indiquez une autre colonne pour la représenter.`,
  },
};
