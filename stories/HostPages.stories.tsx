// The charts inside pages no one here wrote: a CMS theme's global CSS, a CSS framework's reset, the rules a site
// puts on every <text>, <svg> and <button>. Each story loads such a stylesheet (as a host page would) around the
// report's charts at 320 and 640 px, and its play test measures that nothing leaves a chart, no labels overlap
// and the focus ring survives.
import {
  csamHosting,
  iwfAiVideos,
  iwfSeverity,
  iwfVictimSex,
  ncmecAiReports,
  ncmecProviderReports,
  percentChange,
} from '@safeguard-charts/data';
import {
  HostingMap,
  NcmecTimeline,
  ProviderBars,
  SeverityComparison,
  ShareChart,
  StatCard,
  SurgeChart,
} from '@safeguard-charts/react';
import type { Meta, StoryObj } from '@storybook/react-vite';
import { focusRingSurvives, readable } from './checks';

/** Host stylesheets, as sites carry them. */
const HOSTS = {
  none: '',
  /** The rules the issue found: a site's global rule on SVG text, and a button reset. */
  'global text rule': `
    text { font-size: 20px; letter-spacing: .12em; font-weight: 900; }
    button { all: unset; }`,
  /** A utility framework's reset (as Tailwind's preflight writes it). */
  'framework reset': `
    *, ::before, ::after { box-sizing: border-box; border-width: 0; border-style: solid; }
    svg { display: block; vertical-align: middle; }
    img, svg, video { max-width: 100%; height: auto; }
    button { font: inherit; color: inherit; background-color: transparent; background-image: none; }
    h1, h2, h3, h4, h5, h6 { font-size: inherit; font-weight: inherit; }
    ol, ul { list-style: none; margin: 0; padding: 0; }
    table { text-indent: 0; border-color: inherit; border-collapse: collapse; }`,
  /** A blog theme's content styles (as WordPress themes write them). */
  'CMS theme': `
    body { font: 18px/1.7 Georgia, serif; }
    .entry-content svg { max-width: 100%; height: auto; }
    .entry-content figure { margin: 2em -1em; }
    .entry-content p, .entry-content li { font-size: 1.125rem; line-height: 1.8; }
    .entry-content h3 { font-size: 2rem; text-transform: uppercase; letter-spacing: .08em; }
    .entry-content button { padding: 1em 2em; border: 0; text-transform: uppercase; outline: none; }
    .entry-content ul { list-style: square; padding-left: 2.5em; }
    svg text { font-family: Georgia, serif; font-size: 1.2em; }`,
} as const;
type Host = keyof typeof HOSTS;

interface PageProps {
  /** The host page's stylesheet. */
  host: Host;
  /** The article column's width in CSS pixels. */
  width: number;
  /** The page's language. */
  locale: string;
}

/** The report's charts in an article column of a host page. */
function Page({ host, width, locale }: PageProps) {
  // "+26,385%", the widest figure of the report, in a card a phone's width.
  const [before, after] = iwfAiVideos.rows;
  const surge = percentChange(before?.value ?? Number.NaN, after?.value ?? Number.NaN) ?? Number.NaN;
  return (
    <div className="entry-content" style={{ width, maxWidth: '100%' }}>
      {/* The host's stylesheet, as a site would load it (a story only: the charts never write a <style>). */}
      <style>{HOSTS[host]}</style>
      <StatCard
        value={surge}
        format="percent"
        label="increase in AI-generated CSAM videos"
        sources={iwfAiVideos.sources}
        locale={locale}
      />
      <SurgeChart
        data={iwfAiVideos}
        title="AI-generated videos of child sexual abuse (CSAM)"
        locale={locale}
      />
      <NcmecTimeline data={ncmecAiReports} title="Reports to NCMEC involving generative AI" locale={locale} />
      <ProviderBars
        data={ncmecProviderReports}
        title="Reports to NCMEC attributed to three AI companies (unverified)"
        locale={locale}
      />
      <SeverityComparison
        data={iwfSeverity}
        title="The most severe category"
        measureLabel="Category A"
        locale={locale}
      />
      <ShareChart data={iwfVictimSex} title="Victims depicted as girls" locale={locale} />
      <HostingMap data={csamHosting} title="Where CSAM webpages were hosted" locale={locale} />
    </div>
  );
}

const meta = {
  title: 'Host pages',
  component: Page,
  args: { host: 'global text rule', width: 320, locale: 'en-GB' },
  argTypes: {
    host: { control: 'select', options: Object.keys(HOSTS) },
    width: { control: { type: 'range', min: 320, max: 1200, step: 10 } },
  },
  parameters: { a11y: { test: 'off' } },
} satisfies Meta<typeof Page>;

export default meta;
type Story = StoryObj<typeof meta>;

const holds: Story['play'] = async (context) => {
  await readable(context);
  await focusRingSurvives(context);
};

export const GlobalTextRuleAt320: Story = { play: holds };
export const GlobalTextRuleAt640: Story = { args: { width: 640 }, play: holds };
/** Four stat cards side by side on a wide page: each figure fits its card. */
export const CardsAt1200: Story = { args: { host: 'none', width: 1200 }, play: holds };
export const CardsAt880: Story = { args: { host: 'none', width: 880 }, play: holds };
export const FrameworkResetAt320: Story = { args: { host: 'framework reset' }, play: holds };
export const CmsThemeAt320: Story = { args: { host: 'CMS theme' }, play: holds };
export const CmsThemeAt640German: Story = {
  args: { host: 'CMS theme', width: 640, locale: 'de-DE' },
  play: holds,
};
/** The report at 320 px (WCAG 1.4.10 reflow), on a page with no styles of its own, in English and German. */
export const ReportAt320: Story = { args: { host: 'none' }, play: holds };
export const ReportAt320German: Story = { args: { host: 'none', locale: 'de-DE' }, play: holds };

/** Stat cards in a sidebar 180 px wide: the widest figures of the report still fit their cards. */
export const CardsInASidebar: Story = {
  args: { host: 'CMS theme' },
  render: ({ host }) => {
    const [before, after] = iwfAiVideos.rows;
    const surge = percentChange(before?.value ?? Number.NaN, after?.value ?? Number.NaN) ?? Number.NaN;
    return (
      <aside className="entry-content" style={{ width: 180 }} aria-label="Key figures">
        <style>{HOSTS[host]}</style>
        <StatCard
          value={surge}
          format="percent"
          label="increase in AI-generated CSAM videos"
          sources={iwfAiVideos.sources}
          citedSources={iwfAiVideos.citedSources}
        />
        <StatCard value={1_234_567} label="example figure, not real data" />
      </aside>
    );
  },
  play: async (context) => readable(context),
};
