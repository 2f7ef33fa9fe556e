/**
 * oclif's help laid out as python-openstackclient's: the global options (--os-cloud, --debug,
 * ...) are listed once, in `oscloud --help`, and a command's page shows only its own options
 * and the output options, where oclif would repeat the ~35 global ones in the usage line and
 * in a section of their own on every page.
 */
import { type Command, Help } from '@oclif/core';
import { globalFlags } from './flags.js';

/** The help group of the global options (flags.ts). */
const GLOBAL = 'GLOBAL';

/** Root help with a GLOBAL OPTIONS section; command pages without the global options. */
export default class OsHelp extends Help {
  override formatRoot(): string {
    return `${super.formatRoot()}\n\n${this.section('GLOBAL OPTIONS', this.globalOptions())}`;
  }

  override formatCommand(command: Command.Loadable): string {
    const flags = Object.fromEntries(Object.entries(command.flags).filter(([, flag]) => flag.helpGroup !== GLOBAL));
    const page = super.formatCommand({ ...command, flags });
    return `${page.trimEnd()}\n\n${this.section('GLOBAL OPTIONS', this.wrap(`--os-cloud, --os-region-name, --debug and the other options of \`${this.config.bin} --help\`, before or after the command.`))}`;
  }

  /** One line per global option: spelling, description and environment variable. */
  private globalOptions(): string {
    const rows = Object.entries(globalFlags).map(([name, flag]): [string, string] => {
      const spelling = flag.type === 'boolean' ? `--${'allowNo' in flag && flag.allowNo ? '[no-]' : ''}${name}` : `--${name} <value>`;
      const env = flag.env ? ` [env: ${flag.env}]` : '';
      return [spelling, `${flag.description ?? ''}${env}`];
    });
    return this.renderList(rows, { indentation: 2, spacer: '\n', stripAnsi: this.opts.stripAnsi });
  }
}
