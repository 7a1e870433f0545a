/*
 * The chart as a page of its own, for sites whose CMS allows only iframes (WordPress.com posts, some newsroom
 * CMSs): dist/frame.html?chart=surge&dataset=iwfAiVideos&locale=de&theme=dark draws that chart, and tells the
 * page around it its height whenever it changes (frame-parent.js on that page sets the iframe's height), also
 * while the frame is out of sight.
 */
// The element comes from the loader, which frame.html loads before this script (an import here would move the
// loader into a shared chunk and change the address its embed code gives), and which defines it once its code has
// come; the attributes are those it observes. (Types are no import: they leave no trace in the built file.)
import type { OwnFigures } from './own-figures';

/** The names of the figures' details in the address's fragment, by `OwnFigures`' names. */
const FRAGMENT_NAMES = {
  unit: 'unit',
  source: 'source',
  sourceTitle: 'source-title',
  title: 'figures-title',
  valueColumn: 'value-column',
  checks: 'checks',
} as const;

customElements.whenDefined('safeguard-chart').then((element) => {
  const defined = element as { observedAttributes?: string[] };
  // An iframe page the chart maker wrote (my-chart.html) holds its chart: it is told about, not made again.
  const written = document.querySelector('safeguard-chart');
  if (written) {
    document.body.style.margin = '0';
    tellHeights(written);
    return;
  }
  const params = new URL(window.location.href).searchParams;
  const chart = document.createElement('safeguard-chart');
  for (const name of defined?.observedAttributes ?? []) {
    const value = params.get(name);
    if (value !== null) chart.setAttribute(name, value);
  }
  document.documentElement.lang = params.get('locale') || 'en';
  // The page's title is the chart's: the URL's `title`, else the title the chart writes (its dataset's, in the
  // reader's language), once it is drawn; never an English word on a page in another language.
  const title = params.get('title');
  if (title) document.title = title;
  const titleOfChart = () => {
    const heading = chart.querySelector('.sg-chart__title, .sg-stat__sentence')?.textContent?.trim();
    if (!title && heading && document.title !== heading) document.title = heading;
  };
  // An organisation's own figures, in the address's fragment (after `#`, which a browser never sends to the host):
  // `#csv=<the CSV>&unit=URLs&source=…&source-title=…` (or `#json=…`), drawn as the embed draws a figures child,
  // each other name as that child's `data-` attribute of the same name.
  const fragment = new URLSearchParams(window.location.hash.slice(1));
  const csv = fragment.get('csv');
  const json = fragment.get('json');
  if (csv !== null || json !== null) {
    const figures: OwnFigures = {
      type: csv !== null ? 'text/csv' : 'application/json',
      text: csv ?? json ?? '',
    };
    for (const [key, name] of Object.entries(FRAGMENT_NAMES)) {
      const value = fragment.get(name);
      if (value !== null) figures[key as keyof typeof FRAGMENT_NAMES] = value;
    }
    (chart as HTMLElement & { ownFigures?: OwnFigures }).ownFigures = figures;
  }
  document.body.style.margin = '0';
  document.body.append(chart);
  tellHeights(chart, titleOfChart);
});

/**
 * Tells the page around the frame its height (frame-parent.js there sets the iframe's), whenever it changes; and
 * calls `changed` first each time (the page's title follows the chart's).
 */
function tellHeights(chart: Element, changed = () => {}): void {
  /** The message frame-parent.js listens for. */
  const HEIGHT = 'safeguard-chart:height';
  let last = 0;
  const tell = () => {
    changed();
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    // Only a height leaves the frame; the page around it checks where the message comes from.
    window.parent.postMessage({ type: HEIGHT, height }, '*');
  };
  new ResizeObserver(tell).observe(document.documentElement);
  // Chromium does not lay out or paint a cross-origin frame far from the window, and runs no ResizeObserver in it,
  // until it is scrolled near: the height is also told when the chart changes (drawn, "Show data" opened), measured
  // then (a forced layout runs in such a frame too), so a frame below the fold has its height before it is seen.
  const changes = new MutationObserver(tell);
  for (const root of [chart, chart.shadowRoot])
    if (root)
      changes.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
  window.addEventListener('resize', tell);
}
