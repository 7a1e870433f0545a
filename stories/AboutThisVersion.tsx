import { AS_OF } from '@safeguard-charts/data';
import cli from '../packages/cli/package.json';
import data from '../packages/data/package.json';
import embed from '../packages/embed/package.json';
import react from '../packages/react/package.json';

/** The packages this Storybook documents, at the versions it was built from. */
export function Versions() {
  const checked = new Intl.DateTimeFormat('en-GB', {
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(new Date(`${AS_OF}-01T00:00:00Z`));
  return (
    <>
      <table>
        <caption>The packages this Storybook documents</caption>
        <thead>
          <tr>
            <th scope="col">package</th>
            <th scope="col">version</th>
          </tr>
        </thead>
        <tbody>
          {[data, react, embed, cli].map((pkg) => (
            <tr key={pkg.name}>
              <td>
                <code>{pkg.name}</code>
              </td>
              <td>{pkg.version}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        The figures of <code>@safeguard-charts/data</code> {data.version} were checked against their
        publishers in {checked}.
      </p>
    </>
  );
}
