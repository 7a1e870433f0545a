/**
 * Written by scripts/attributes.mjs from src/attributes.json: the attributes <safeguard-chart> observes, the props
 * each chart form takes, and each attribute read into its prop (src/readers.ts).
 */
declare module 'virtual:safeguard-attributes' {
  /** Every attribute but those read once, when the element is connected (`shadow`). */
  export const OBSERVED_ATTRIBUTES: string[];
  /** The props each form of chart takes (CHART_KIND_INFO's `form`); a kind's own options come on top. */
  export const FORM_PROPS: Record<
    typeof import('./react').CHART_KIND_INFO[import('./react').ChartKind]['form'],
    readonly string[]
  >;
  /** Each prop read from its attribute's value (`get`: undefined when absent), a CSV child's `notes` after the page's own. */
  export function readAttributes(
    get: (name: string) => string | undefined,
    notes?: readonly string[],
  ): Record<string, unknown>;
}
