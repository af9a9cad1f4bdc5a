// Shared layout for the ui scripts (files starting with "_" are not run as scripts).
export const VIEWS = ['Contracts', 'Service Requests', 'Dynamic Templates', 'Documents & Signatures', 'Requests', 'Sandbox Requests', 'Webhook Inbox'];
export const VIEWS_ES = ['Contratos', 'Solicitudes de servicio', 'Plantillas dinámicas', 'Documentos y firmas', 'Peticiones', 'Peticiones al sandbox', 'Bandeja de webhooks'];

/**
 * Opens the MOK container in a 1400×900 window with only `view` expanded (the other views
 * collapsed) so its rows get the whole height. The side bar keeps VS Code's default width unless
 * `sidebarWidth` is given: rows must read well at the width a new user has.
 */
export async function focusView(ui, view, { sidebarWidth, views = VIEWS } = {}) {
  const { page } = ui;
  await page.setViewportSize({ width: 1400, height: 900 });
  // The workbench lays itself out on window resize; make sure it filled the new size.
  const filled = () => page.waitForFunction(() => Math.abs(document.querySelector('.monaco-workbench').getBoundingClientRect().height - window.innerHeight) < 2, undefined, { timeout: 3000 });
  await filled().catch(async () => {
    await page.evaluate(() => window.dispatchEvent(new Event('resize')));
    await filled().catch(() => console.error('  (workbench did not follow the 1400×900 resize)'));
  });
  await ui.openContainer('MOK');
  for (const v of views) await ui.waitForView(v);
  await ui.waitForIdle();
  if (sidebarWidth) await ui.setSidebarWidth(sidebarWidth);
  for (const v of views) if (v !== view) await ui.collapseView(v);
  await ui.expandView(view);
  await ui.waitForIdle();
}

/** The width of the side bar in CSS pixels (scripts print it next to their screenshots). */
export async function sidebarWidth(page) {
  return Math.round(await page.evaluate(() => document.querySelector('.part.sidebar').getBoundingClientRect().width));
}
