// Contracts view: the provider network with its services, then "MOK: Search Contracts…" driven
// from the command palette with the keyboard (kind, then value), the found contract expanded down
// to one service's limits in words. Screenshot: test-results/ui/contracts.png.
import { focusView } from './_layout.mjs';

const NETWORK = 'Red de Asistencia Ibérica S.L.';
const ACCESS_IDENTIFIER = '123456789'; // the sandbox seed's example contract (id 131)

export default async function contracts({ ui }) {
  await focusView(ui, 'Contracts');
  const view = 'Contracts';

  // Provider network → its Services group (expanded by default) lists the network's services.
  await ui.expandRow(NETWORK, { view });
  await ui.waitForRow('Services', { view, under: NETWORK });
  await ui.waitForRow('Grúa', { view, under: NETWORK });
  await ui.waitForRow('Médico a domicilio', { view, under: NETWORK });

  // Search like a user: palette → kind → value.
  await ui.runCommand('MOK: Search Contracts…');
  await ui.typeInQuickInput('access identifier', { title: 'Search contracts (1/2)', expect: 'By access identifier' });
  await ui.typeInQuickInput(ACCESS_IDENTIFIER, { title: 'Search contracts (2/2)' });
  await ui.waitForIdle();

  const results = `Results for ${ACCESS_IDENTIFIER}`;
  await ui.expandRow(results, { view });
  await ui.waitForRow('1 contract', { view });
  // The contract row: holder name, description "123456789 · Plan Auto Premium".
  const contract = await ui.expandRow(ACCESS_IDENTIFIER, { view, under: results });
  const holder = (await contract.locator('.label-name').textContent())?.trim();
  if (!holder) throw new Error('the found contract has no label');
  await ui.waitForRow('Details', { view, under: holder });
  await ui.expandRow('Services', { view, under: holder });
  // Grúa carries the seed example's limit: 5 uses until the end of the contract.
  const service = await ui.expandRow('Grúa', { view, under: holder });
  const limit = await ui.waitForRow('Uses until end of contract', { view, under: service });
  const words = (await limit.textContent()) ?? '';
  if (!/\d+ of 5 uses until \d{2}\/\d{2}\/\d{4}/.test(words)) throw new Error(`limit row reads "${words}", expected "… of 5 uses until dd/mm/yyyy"`);
  // A second service of the contract, expanded too, shows another kind of limit.
  await ui.expandRow('Asistencia en carretera', { view, under: holder });
  await ui.waitForRow('Variable copayment', { view, under: holder });
  await ui.shot('contracts');
}
