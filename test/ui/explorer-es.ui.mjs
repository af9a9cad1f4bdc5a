// The explorer in Spanish (display language es, through code-server's stand-in language pack) at
// VS Code's default side-bar width: view titles, service-request rows ("servicio · cliente",
// "estado · id público", the total "N solicitudes"), a request's history with its time zone, and
// the Contracts view searched from the palette in Spanish down to a limit in words.
// Screenshots: service-requests-es.png, contracts-es.png.
import { VIEWS_ES, focusView, sidebarWidth } from './_layout.mjs';

export const locale = 'es';

const ESTADOS = /^(pendiente|asignada|en curso|completada|cancelada) · 00032-/;

export default async function explorerEs({ ui, page }) {
  const requestsView = 'Solicitudes de servicio';
  await focusView(ui, requestsView, { views: VIEWS_ES });
  await ui.waitForRow('· 00032-', { view: requestsView });
  const header = await ui.waitForView(requestsView);
  await header.locator('.description', { hasText: /^\d+ solicitudes$/ }).waitFor({ state: 'visible', timeout: 10000 })
    .catch(() => { throw new Error('the view header shows no total in Spanish ("N solicitudes")'); });
  const pane = page.locator('.part.sidebar .pane', { has: page.locator('.pane-header', { hasText: /^\s*Solicitudes de servicio/i }) }).first();
  const first = pane.locator('.monaco-list-row[aria-level="1"]').first();
  const description = ((await first.locator('.label-description').textContent()) ?? '').trim();
  if (!ESTADOS.test(description)) throw new Error(`the first row's description reads "${description}", expected a Spanish status and the public id`);
  await pane.locator('.monaco-list').first().focus();
  await page.keyboard.press('Home');
  await page.keyboard.press('ArrowRight');
  const request = pane.locator('.monaco-list-row[aria-level="1"][aria-expanded="true"]').first();
  await request.waitFor({ state: 'visible', timeout: 10000 });
  await ui.expandRow('Historial de estados', { view: requestsView, under: request });
  await ui.waitForRow('UTC', { view: requestsView, under: request });
  await ui.waitForRow('id público', { view: requestsView, under: request });
  await ui.shot('service-requests-es');
  console.log(`  side bar ${await sidebarWidth(page)} px wide`);

  // Contratos: the provider network in words, then a search from the palette in Spanish.
  const contractsView = 'Contratos';
  await ui.collapseView(requestsView);
  await ui.expandView(contractsView);
  await ui.expandRow('Red de Asistencia Ibérica S.L.', { view: contractsView });
  await ui.waitForRow('URL del webhook', { view: contractsView });
  await ui.collapseRow('Red de Asistencia Ibérica S.L.', { view: contractsView });
  await ui.runCommand('MOK: Buscar contratos…');
  await ui.typeInQuickInput('identificador de acceso', { title: 'Buscar contratos (1/2)', expect: 'Por identificador de acceso' });
  await ui.typeInQuickInput('123456789', { title: 'Buscar contratos (2/2)' });
  await ui.waitForIdle();
  const results = 'Resultados de 123456789';
  await ui.expandRow(results, { view: contractsView });
  const contract = await ui.expandRow('123456789', { view: contractsView, under: results });
  const holder = ((await contract.locator('.label-name').textContent()) ?? '').trim();
  await ui.expandRow('Servicios', { view: contractsView, under: holder });
  const service = await ui.expandRow('Grúa', { view: contractsView, under: holder });
  const limit = await ui.waitForRow('Usos hasta el fin del contrato', { view: contractsView, under: service });
  const words = (await limit.textContent()) ?? '';
  if (!/\d+ de 5 usos hasta \d{2}\/\d{2}\/\d{4}/.test(words)) throw new Error(`the limit row reads "${words}"`);
  await ui.shot('contracts-es');
}
