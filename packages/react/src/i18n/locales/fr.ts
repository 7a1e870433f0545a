import { type KnownUnit, type Messages, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['vidéo', 'vidéos'],
  images: ['image', 'images'],
  items: ['contenu', 'contenus'],
  reports: ['signalement', 'signalements'],
  webpages: ['page web', 'pages web'],
  percent: ['pour cent', 'pour cent'],
};

/** Français. */
export const fr: Messages = {
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
  changeSpan: (from, to) => `de ${from} à ${to}`,
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
  noData: 'Pas de données',
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
};
