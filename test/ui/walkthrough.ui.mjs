// The "Get started with MOK DevTools" walkthrough in English, every step through its own button
// (see _walkthrough.mjs). Screenshots: walkthrough-en-<step>.png, walkthrough-en-page.png.
import { walkthroughFlow } from './_walkthrough.mjs';

export default async function walkthrough(args) {
  await walkthroughFlow(args, 'en');
}
