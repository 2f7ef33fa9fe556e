import { Args, Command, loadHelpClass } from '@oclif/core';

/** `oscloud help [command...]`: the same text as `--help` (python-openstackclient has `openstack help <command>`). */
export default class HelpCommand extends Command {
  static override description = 'Display help for oscloud or one of its commands';
  static override strict = false;
  static override args = { command: Args.string({ required: false, description: 'Command or topic to show help for (words, e.g. server create)' }) };

  async run(): Promise<void> {
    const { argv } = await this.parse(HelpCommand);
    const Help = await loadHelpClass(this.config);
    await new Help(this.config).showHelp(argv.map(String));
  }
}
