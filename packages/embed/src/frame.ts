/*
 * The chart as a page of its own, for sites whose CMS allows only iframes (WordPress.com posts, some newsroom
 * CMSs): dist/frame.html?chart=surge&dataset=iwfAiVideos&locale=de&theme=dark draws that chart, and tells the
 * page around it its height whenever it changes (frame-parent.js on that page sets the iframe's height).
 */
// The element comes from the loader, which frame.html loads before this script (an import here would move the
// loader into a shared chunk and change the address its embed code gives), and which defines it once its code has
// come; the attributes are those it observes.

customElements.whenDefined('safeguard-chart').then((element) => {
  const defined = element as { observedAttributes?: string[] };
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
  document.body.style.margin = '0';
  document.body.append(chart);

  /** The message frame-parent.js listens for. */
  const HEIGHT = 'safeguard-chart:height';
  let last = 0;
  const tell = () => {
    titleOfChart();
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last || window.parent === window) return;
    last = height;
    // Only a height leaves the frame; the page around it checks where the message comes from.
    window.parent.postMessage({ type: HEIGHT, height }, '*');
  };
  new ResizeObserver(tell).observe(document.documentElement);
});

// A module, not a script: its names stay its own.
export {};
