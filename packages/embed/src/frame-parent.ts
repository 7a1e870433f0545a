/*
 * For the page around a chart's iframe (dist/frame.html): each <iframe data-safeguard-chart> grows to its
 * chart's height. A height is taken only from that iframe's own window and origin, and only as a number.
 * A classic script (it imports and exports nothing), so a page can load it from the chart's host with
 * `<script src defer>`, which needs no CORS headers there (a module script from another origin does).
 */
const HEIGHT = 'safeguard-chart:height';
const MAX_HEIGHT = 20_000;

window.addEventListener('message', (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (!data || data.type !== HEIGHT || typeof data.height !== 'number' || !Number.isFinite(data.height))
    return;
  for (const frame of document.querySelectorAll<HTMLIFrameElement>('iframe[data-safeguard-chart]')) {
    if (frame.contentWindow !== event.source) continue;
    if (new URL(frame.src, window.location.href).origin !== event.origin) return;
    frame.style.height = `${Math.max(0, Math.min(MAX_HEIGHT, Math.ceil(data.height)))}px`;
  }
});
