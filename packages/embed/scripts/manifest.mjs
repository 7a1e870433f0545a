// Writes the embed's types (dist/index.d.ts) and its Custom Elements Manifest (dist/custom-elements.json) from
// src/attributes.json, the list the element observes: editors, linters and frameworks learn <safeguard-chart>'s
// attributes from them.
import { readFileSync, writeFileSync } from 'node:fs';

const { attributes } = JSON.parse(readFileSync('src/attributes.json', 'utf8'));
const { version } = JSON.parse(readFileSync('package.json', 'utf8'));
const typeOf = (a) =>
  a.boolean ? "'' | boolean" : a.values ? a.values.map((v) => `'${v}'`).join(' | ') : 'string';
const prop = (a) => (/^[a-z]+$/.test(a.name) ? a.name : `'${a.name}'`);

const declarations = `// @safeguard-charts/embed ${version}: the <safeguard-chart> element's types (generated from src/attributes.json).

/** The attributes of \`<safeguard-chart>\`, as HTML writes them. */
export interface SafeguardChartAttributes {
${attributes.map((a) => `  /** ${a.description} */\n  ${prop(a)}?: ${typeOf(a)};`).join('\n')}
}

/** \`<safeguard-chart>\`: draws one chart of Safeguard Charts. Registered when this module loads. */
export declare class SafeguardChartElement extends HTMLElement {
  static observedAttributes: string[];
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
console.log(`types and custom-elements.json: ${attributes.length} attributes`);
