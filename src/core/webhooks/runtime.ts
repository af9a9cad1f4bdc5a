// The entry of dist/webhooks.js, the bundle the extension requires when a webhook is first sent or
// the inbox first opened: what needs undici or node:http (sending, replaying, the inbox listener),
// kept out of the extension's activation bundle.
export { sendWebhook } from './delivery';
export { InboxListener, replayEvent } from './inbox';
export { InboxHistory } from './inboxHistory';
export { triggerPlatformEvent } from './sandboxControl';
