// Disposal for everything the extension creates: a base class whose `_register` keeps what must
// be disposed with the owner (views, emitters, subscriptions), disposed once, newest first, each
// failure logged instead of stopping the rest.
import type * as vscode from 'vscode';

export abstract class Disposable implements vscode.Disposable {
  private readonly owned: vscode.Disposable[] = [];
  private disposedValue = false;

  /** Keeps `d` until this object is disposed (at once, if it already is). */
  protected _register<T extends vscode.Disposable>(d: T): T {
    if (this.disposedValue) d.dispose();
    else this.owned.push(d);
    return d;
  }

  protected get isDisposed(): boolean {
    return this.disposedValue;
  }

  dispose(): void {
    if (this.disposedValue) return;
    this.disposedValue = true;
    disposeAll(this.owned.splice(0).reverse());
  }
}

/** Disposes each item; one that throws does not keep the others alive. */
export function disposeAll(items: Iterable<vscode.Disposable>): void {
  const errors: unknown[] = [];
  for (const d of items) {
    try {
      d.dispose();
    } catch (e) {
      errors.push(e);
    }
  }
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, 'several disposables failed');
}
