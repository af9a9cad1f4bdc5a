// Opens the MOK container, checks its three views render and finish loading, screenshots it.
// More steps use the helpers of createUi() in scripts/host/run.mjs, e.g.
//   await ui.expandRow('Admin contracts'); await ui.waitForRow('Gerardo'); await ui.shot('contracts');
export default async function explorer({ ui }) {
  await ui.openContainer('MOK');
  for (const view of ['Contracts', 'Service Requests', 'Dynamic Templates']) await ui.waitForView(view);
  await ui.waitForIdle();
  await ui.shot('mok-container');
}
