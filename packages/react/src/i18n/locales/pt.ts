import { type CompleteMessages, type KnownUnit, plural } from '../types';

const units: Record<KnownUnit, [string, string]> = {
  videos: ['vídeo', 'vídeos'],
  images: ['imagem', 'imagens'],
  items: ['conteúdo', 'conteúdos'],
  reports: ['denúncia', 'denúncias'],
  webpages: ['página web', 'páginas web'],
  percent: ['por cento', 'por cento'],
};

/** What stands where a figure is missing (a table cell, a country, a gap): not zero. */
const noData = 'Sem dados';

/** Português. */
export const pt: CompleteMessages = {
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
  changeSpan: (from, to) => `de ${from} a ${to} (calculado)`,
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
  noData,
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
  download: 'Transferir',
  downloadCsv: 'Dados (CSV)',
  downloadSvg: 'Imagem (SVG)',
  downloadPng: 'Imagem (PNG)',
  downloadBlocked: 'As definições de segurança desta página bloqueiam a transferência da imagem.',
  downloadFailed: 'Não foi possível criar a imagem.',
  copyEmbed: 'Copiar código de incorporação',
  embedCopied: 'Código de incorporação copiado.',
  copyEmbedManual: 'Copie o código de incorporação desta caixa:',
  notOnMap: (list) => `Fora deste mapa: ${list}.`,
  halfYear: (half, year) => `${half}.º semestre de ${year}`,
  untitled: 'Gráfico',
  figuresNotFound: (name) =>
    name
      ? `Esta página pede dados que o pacote de gráficos não tem («${name}»). Verifique o nome do conjunto de dados no código de incorporação.`
      : 'Esta página não dá dados ao gráfico. Verifique o código de incorporação: precisa do nome de um conjunto de dados ou de dados próprios.',
  chartNotFound: (name) =>
    `Esta página pede um tipo de gráfico que o pacote de gráficos não tem («${name}»). Verifique o nome do gráfico no código de incorporação.`,
  figuresUnreadable:
    'Não foi possível ler os dados do código de incorporação desta página. Verifique o código de incorporação.',
  codeNotLoaded:
    'Este gráfico não pode ser desenhado: não foi possível carregar o seu código. Tente recarregar a página.',
  // Problems with a dataset (ProblemWords).
  problemAt: ({ row, field, csv }, text) =>
    csv && row === null && !field
      ? `O ficheiro ${text}`
      : `${row === null ? (csv ? 'Ficheiro, coluna' : 'Campo') : `Linha ${row}, ${csv ? 'coluna' : 'campo'}`} «${field}»: ${text}`,
  found: ({ kind, text = '' }) =>
    ({
      nothing: 'nada',
      null: 'null',
      text: `o texto «${text}»`,
      number: text,
      'not-a-number': 'NaN',
      boolean: text,
      array: 'um array',
      object: 'um objeto',
      other: 'outra coisa',
    })[kind],
  problems: {
    unreadable: () => 'não pôde ser lido.',
    'not-dataset': (p) =>
      `esperava-se um conjunto de dados ou uma lista de linhas; valor encontrado: ${p.found}.`,
    'not-rows': (p) => `esperava-se uma lista de linhas; valor encontrado: ${p.found}.`,
    'no-rows': () => 'não há linhas: não há nada para desenhar.',
    'not-object': (p) => `esperava-se um objeto; valor encontrado: ${p.found}.`,
    'missing-number': (p) => `falta o valor: esperava-se um número; valor encontrado: ${p.found}.`,
    'not-number': (p) => `esperava-se um número; valor encontrado: ${p.found}.`,
    'not-a-number': () => 'o valor é NaN, não um número.',
    infinite: (p) => `o valor é ${p.positive ? 'Infinity' : '-Infinity'}: esperava-se um número finito.`,
    negative: (p) => `o valor é ${p.value}: uma contagem não pode ser negativa.`,
    'percent-range': (p) => `o valor é ${p.value}: uma percentagem tem de estar entre 0 e 100.`,
    'missing-text': (p) => `falta o valor: esperava-se texto; valor encontrado: ${p.found}.`,
    'not-text': (p) => `esperava-se texto; valor encontrado: ${p.found}.`,
    'empty-text': () => 'o valor está vazio: esperava-se texto.',
    'too-long': (p) => `o texto tem ${p.value} caracteres: são permitidos no máximo ${p.limit}.`,
    'not-boolean': (p) => `esperava-se true ou false; valor encontrado: ${p.found}.`,
    'not-source': (p) => `esperava-se uma fonte { publisher, title }; valor encontrado: ${p.found}.`,
    'not-sources': (p) =>
      `esperava-se uma lista de fontes { publisher, title }; valor encontrado: ${p.found}.`,
    'not-verification': (p) => `esperava-se uma verificação { status, note }; valor encontrado: ${p.found}.`,
    'not-one-of': (p) => `esperava-se ${p.choices}; valor encontrado: ${p.found}.`,
    'not-text-list': (p) => `esperava-se uma lista de textos; valor encontrado: ${p.found}.`,
    'not-list': (p) => `esperava-se uma lista; valor encontrado: ${p.found}.`,
    'not-dates': (p) => `esperava-se uma lista de datas { label, date }; valor encontrado: ${p.found}.`,
    'not-codes': (p) => `esperava-se uma lista de códigos de país; valor encontrado: ${p.found}.`,
    'missing-period': (p) =>
      `falta o valor: esperava-se um período { start, end, label }; valor encontrado: ${p.found}.`,
    'not-period': (p) => `esperava-se um período { start, end, label }; valor encontrado: ${p.found}.`,
    'bad-date': (p) => `esperava-se uma data no formato YYYY-MM-DD; valor encontrado: ${p.found}.`,
    'end-before-start': (p) => `o fim (${p.end}) é anterior ao início (${p.start}).`,
    'bad-unit': (p) =>
      `esperava-se uma palavra curta para o que os números contam, como ${p.choices}; valor encontrado: ${p.found}.`,
    'bad-stage': (p) =>
      `esperava-se uma fase como ${p.choices}, ou uma à sua escolha; valor encontrado: ${p.found}.`,
    'not-code': (p) =>
      `esperava-se um código de país ISO 3166-1 como "NLD" ou "NL"; valor encontrado: ${p.found}.`,
    'unknown-code': (p) => `«${p.code}» não é um código de país ISO 3166-1 alfa-3 nem alfa-2.`,
    'unknown-member': (p) => `${p.found} não é um código de país ISO 3166-1 alfa-3.`,
    'duplicate-code': (p) => `«${p.code}» já está na linha ${p.firstRow}: indique cada país uma só vez.`,
    'percent-or-count': () => 'falta o valor, e também «count»: cada linha precisa de um dos dois.',
    'shares-over-100': (p) => `as parcelas das linhas somam ${p.value}%, mais de 100%.`,
    'csv-empty': () => 'está vazio: não há nada para desenhar.',
    'csv-columns': (p) => `não foi encontrada; a primeira linha tem de indicar as colunas ${p.allOf}.`,
    'csv-not-number': (p) =>
      `${p.found} não é um número${p.decimalComma ? ' (este ficheiro usa vírgula decimal)' : ''}.`,
    'csv-not-period': (p) =>
      `${p.found} não é um período: escreva 2024, 2024-03, março 2024, Q3 2024, H1 2025 ou 2024-04-01/2025-03-31.`,
    'csv-no-values': (p) =>
      `não tem nenhuma coluna de números: a primeira coluna indica os períodos (ou as etiquetas, ou os países) e a seguinte contém os valores. As colunas são ${p.allOf}.`,
    'csv-value-column': (p) => `«${p.column}» não é uma coluna deste ficheiro: as colunas são ${p.allOf}.`,
    'csv-fraction-in-counts': (p) =>
      `${p.found} é um número decimal numa coluna de números inteiros: queria dizer ${p.value}? Para ter a certeza, escreva-o sem separador (${p.digits}).`,
    'csv-mixed-numbers': (p) =>
      `${p.found} usa ${p.decimalComma ? 'ponto' : 'vírgula'} decimal, mas este ficheiro escreve os números com ${p.decimalComma ? 'vírgula' : 'ponto'} decimal: escreva-o como nas outras linhas.`,
    'csv-duplicate': (p) => `${p.found} já está na linha ${p.firstRow}: indique cada entrada uma só vez.`,
    'csv-not-country': (p) =>
      `${p.found} não é um país que o gráfico conheça: escreva o nome em português ou em inglês, ou o código ISO (NLD ou NL).`,
    'csv-no-data': (p) => `${p.found} não é um valor: mostrado como «${noData}», não como 0.`,
    'csv-gap': (p) =>
      `${p.found} não está no ficheiro, entre ${p.start} e ${p.end}: mostrado como uma lacuna sem dados.`,
    'csv-total-row': (p) => `${p.found} é um total: fica fora do gráfico.`,
    'csv-footnote': (p) => `${p.found} está por baixo da tabela: não é lido como um valor.`,
    'csv-other-columns': (p) =>
      `o gráfico mostra «${p.column}»; o ficheiro tem também ${p.allOf}: indique outra coluna para a mostrar.`,
  },
};
