// The seed's whole report, "The AI-CSAM Explosion", rebuilt from the public API of the two packages and
// nothing else: the example a site can copy.
import {
  amazonTrainingDataReports,
  csamHosting,
  forumStudy,
  headlineStats,
  iwfAiVideos,
  iwfSeverity,
  iwfVictimSex,
  legislation,
  ncmecAiReports,
  ncmecProviderReports,
  openAiH1Reports,
  seedSources,
} from '@safeguard-charts/data';
import {
  formatNumber,
  HostingMap,
  LegislationTracker,
  NcmecTimeline,
  ProviderBars,
  SeverityComparison,
  ShareChart,
  SourceList,
  StatCard,
  StatGrid,
  SurgeChart,
  type ThemeMode,
} from '@safeguard-charts/react';

export interface ReportProps {
  /** Numbers and direction. */
  locale?: string;
  /** Colour scheme of every chart. */
  theme?: ThemeMode;
  /** The report's figures or, where a check found one, the publisher's. */
  figures?: 'seed' | 'publisher';
}

const amazon = amazonTrainingDataReports.rows[0];

/**
 * The report's "380,000 from Amazon AI Services", said beside the NCMEC chart and not pinned to its H1 2025 bar:
 * about 380,000 items of known CSAM in AI training data, with no period, not a part of NCMEC's count.
 */
function amazonNote(value: number, locale: string | undefined): string {
  return `The report attributes ${formatNumber(value, { locale })} of the H1 2025 reports to Amazon AI Services. The press gives about ${formatNumber(value, { locale })} items of known CSAM that Amazon found in AI training data, with no period: they are not part of NCMEC’s count above.`;
}

export function Report({ locale, theme, figures = 'seed' }: ReportProps) {
  const common = { locale, theme, figures } as const;
  return (
    <article className="report" lang="en">
      <header>
        <h1>The AI-CSAM Explosion</h1>
        <p>
          The figures behind a campaign page on AI-generated child sexual abuse material (CSAM), each with its
          source and what a check against its publisher found.
        </p>
      </header>

      <section aria-labelledby="key-figures">
        <h2 id="key-figures">Key figures</h2>
        <StatGrid aria-label="Key figures">
          {headlineStats.map((stat) => (
            <StatCard
              key={stat.id}
              value={stat.value}
              format={stat.format}
              label={stat.label}
              sources={stat.sources}
              citedSources={stat.citedSources}
              verification={stat.verification}
              locale={locale}
              theme={theme}
            />
          ))}
        </StatGrid>
      </section>

      <section aria-labelledby="scale">
        <h2 id="scale">The scale of the crisis</h2>
        <SurgeChart
          {...common}
          data={iwfAiVideos}
          title="AI-generated CSAM videos found by the IWF"
          subtitle="Videos per year"
        />
        <SeverityComparison
          {...common}
          data={iwfSeverity}
          title="AI videos are more often of the most severe category"
          subtitle="Share of videos classified as Category A, 2025"
          measureLabel="Category A"
        />
        <ShareChart
          {...common}
          data={forumStudy}
          title={`${formatNumber(forumStudy.imagesInOneMonth.value, { locale })} AI images in one forum in one month`}
          subtitle="Share realistic enough to be prosecuted"
        />
      </section>

      <section aria-labelledby="ncmec">
        <h2 id="ncmec">NCMEC reporting surge</h2>
        <NcmecTimeline
          {...common}
          data={ncmecAiReports}
          title="CyberTipline reports involving generative AI, received by NCMEC"
          subtitle="Reports per year; H1 2025 is the first half of the year only"
          notes={amazon ? [amazonNote(amazon.value, locale)] : undefined}
        />
        <SurgeChart
          {...common}
          data={openAiH1Reports}
          title="OpenAI’s CyberTipline reports, first half of 2024 and 2025"
          subtitle="Reports, January to June of each year"
        />
        <ProviderBars
          {...common}
          data={ncmecProviderReports}
          title="Reports to NCMEC the report attributes to three AI companies (unverified)"
          subtitle="Not verified: no publisher’s document holds these counts"
        />
        <ShareChart {...common} data={iwfVictimSex} title="Victims depicted as girls" />
      </section>

      <section aria-labelledby="hosting">
        <h2 id="hosting">Where the CSAM webpages the IWF confirmed in 2024 were hosted</h2>
        <HostingMap
          {...common}
          data={csamHosting}
          title="Where the CSAM webpages the IWF confirmed were hosted"
          subtitle="2024"
        />
      </section>

      <section aria-labelledby="law">
        <h2 id="law">Legal response</h2>
        <LegislationTracker data={legislation} title="Laws and bills" locale={locale} theme={theme} />
      </section>

      <SourceList
        title="Documents that hold these figures"
        data={[
          iwfAiVideos,
          iwfSeverity,
          forumStudy,
          iwfVictimSex,
          ncmecAiReports,
          amazonTrainingDataReports,
          openAiH1Reports,
          csamHosting,
          legislation,
        ]}
        theme={theme}
      />
      {/* The report's own citations, which a check found do not all hold its figures: listed apart. */}
      <SourceList title="What the report cites" data={[seedSources]} theme={theme} />
    </article>
  );
}
