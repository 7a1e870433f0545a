import { type KnownUnit, type Messages, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['vídeo', 'vídeos'],
  images: ['imagem', 'imagens'],
  items: ['conteúdo', 'conteúdos'],
  reports: ['denúncia', 'denúncias'],
  webpages: ['página web', 'páginas web'],
  percent: ['por cento', 'por cento'],
};

/** Português. */
export const pt: Messages = {
  locale: 'pt',
  sentence: ['.', ' '],
  source: 'Fonte',
  sources: 'Fontes',
  noSource: 'nenhum documento do editor encontrado',
  cited: 'O relatório cita',
  check: 'Verificação',
  thePublisher: 'O editor',
  statuses: {
    confirmed: 'Confirmado',
    corrected: 'Corrigido',
    'different-count': 'Conta outra coisa',
    unverified: 'Não verificado',
  },
  ownFigure: ({ publisher, period, value, of, label, seed }) =>
    `Número próprio de ${publisher}${period ? ` para ${period}` : ''}: ${value}${of ? ` de ${of}` : label ? ` (${label})` : ''}${seed ? ` (o relatório indica ${seed})` : ''}`,
  showData: 'Mostrar dados',
  hideData: 'Ocultar dados',
  cantDraw: 'Este gráfico não pode ser desenhado: os seus dados têm um problema.',
  moreProblems: (count) => `…e mais ${count}.`,
  cantShowList: 'Esta lista não pode ser mostrada: os seus dados têm um problema.',
  unit: (unit, count) => units[unit as KnownUnit]?.[plural('pt', count) === 'one' ? 0 : 1] ?? unit,
  unitName: (unit) => units[unit as KnownUnit]?.[1] ?? unit,
  valueWithUnit: (value, unitWord) => `${value} ${unitWord}`,
  labelled: (label, value) => `${label}: ${value}`,
  period: 'Período',
  valueIn: (unitWord) => `Valor (${unitWord})`,
  partialPeriod: 'período parcial',
  partialPeriodOf: (label) => `${label} (período parcial)`,
  partialNote: 'As barras tracejadas são períodos parciais (por exemplo, um semestre), não anos completos.',
  logNote: 'Escala logarítmica: cada linha vale dez vezes a de baixo.',
  changeSpan: (from, to) => `de ${from} a ${to}`,
  noChange: ({ from, fromMonths, to, toMonths }) => {
    const covers = (label: string, months: number | undefined) =>
      months === undefined
        ? `${label} não tem datas legíveis`
        : `${label} abrange ${months} ${months === 1 ? 'mês' : 'meses'}`;
    return `Nenhuma variação é mostrada: ${covers(from, fromMonths)} e ${covers(to, toMonths)}; não são comparáveis.`;
  },
  needTwoPeriods: 'Este gráfico precisa de pelo menos dois períodos para mostrar uma variação.',
  provider: 'Fornecedor',
  change: 'Variação',
  newReporter: 'Denuncia pela primeira vez',
  reportsClaim: (label) => `${label} (segundo o relatório)`,
  shareNote: ({ count, total }) =>
    `Parcelas do total destes ${count} números (${total}), calculadas aqui: nenhum editor as publica.`,
  shareOfThese: ({ share, count }) => `${share} do total destes ${count} números`,
  shareHeader: 'Parcela',
  percentHeader: 'Percentagem',
  ofHeader: 'De',
  shareOf: (share, of) => (of ? `${share} de ${of}` : share),
  noRow: (row) => `Os dados não têm uma linha ${row}.`,
  group: 'Grupo',
  points: (difference, value) =>
    `${difference} ${Math.abs(value) === 1 ? 'ponto percentual' : 'pontos percentuais'}`,
  difference: ({ a, av, b, bv, points }) => `${a} ${av} contra ${b} ${bv}: uma diferença de ${points}.`,
  legendShare: 'Parcela do total',
  legendCount: 'Número',
  noData: 'Sem dados',
  outlined: ({ name, value, period }) =>
    `Contorno: ${name}, ${value} do total${period ? ` (${period})` : ''}.`,
  country: 'País ou território',
  code: 'Código',
  countIn: (unitWord) => `Número (${unitWord})`,
  leftOffMap: 'Esta linha não aparece no mapa.',
  lawStatuses: {
    signed: 'Sancionada',
    law: 'Lei',
    'passed-one-chamber': 'Aprovada por uma câmara',
    pending: 'Pendente',
    'in-progress': 'Em tramitação',
  },
  reportSays: (status) => `(segundo o relatório: ${status.toLocaleLowerCase('pt')})`,
  reportDescribes: (text) => `O relatório descreve-a assim: «${text}»`,
  checkedIn: (month) => `Estados verificados em ${month}.`,
  lawCheck: (note) => `Verificação: ${note}`,
  noFigure: 'Nenhum número válido: o valor falta ou não é um número.',
  sourcesTitle: 'Fontes',
};
