// Documents & Signatures view: the sandbox's example documents (a public one, one of owner
// 2357893) with their metadata, and its example sign processes — a biometric one waiting for its
// signer, a certified one with its certificate document. Screenshot: documents.png.
import { focusView } from './_layout.mjs';

const view = 'Documents & Signatures';

export default async function documents({ ui }) {
  await focusView(ui, view);
  const doc = await ui.expandRow('personal_contract.pdf', { view });
  await ui.waitForRow('tags', { view, under: doc });
  await ui.collapseRow('personal_contract.pdf', { view });
  await ui.waitForRow('my_doc_name.pdf', { view });
  await ui.expandRow('Biometric signature 7902cd2d', { view });
  await ui.waitForRow('signer_1', { view });
  const certified = await ui.expandRow('Simple signature d2d3b2d0', { view });
  await ui.waitForRow('certificado_firma.pdf', { view, under: certified });
  await ui.waitForIdle();
  await ui.shot('documents');
}
