// The walkthrough with the workbench in Spanish: its title, steps, buttons and pictures come from
// package.nls.es.json (see _walkthrough.mjs). Screenshots: walkthrough-es-<step>.png,
// walkthrough-es-page.png.
import { walkthroughFlow } from './_walkthrough.mjs';

export const locale = 'es';

export default async function walkthroughEs(args) {
  await walkthroughFlow(args, 'es');
}
