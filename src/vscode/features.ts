// The entry of dist/features.js: command implementations the extension requires the first time one
// of their commands runs (src/vscode/common/lazyCommands.ts), so activation loads only their ids.
// The shell imports only the type of this module (src/vscode/common/bundles.ts, `featuresBundle()`).
export { registerEnvironmentEditing } from './environments/edit';
export { registerWebhookCommands } from './webhooks/commands';
export { registerAuthoringCommands } from './authoring/commands';
export { registerVersionCompareCommands } from './versions/compare';
export { createFillPreview } from './preview/previewPanel';
export { registerFillRunCommands } from './fillRun/commands';
export { registerSandboxRequestCommands } from './sandboxRequests/commands';
export { registerDocumentCommands } from './documents/commands';
export { registerRunnerCommands } from './runner/commands';
