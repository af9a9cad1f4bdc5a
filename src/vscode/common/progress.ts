// Cancellation and progress for network work: VS Code's CancellationToken becomes the AbortSignal
// core functions take, and anything that can take over a second shows a cancellable notification.
import * as vscode from 'vscode';

/** A CancellationToken as an AbortSignal; dispose it when the work is done (drops the listener). */
export function toAbortSignal(token: vscode.CancellationToken): { signal: AbortSignal; dispose(): void } {
  const ac = new AbortController();
  if (token.isCancellationRequested) {
    ac.abort();
    return { signal: ac.signal, dispose: () => undefined };
  }
  const sub = token.onCancellationRequested(() => ac.abort());
  return {
    signal: ac.signal,
    dispose: () => {
      sub.dispose();
    },
  };
}

/**
 * Runs a network task with a cancellable notification. When the user cancels, the task's signal
 * aborts and the task rejects (core functions reject with `ApiError` reason `cancelled`): callers
 * treat that as "nothing happened", not as a failure to report.
 */
export async function withCancellableProgress<T>(title: string, task: (signal: AbortSignal) => Promise<T>): Promise<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title, cancellable: true }, async (_p, token) => {
    const cancel = toAbortSignal(token);
    try {
      return await task(cancel.signal);
    } finally {
      cancel.dispose();
    }
  });
}
