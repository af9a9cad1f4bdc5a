// Status bar item showing the active environment; live environments are visibly marked.
import * as vscode from 'vscode';
import { Disposable } from '../common/lifecycle';
import type { EnvironmentManager } from './manager';

export class EnvironmentStatusBar extends Disposable {
  private readonly item = this._register(vscode.window.createStatusBarItem('mok.environment', vscode.StatusBarAlignment.Left, 50));

  constructor(private readonly envs: EnvironmentManager) {
    super();
    this.item.name = vscode.l10n.t('MOK environment');
    this.item.command = 'mok.env.switch';
    this._register(envs.onDidChange(() => this.update()));
    this.update();
    this.item.show();
  }

  update(): void {
    const { environment } = this.envs.active();
    const live = environment.kind === 'live';
    this.item.text = `$(${live ? 'warning' : environment.kind === 'sandbox' ? 'beaker' : 'cloud'}) MOK: ${environment.name}${live ? ` ${vscode.l10n.t('(LIVE)')}` : ''}`;
    this.item.backgroundColor = live ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    const md = new vscode.MarkdownString(undefined, true);
    md.appendMarkdown(`**${vscode.l10n.t('MOK environment')}**: ${environment.name} (${environment.kind})\n\n`);
    if (environment.kind !== 'sandbox') md.appendMarkdown(`MOK: \`${environment.mokBaseUrl}\`\n\nDocuments: \`${environment.documentsBaseUrl}\` · org \`${environment.org}\`\n\n`);
    md.appendMarkdown(vscode.l10n.t('Click to switch environment.'));
    this.item.tooltip = md;
  }
}
