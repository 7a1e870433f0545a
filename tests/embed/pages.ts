// The pages the embed's browser tests show, shared by the Chromium tests (embed.test.ts) and the Firefox ESR
// tests (firefox.test.ts), so both browsers are held to the same pages.

/** A page that shows one chart, and nothing else: what a site with one chart loads. */
export const onePage = (chart: string, dataset: string, script = '/safeguard-charts.js') => `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>One chart</title>
<script type="module" src="${script}"></script></head>
<body><safeguard-chart chart="${chart}" dataset="${dataset}"></safeguard-chart></body></html>`;

/** The page of every feature: a dataset, inline JSON and CSV, a language, a theme, a shadow root, bad figures. */
export const embedPage = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><title>Embed test</title>
<script type="module" src="/safeguard-charts.js"></script></head>
<body>
<h1>An NGO page without React</h1>
<safeguard-chart id="bars" chart="provider-bars" dataset="ncmecProviderReports" title="AI companies report CSAM"></safeguard-chart>
<safeguard-chart id="printed" chart="surge" dataset="iwfAiVideos" print-table title="AI videos, with their table on paper"></safeguard-chart>
<safeguard-chart id="german" chart="ncmec-timeline" dataset="ncmecAiReports" locale="de-DE" theme="dark" title="Meldungen an NCMEC"></safeguard-chart>
<safeguard-chart id="shadow" shadow chart="surge" dataset="iwfAiVideos" title="AI videos"></safeguard-chart>
<safeguard-chart id="own" chart="provider-bars" title="Our own figures">
  <script type="application/json">{"id":"ours","title":"Ours","description":"","unit":"reports","asOf":"2026-11",
  "verification":{"status":"confirmed","note":"Our own count."},
  "sources":[{"publisher":"Our hotline","title":"Annual figures"}],
  "rows":[{"provider":"Hotline A","value":120,"newReporter":false},{"provider":"Hotline B","value":80,"newReporter":true}]}</script>
</safeguard-chart>
<safeguard-chart id="bad" chart="provider-bars" title="Broken figures">
  <script type="application/json">{"unit":"reports","sources":[],"rows":[{"provider":"X","value":"12","newReporter":false}]}</script>
</safeguard-chart>
<safeguard-chart id="unknown" chart="pie" dataset="ncmecAiReports" theme="dark" title="No such chart"></safeguard-chart>
<safeguard-chart id="csv" chart="ncmec-timeline" locale="de-DE" title="Meldungen an unsere Hotline">
  <script type="text/csv" data-unit="URLs" data-source="Beispiel-Hotline" data-source-title="Beispielzahlen, keine echten Daten">Zeitraum;Wert
2024-01;1.234
2024-02;987
2024-03;1.102</script>
</safeguard-chart>
<safeguard-chart id="badcsv" chart="surge" title="Broken spreadsheet">
  <script type="text/csv">period,value
2024,12
last year,5</script>
</safeguard-chart>
<safeguard-chart id="badcsvde" chart="surge" locale="de-DE" title="Fehlerhafte Tabelle">
  <script type="text/csv">Zeitraum;Wert
2024;12
letztes Jahr;5
2025;zwölf</script>
</safeguard-chart>
<safeguard-chart id="map" chart="hosting-map" dataset="csamHosting" title="Where CSAM is hosted"></safeguard-chart>
<safeguard-chart id="laws" chart="legislation" dataset="legislation" title="Laws"></safeguard-chart>
<safeguard-chart id="sources" chart="sources" dataset="ncmecAiReports"></safeguard-chart>
</body></html>`;

/**
 * A site's post (on the test server's 127.0.0.1) showing a chart in an iframe from another origin (localhost on
 * the same port), as a CMS that strips <script> from posts shows one; the site's own template carries
 * frame-parent.js. The second iframe is not a chart's: it keeps its height.
 */
export function parentPage(port: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A CMS post</title>
<script type="module" src="/frame-parent.js"></script></head><body><p>Our post.</p>
<iframe data-safeguard-chart title="AI-generated CSAM videos" width="600" height="150"
  src="http://localhost:${port}/frame.html?chart=surge&amp;dataset=iwfAiVideos&amp;locale=de-DE"></iframe>
<iframe id="other" width="600" height="150" src="http://localhost:${port}/frame.html?chart=severity&amp;dataset=iwfSeverity"></iframe>
</body></html>`;
}

/**
 * A CMS post whose template loads frame-parent.js from the chart's own host (localhost, served without CORS
 * headers) as the README says, as a classic script, and whose chart is far below the fold.
 */
export function farParentPage(port: number): string {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A long CMS post</title>
<script src="http://localhost:${port}/frame-parent.js" defer></script></head><body><p>Our post.</p>
${'<p>A long text, paragraph after paragraph.</p>'.repeat(120)}
<iframe data-safeguard-chart title="Reports by provider" width="600" height="150"
  src="http://localhost:${port}/frame.html?chart=provider-bars&amp;dataset=ncmecProviderReports"></iframe>
</body></html>`;
}

/** `html` with `tags` first in its <head>, before any other script of the page runs. */
export const withHead = (html: string, tags: string) => html.replace('<head>', `<head>${tags}`);

/** The address of frame.html drawing a hotline's own figures (a German Excel CSV), carried in its fragment. */
export function ownFiguresFrame(host: string): string {
  const fragment = new URLSearchParams({
    csv: 'Zeitraum;Wert\n2024-01;1.234\n2024-02;987\n2024-03;1.102',
    unit: 'URLs',
    source: 'Beispiel-Hotline',
    'source-title': 'Beispielzahlen, keine echten Daten',
  });
  return `${host}/frame.html?chart=surge&locale=de-DE&title=Gemeldete%20URLs#${fragment}`;
}
