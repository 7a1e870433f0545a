/*
 * The fonts every PNG is drawn with, shipped in the package (dist/fonts, copied from Google's Noto Sans and
 * Noto Sans Arabic under the SIL Open Font License 1.1, see dist/fonts/OFL-*.txt): no system font is read, so an
 * image is the same on every machine. Japanese and Chinese need a CJK font of your own (`--font`).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The bundled font files: their family and file names. */
export const BUNDLED_FONTS = [
  {
    family: 'Noto Sans',
    files: ['NotoSans-Regular.ttf', 'NotoSans-Italic.ttf', 'NotoSans-SemiBold.ttf', 'NotoSans-Bold.ttf'],
  },
  { family: 'Noto Sans Arabic', files: ['NotoSansArabic-Regular.ttf', 'NotoSansArabic-Bold.ttf'] },
] as const;

/** The font stack written into every SVG: the bundled families first, then the reader's own. */
export const FONT_STACK = `${BUNDLED_FONTS.map((font) => `"${font.family}"`).join(', ')}, system-ui, sans-serif`;

/** The bundled font files' paths. */
export function fontFiles(): string[] {
  const folder = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fonts');
  return BUNDLED_FONTS.flatMap((font) => font.files.map((file) => path.join(folder, file)));
}
