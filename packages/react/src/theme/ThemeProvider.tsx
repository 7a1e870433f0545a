import {
  type ComponentPropsWithoutRef,
  type CSSProperties,
  createContext,
  forwardRef,
  useContext,
} from 'react';
import type { ThemeMode } from './mode';
import { type ThemeToken, tokenProperty } from './tokens';

/** Values for any of the theming tokens, by name without the `--sg-` prefix: `{ mark: '#7a1f5c' }`. */
export type ThemeTokens = Partial<Record<ThemeToken, string>>;

/** Props of {@link ThemeProvider}: a `<div>`'s props, a colour scheme and token values. */
export interface ThemeProviderProps extends ComponentPropsWithoutRef<'div'> {
  /** Colour scheme for every chart inside, unless a chart sets its own `theme`. @default 'auto' */
  mode?: ThemeMode;
  /** Brand tokens for light mode, e.g. `{ mark: '#6a1b9a', font: 'Georgia, serif' }`. */
  light?: ThemeTokens;
  /** Brand tokens for dark mode. */
  dark?: ThemeTokens;
}

const ThemeModeContext = /* @__PURE__ */ createContext<ThemeMode | undefined>(undefined);

/** The colour scheme a chart uses: its own prop, else the nearest ThemeProvider's, else `auto`. */
export function useThemeMode(theme: ThemeMode | undefined): ThemeMode {
  const inherited = useContext(ThemeModeContext);
  const valid = (mode: unknown): mode is ThemeMode => mode === 'auto' || mode === 'light' || mode === 'dark';
  return valid(theme) ? theme : valid(inherited) ? inherited : 'auto';
}

/**
 * Sets brand tokens and a colour scheme for the charts inside it, as CSS custom properties on a wrapping
 * `<div>`. The tokens are written as an inline style; under a Content-Security-Policy without
 * `style-src 'unsafe-inline'`, set the same `--sg-…` properties in your own stylesheet instead.
 */
export const ThemeProvider = /* @__PURE__ */ forwardRef<HTMLDivElement, ThemeProviderProps>(
  function ThemeProvider({ mode, light, dark, style, className, children, ...rest }, ref) {
    const tokens: Record<string, string> = {};
    for (const [scheme, values] of [
      ['light', light],
      ['dark', dark],
    ] as const)
      for (const [name, value] of Object.entries(values ?? {}))
        if (value) tokens[tokenProperty(name as ThemeToken, scheme)] = value;
    const merged = Object.keys(tokens).length ? ({ ...tokens, ...style } as CSSProperties) : style;
    return (
      <ThemeModeContext.Provider value={mode}>
        <div ref={ref} className={className ? `sg-theme ${className}` : 'sg-theme'} style={merged} {...rest}>
          {children}
        </div>
      </ThemeModeContext.Provider>
    );
  },
);
