// Commands whose implementation lives in a lazily required bundle (dist/features.js): the shell
// registers a stand-in for each id; the first time any of them runs, the stand-ins go, `load`
// registers the real commands (requiring the bundle) and the command runs again with the same
// arguments — commands of this extension host are called directly, so tree nodes and objects pass
// as they are. Activation pays for the ids only; the host tier checks every contributed command is
// registered right after activation.
import * as vscode from 'vscode';

export function lazyCommands(ids: readonly string[], load: () => vscode.Disposable[]): vscode.Disposable {
  let real: vscode.Disposable[] | undefined;
  let standIns: vscode.Disposable[] = [];
  const register = () => {
    standIns = ids.map((id) =>
      vscode.commands.registerCommand(id, async (...args: unknown[]) => {
        if (!real) {
          for (const s of standIns) s.dispose();
          try {
            real = load();
          } catch (e) {
            register(); // the next run tries again
            throw e;
          }
          const known = new Set(await vscode.commands.getCommands(true));
          const missing = ids.filter((i) => !known.has(i));
          if (missing.length) throw new Error(`MOK DevTools: the lazily loaded commands do not include ${missing.join(', ')} (src/vscode/common/lazyCommands.ts)`);
        }
        return vscode.commands.executeCommand(id, ...args);
      }),
    );
  };
  register();
  return {
    dispose: () => {
      for (const d of real ?? standIns) d.dispose();
    },
  };
}
