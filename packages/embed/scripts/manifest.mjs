// Writes the embed's types (dist/index.d.ts) and its Custom Elements Manifest (dist/custom-elements.json) from
// src/attributes.json, the one list of the element's attributes (the element reads them by it too, see
// scripts/attributes.mjs): editors, linters and frameworks learn <safeguard-chart>'s attributes from them.
import { readFileSync, writeFileSync } from 'node:fs';

const { attributes } = JSON.parse(readFileSync('src/attributes.json', 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const typeOf = (a) =>
  a.boolean
    ? "'' | boolean"
    : a.values
      ? a.values.map((v) => `'${v}'`).join(' | ')
      : a.number
        ? // biome-ignore lint/suspicious/noTemplateCurlyInString: a TypeScript template literal type, as text
          'number | `${number}`'
        : 'string';
const prop = (a) => (/^[a-z]+$/.test(a.name) ? a.name : `'${a.name}'`);
// The `ownFigures` property's type, as src/own-figures.ts declares it (its one source), with its comment.
const ownFigures = readFileSync('src/own-figures.ts', 'utf8').match(
  /\/\*\*(?:(?!\*\/)[\s\S])*\*\/\nexport interface OwnFigures \{[\s\S]*?\n\}\n/,
)?.[0];
if (!ownFigures) throw new Error('manifest: src/own-figures.ts declares no OwnFigures interface');

const declarations = `// @safeguard-charts/embed ${version}: the <safeguard-chart> element's types (generated from src/attributes.json).

/** The attributes of \`<safeguard-chart>\`, as HTML writes them. */
export interface SafeguardChartAttributes {
${attributes.map((a) => `  /** ${a.description} */\n  ${prop(a)}?: ${typeOf(a)};`).join('\n')}
}

${ownFigures}
/** \`<safeguard-chart>\`: draws one chart of Safeguard Charts. Registered when this module loads. */
export declare class SafeguardChartElement extends HTMLElement {
  static observedAttributes: string[];
  /**
   * The page's own figures, given by script: drawn instead of a figures child or a \`dataset\`. Undefined to go
   * back to those.
   */
  ownFigures: OwnFigures | undefined;
}

/** The element's name. */
export declare const TAG = 'safeguard-chart';

declare global {
  interface HTMLElementTagNameMap {
    'safeguard-chart': SafeguardChartElement;
  }
}
`;
writeFileSync('dist/index.d.ts', declarations);

// The element in JSX, one entry point per framework, so the main types need neither React's nor Preact's:
// `import type {} from '@safeguard-charts/embed/jsx-react'` (or `jsx-preact`) once in a project adds
// <safeguard-chart> to that framework's JSX.IntrinsicElements (React 19 reads `React.JSX`, Preact `preact.JSX`).
const jsx = (
  framework,
  imports,
  props,
) => `// @safeguard-charts/embed ${version}: <safeguard-chart> in ${framework}'s JSX (generated from src/attributes.json).
// Import it once, for its types: import type {} from '@safeguard-charts/embed/jsx-${framework.toLowerCase()}';
${imports}
import type { SafeguardChartAttributes, SafeguardChartElement } from './index.js';

/** \`<safeguard-chart>\`'s props in ${framework}: an HTML element's, and the element's own attributes. */
export type SafeguardChartProps = ${props} & SafeguardChartAttributes;

declare module '${framework.toLowerCase()}' {
  namespace JSX {
    interface IntrinsicElements {
      'safeguard-chart': SafeguardChartProps;
    }
  }
}
`;
writeFileSync(
  'dist/jsx-react.d.ts',
  jsx(
    'React',
    "import type { DetailedHTMLProps, HTMLAttributes } from 'react';",
    'DetailedHTMLProps<HTMLAttributes<SafeguardChartElement>, SafeguardChartElement>',
  ),
);
writeFileSync(
  'dist/jsx-preact.d.ts',
  jsx('Preact', "import type { JSX } from 'preact';", 'JSX.HTMLAttributes<SafeguardChartElement>'),
);

const manifest = {
  schemaVersion: '2.1.0',
  readme: 'README.md',
  modules: [
    {
      kind: 'javascript-module',
      path: 'dist/safeguard-charts.js',
      declarations: [
        {
          kind: 'class',
          name: 'SafeguardChartElement',
          tagName: 'safeguard-chart',
          customElement: true,
          description:
            'Draws one chart of Safeguard Charts: statistics on child sexual abuse material (CSAM) from IWF, NCMEC, Stanford and Thorn, or your own figures, with a source line, notes, a data table and downloads.',
          superclass: { name: 'HTMLElement' },
          members: [
            {
              kind: 'field',
              name: 'ownFigures',
              type: { text: 'OwnFigures | undefined' },
              description:
                'Your own figures given by script (type text/csv or application/json, text, unit, source, sourceTitle, title, valueColumn), drawn instead of a figures child or a dataset; for pages under Trusted Types.',
            },
          ],
          attributes: attributes.map((a) => ({
            name: a.name,
            description: a.description,
            type: { text: typeOf(a) },
          })),
          slots: [
            {
              name: '',
              description:
                'Your own figures: a <script type="text/csv" data-unit data-source data-source-title> or <script type="application/json"> child.',
            },
          ],
          cssProperties: [
            { name: '--sg-text' },
            { name: '--sg-background' },
            { name: '--sg-mark' },
            { name: '--sg-mark-emphasis' },
            { name: '--sg-focus' },
            { name: '--sg-font' },
          ],
        },
      ],
      exports: [
        {
          kind: 'custom-element-definition',
          name: 'safeguard-chart',
          declaration: { name: 'SafeguardChartElement', module: 'dist/safeguard-charts.js' },
        },
        {
          kind: 'js',
          name: 'SafeguardChartElement',
          declaration: { name: 'SafeguardChartElement', module: 'dist/safeguard-charts.js' },
        },
      ],
    },
  ],
};
writeFileSync('dist/custom-elements.json', `${JSON.stringify(manifest, null, 2)}\n`);
console.log(
  `types (with JSX for React and Preact) and custom-elements.json: ${attributes.length} attributes`,
);
