// Shared layout for the ui scripts (files starting with "_" are not run as scripts).
export const VIEWS = ['Contracts', 'Service Requests', 'Dynamic Templates'];

/**
 * Opens the MOK container at a readable size: 1400×900 window, wide side bar, and only `view`
 * expanded (the other views collapsed) so its rows get the whole height.
 */
export async function focusView(ui, view, { sidebarWidth = 760 } = {}) {
  await ui.page.setViewportSize({ width: 1400, height: 900 });
  await ui.openContainer('MOK');
  for (const v of VIEWS) await ui.waitForView(v);
  await ui.waitForIdle();
  await ui.setSidebarWidth(sidebarWidth);
  for (const v of VIEWS) if (v !== view) await ui.collapseView(v);
  await ui.expandView(view);
  await ui.waitForIdle();
}
