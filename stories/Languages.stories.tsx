// Every shipped language on one chart pair. The titles are the page's own words (a site writes its titles);
// everything else (buttons, headers, units, statuses, source line, notes the library writes) comes from the
// catalogue that the chart's locale picks. The data's own notes stay in the data's language (English here).
import {
  calendarYear,
  defineProviderReports,
  defineSeries,
  ncmecAiReports,
  ncmecProviderReports,
} from '@safeguard-charts/data';
import { NcmecTimeline, ProviderBars, SurgeChart } from '@safeguard-charts/react';
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

function Pair({ locale }: { locale: string }) {
  const [timeline, providers] = titles[locale] ?? ['', ''];
  return (
    <div lang={locale} dir={locale === 'ar' ? 'rtl' : 'ltr'} style={{ maxWidth: 720 }}>
      <NcmecTimeline data={ncmecAiReports} title={timeline} locale={locale} />
      <ProviderBars data={ncmecProviderReports} title={providers} locale={locale} />
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
