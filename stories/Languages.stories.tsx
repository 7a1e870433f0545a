// Every shipped language on every chart. The titles are the page's own words (a site writes its titles);
// everything else (buttons, headers, units, statuses, source line, notes the library writes) comes from the
// catalogue that the chart's locale picks. The data's own notes stay in the data's language (English here).
import {
  calendarYear,
  csamHosting,
  defineProviderReports,
  defineSeries,
  iwfAiVideos,
  iwfSeverity,
  iwfVictimSex,
  legislation,
  ncmecAiReports,
  ncmecProviderReports,
} from '@safeguard-charts/data';
import {
  HostingMap,
  LegislationTracker,
  NcmecTimeline,
  ProviderBars,
  SeverityComparison,
  ShareChart,
  SurgeChart,
} from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';

/** The page's titles in each language: CyberTipline reports involving generative AI; AI companies' reports. */
const titles: Record<string, [string, string]> = {
  'en-GB': [
    'CyberTipline reports to NCMEC involving generative AI',
    'AI companies’ reports to NCMEC, as the report states them',
  ],
  'de-DE': [
    'CyberTipline-Meldungen an NCMEC mit Bezug zu generativer KI',
    'Meldungen von KI-Unternehmen an NCMEC, wie der Bericht sie nennt',
  ],
  'fr-FR': [
    'Signalements au CyberTipline du NCMEC impliquant l’IA générative',
    'Signalements des entreprises d’IA au NCMEC, selon le rapport',
  ],
  'es-ES': [
    'Denuncias al CyberTipline del NCMEC relacionadas con la IA generativa',
    'Denuncias de empresas de IA al NCMEC, según el informe',
  ],
  'it-IT': [
    'Segnalazioni al CyberTipline del NCMEC legate all’IA generativa',
    'Segnalazioni delle aziende di IA al NCMEC, secondo il rapporto',
  ],
  'nl-NL': [
    'CyberTipline-meldingen bij NCMEC waarbij generatieve AI betrokken is',
    'Meldingen van AI-bedrijven bij NCMEC, volgens het rapport',
  ],
  'pt-BR': [
    'Denúncias ao CyberTipline do NCMEC envolvendo IA generativa',
    'Denúncias de empresas de IA ao NCMEC, segundo o relatório',
  ],
  'pl-PL': [
    'Zgłoszenia do CyberTipline NCMEC związane z generatywną AI',
    'Zgłoszenia firm AI do NCMEC według raportu',
  ],
  'sv-SE': [
    'Anmälningar till NCMEC:s CyberTipline som rör generativ AI',
    'AI-företagens anmälningar till NCMEC enligt rapporten',
  ],
  ar: [
    'بلاغات إلى CyberTipline لدى NCMEC تتعلق بالذكاء الاصطناعي التوليدي',
    'بلاغات شركات الذكاء الاصطناعي إلى NCMEC كما يذكرها التقرير',
  ],
  'ja-JP': ['生成AIが関わるNCMECのCyberTiplineへの通報', '報告書によるAI企業からNCMECへの通報'],
};

/**
 * The page's titles of the other charts: the IWF's AI videos, the most severe category, victims depicted as
 * girls, where CSAM webpages were hosted, laws. Each language uses the term for CSAM its hotlines use.
 */
const more: Record<string, [string, string, string, string, string]> = {
  'en-GB': [
    'AI-generated CSAM videos the IWF confirmed',
    'Share of videos in the most severe category',
    'Victims depicted as girls',
    'Where the CSAM webpages the IWF confirmed were hosted',
    'Laws on AI-generated CSAM',
  ],
  'de-DE': [
    'KI-generierte Videos mit Darstellungen sexuellen Kindesmissbrauchs, von der IWF bestätigt',
    'Anteil der Videos in der schwersten Kategorie',
    'Als Mädchen dargestellte Opfer',
    'Wo die von der IWF bestätigten Webseiten gehostet wurden',
    'Gesetze zu KI-generierten Missbrauchsdarstellungen',
  ],
  'fr-FR': [
    'Vidéos pédocriminelles générées par IA confirmées par l’IWF',
    'Part des vidéos de la catégorie la plus grave',
    'Victimes représentées comme des filles',
    'Où étaient hébergées les pages pédocriminelles confirmées par l’IWF',
    'Lois sur les contenus pédocriminels générés par IA',
  ],
  'es-ES': [
    'Vídeos de abuso sexual infantil generados por IA confirmados por la IWF',
    'Proporción de vídeos de la categoría más grave',
    'Víctimas representadas como niñas',
    'Dónde se alojaban las páginas confirmadas por la IWF',
    'Leyes sobre material de abuso sexual infantil generado por IA',
  ],
  'it-IT': [
    'Video di abuso sessuale su minori generati dall’IA confermati dall’IWF',
    'Quota di video nella categoria più grave',
    'Vittime rappresentate come bambine',
    'Dove erano ospitate le pagine confermate dall’IWF',
    'Leggi sul materiale di abuso sessuale su minori generato dall’IA',
  ],
  'nl-NL': [
    'Door de IWF bevestigde AI-gegenereerde video’s van seksueel kindermisbruik',
    'Aandeel video’s in de zwaarste categorie',
    'Slachtoffers afgebeeld als meisjes',
    'Waar de door de IWF bevestigde webpagina’s werden gehost',
    'Wetten over AI-gegenereerd kindermisbruikmateriaal',
  ],
  'pt-BR': [
    'Vídeos de abuso sexual infantil gerados por IA confirmados pela IWF',
    'Parcela de vídeos na categoria mais grave',
    'Vítimas retratadas como meninas',
    'Onde estavam hospedadas as páginas confirmadas pela IWF',
    'Leis sobre material de abuso sexual infantil gerado por IA',
  ],
  'pl-PL': [
    'Filmy przedstawiające seksualne wykorzystywanie dzieci wygenerowane przez AI, potwierdzone przez IWF',
    'Odsetek filmów w najcięższej kategorii',
    'Ofiary przedstawione jako dziewczynki',
    'Gdzie hostowano strony potwierdzone przez IWF',
    'Przepisy o materiałach CSAM generowanych przez AI',
  ],
  'sv-SE': [
    'AI-genererade övergreppsvideor som IWF bekräftat',
    'Andel videor i den allvarligaste kategorin',
    'Offer framställda som flickor',
    'Var webbsidorna som IWF bekräftat låg',
    'Lagar om AI-genererat övergreppsmaterial',
  ],
  ar: [
    'مقاطع فيديو للاعتداء الجنسي على الأطفال مولّدة بالذكاء الاصطناعي أكدتها IWF',
    'نسبة المقاطع في الفئة الأشد خطورة',
    'الضحايا المصوَّرون كفتيات',
    'أين استُضيفت الصفحات التي أكدتها IWF',
    'قوانين بشأن مواد الاعتداء الجنسي على الأطفال المولّدة بالذكاء الاصطناعي',
  ],
  'ja-JP': [
    'IWFが確認したAI生成の児童性的虐待動画',
    '最も深刻なカテゴリーに当たる動画の割合',
    '少女として描かれた被害者',
    'IWFが確認したウェブページのホスティング先',
    'AI生成の児童性的虐待コンテンツに関する法律',
  ],
};

/** Every chart of the library in one language: the page's titles, the library's words from the catalogue. */
function Pair({ locale }: { locale: string }) {
  const [timeline, providers] = titles[locale] ?? ['', ''];
  const [surge, severity, share, map, laws] = more[locale] ?? ['', '', '', '', ''];
  return (
    <div lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'} style={{ maxWidth: 720 }}>
      <NcmecTimeline data={ncmecAiReports} title={timeline} locale={locale} />
      <ProviderBars data={ncmecProviderReports} title={providers} locale={locale} />
      <SurgeChart data={iwfAiVideos} title={surge} locale={locale} />
      <SeverityComparison data={iwfSeverity} title={severity} locale={locale} />
      <ShareChart data={iwfVictimSex} title={share} locale={locale} />
      <HostingMap data={csamHosting} title={map} locale={locale} />
      <LegislationTracker data={legislation} title={laws} locale={locale} />
    </div>
  );
}

const meta = {
  title: 'Languages',
  component: Pair,
  args: { locale: 'en-GB' },
} satisfies Meta<typeof Pair>;

export default meta;
type Story = StoryObj<typeof meta>;

export const English: Story = { args: { locale: 'en-GB' } };
export const German: Story = { args: { locale: 'de-DE' } };
export const French: Story = { args: { locale: 'fr-FR' } };
export const Spanish: Story = { args: { locale: 'es-ES' } };
export const Italian: Story = { args: { locale: 'it-IT' } };
export const Dutch: Story = { args: { locale: 'nl-NL' } };
export const Portuguese: Story = { args: { locale: 'pt-BR' } };
export const Polish: Story = { args: { locale: 'pl-PL' } };
export const Swedish: Story = { args: { locale: 'sv-SE' } };
export const Arabic: Story = { args: { locale: 'ar' } };
export const Japanese: Story = { args: { locale: 'ja-JP' } };

/** An organisation's own figures in Japanese: its own labels, unit and source. Example figures, not real data. */
const japanese = defineProviderReports({
  title: '例示用の数値（実データではありません）',
  unit: '件',
  rows: [
    { provider: '画像共有サービスA', value: 1240, newReporter: false },
    { provider: '動画配信サービスB（国内向け、長い名前の例）', value: 860, newReporter: true },
    { provider: 'チャットアプリC', value: 312, newReporter: false },
  ],
  sources: [{ publisher: '例示用ホットライン', title: '例示用の数値（実データではありません）' }],
});

/** An organisation's own figures in Arabic, right to left. Example figures, not real data. */
const arabic = defineSeries({
  title: 'أرقام توضيحية، ليست بيانات حقيقية',
  unit: 'بلاغات',
  rows: [
    { period: calendarYear(2022, { label: '٢٠٢٢' }), value: 410 },
    { period: calendarYear(2023, { label: '٢٠٢٣' }), value: 655 },
    { period: calendarYear(2024, { label: '٢٠٢٤' }), value: 980 },
  ],
  sources: [{ publisher: 'خط ساخن توضيحي', title: 'أرقام توضيحية، ليست بيانات حقيقية' }],
});

/** A Japanese dataset: labels break without spaces, the unit is the data's own counter. */
export const JapaneseDataset: Story = {
  render: () => (
    <div lang="ja-JP" style={{ maxWidth: 360 }}>
      <ProviderBars data={japanese} title="例示用の数値：サービス別の通報件数" locale="ja-JP" />
    </div>
  ),
};

/** An Arabic dataset, right to left, with Arabic-Indic period labels. */
export const ArabicDataset: Story = {
  render: () => (
    <div lang="ar" dir="rtl" style={{ maxWidth: 720 }}>
      <SurgeChart data={arabic} title="أرقام توضيحية: البلاغات حسب السنة" locale="ar" />
    </div>
  ),
};
