// Copies the fonts the PNGs are drawn with into dist/fonts, with their licence: Noto Sans (Latin, Greek,
// Cyrillic) and Noto Sans Arabic, from the npm packages of Google Fonts' TTF files.
import { copyFileSync, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';

const require = createRequire(import.meta.url);
const folder = (name) => path.dirname(require.resolve(`${name}/package.json`));
const latin = folder('@expo-google-fonts/noto-sans');
const arabic = folder('@expo-google-fonts/noto-sans-arabic');
const files = [
  [latin, '400Regular/NotoSans_400Regular.ttf', 'NotoSans-Regular.ttf'],
  [latin, '400Regular_Italic/NotoSans_400Regular_Italic.ttf', 'NotoSans-Italic.ttf'],
  [latin, '600SemiBold/NotoSans_600SemiBold.ttf', 'NotoSans-SemiBold.ttf'],
  [latin, '700Bold/NotoSans_700Bold.ttf', 'NotoSans-Bold.ttf'],
  [arabic, '400Regular/NotoSansArabic_400Regular.ttf', 'NotoSansArabic-Regular.ttf'],
  [arabic, '700Bold/NotoSansArabic_700Bold.ttf', 'NotoSansArabic-Bold.ttf'],
  [latin, 'LICENSE_FONT', 'OFL-NotoSans.txt'],
  [arabic, 'LICENSE_FONT', 'OFL-NotoSansArabic.txt'],
];
mkdirSync('dist/fonts', { recursive: true });
for (const [from, file, to] of files) copyFileSync(path.join(from, file), path.join('dist/fonts', to));
console.log(`fonts: ${files.length} files in dist/fonts`);
