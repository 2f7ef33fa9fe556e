import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';

/** `oscloud token issue` */
export default class TokenIssue extends ShowCommand<typeof TokenIssue> {
  static override description = 'Issue new token';

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const info = await cloud.tokenInfo();
    const data: Record<string, unknown> = { expires: info.expires, id: info.id, user_id: info.user_id };
    if (info.project_id) data.project_id = info.project_id;
    if (info.domain_id) data.domain_id = info.domain_id;
    return show(data);
  }
}
