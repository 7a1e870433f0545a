// The Storybook's title names the version of the packages it documents, so a reader knows which release a page
// describes (the About this version page says what changed in it).
import { addons } from 'storybook/manager-api';
import { create } from 'storybook/theming';
import react from '../packages/react/package.json';

addons.setConfig({
  theme: create({
    base: 'light',
    brandTitle: `Safeguard Charts ${react.version}`,
    brandUrl: './?path=/docs/about-this-version--docs',
  }),
});
