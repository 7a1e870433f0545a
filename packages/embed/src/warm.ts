/*
 * The first `Intl` call of a page loads ICU's data (25 ms and more in Chromium, nearly all of it in that first
 * call: every `Intl` object after it takes under a millisecond); the chart's first render would pay it, in its
 * locale check. The loader pays it instead, right after asking for the chart's files, while they are on their
 * way: the same work, off the path to the drawn chart.
 */

/** Makes the page's first `Intl` call, for `locale`; never throws. */
export function warmIntl(locale: string): void {
  try {
    Intl.NumberFormat.supportedLocalesOf([locale]);
  } catch {
    // A malformed locale: the chart falls back to en-US itself.
  }
}
