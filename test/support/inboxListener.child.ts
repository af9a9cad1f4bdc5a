// A child process for the inbox kill test: the real listener on a free port over a store folder,
// printing `port <n>` once it listens; it runs until killed (SIGKILL in the test, mid-stream).
import { InboxListener } from '../../src/core/webhooks/inbox';
import { InboxHistory } from '../../src/core/webhooks/inboxHistory';

const dir = process.argv[2];
if (!dir) throw new Error('usage: inboxListener DIR');

async function main(store: string): Promise<void> {
  const history = await InboxHistory.open({ dir: store });
  const inbox = await InboxListener.start({ history, secret: () => 'sandbox-webhook-secret' });
  process.stdout.write(`port ${inbox.port} events ${history.size}\n`);
  process.once('SIGTERM', () => void inbox.close().then(() => history.close()));
}
void main(dir);
