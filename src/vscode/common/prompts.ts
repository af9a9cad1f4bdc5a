// The questions features ask (pick one, type a value, confirm a risky step), behind one small
// interface: the window's quick input and modal dialogs by default. Host tests answer them through
// the extension API (`MokApi.prompts.override`) because an extension host cannot click a quick pick.
import * as vscode from 'vscode';

export interface PickOptions<T extends vscode.QuickPickItem> {
  title: string;
  placeHolder?: string;
  /** The item highlighted when the pick opens (e.g. the current value). */
  active?: T;
}

export interface InputOptions {
  title: string;
  prompt?: string;
  placeHolder?: string;
  value?: string;
  password?: boolean;
  validateInput?(value: string): string | undefined;
}

export interface Prompts {
  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: PickOptions<T>): Promise<T | undefined>;
  input(options: InputOptions): Promise<string | undefined>;
  /** A modal question; true only when the user chose `action`. */
  confirm(message: string, options: { detail?: string; action: string }): Promise<boolean>;
}

/** The real questions: quick input and modal dialogs. */
export const windowPrompts: Prompts = {
  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: PickOptions<T>): Promise<T | undefined> {
    const qp = vscode.window.createQuickPick<T>();
    qp.title = options.title;
    qp.placeholder = options.placeHolder;
    qp.items = items;
    if (options.active) qp.activeItems = [options.active];
    return new Promise<T | undefined>((resolve) => {
      let picked: T | undefined;
      qp.onDidAccept(() => {
        picked = qp.activeItems[0];
        qp.hide();
      });
      qp.onDidHide(() => {
        qp.dispose();
        resolve(picked);
      });
      qp.show();
    });
  },
  async input(options: InputOptions): Promise<string | undefined> {
    return vscode.window.showInputBox({ ignoreFocusOut: true, ...options, validateInput: options.validateInput ? (v) => options.validateInput?.(v) : undefined });
  },
  async confirm(message, options): Promise<boolean> {
    const pick = await vscode.window.showWarningMessage(message, { modal: true, detail: options.detail }, options.action);
    return pick === options.action;
  },
};

/** What features hold: the window's prompts, or the ones a host test put in their place. */
export class SwitchablePrompts implements Prompts {
  private impl: Prompts = windowPrompts;

  /** Host tests answer the questions themselves; `undefined` restores the window's. */
  override(prompts: Prompts | undefined): void {
    this.impl = prompts ?? windowPrompts;
  }

  pick<T extends vscode.QuickPickItem>(items: readonly T[], options: PickOptions<T>): Promise<T | undefined> {
    return this.impl.pick(items, options);
  }
  input(options: InputOptions): Promise<string | undefined> {
    return this.impl.input(options);
  }
  confirm(message: string, options: { detail?: string; action: string }): Promise<boolean> {
    return this.impl.confirm(message, options);
  }
}
