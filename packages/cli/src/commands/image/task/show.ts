import * as Args from '@oclif/core/args';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { dictColumn } from '../../../views/columns.js';

/** The fields python-openstackclient's _format_task shows (owner as owner_id); the rest but links, schema and tags go to properties. */
const TASK_FIELDS = ['created_at', 'expires_at', 'id', 'input', 'message', 'owner_id', 'result', 'status', 'type', 'updated_at'];
const HIDDEN = new Set(['owner', 'links', 'schema', 'self', 'tags', 'name', 'location']);

/** `oscloud image task show <task-id>` */
export default class ImageTaskShow extends ShowCommand<typeof ImageTaskShow> {
  static override description = 'Display task details';
  static override args = { task: Args.string({ required: true, description: 'Task to display (ID)' }) };

  async execute(): Promise<CommandResult> {
    const task = (await (await this.cloud()).image.tasks.get(this.args.task)) as Record<string, unknown>;
    const data: Record<string, unknown> = {};
    for (const f of TASK_FIELDS) data[f] = (f === 'owner_id' ? task.owner : task[f]) ?? null;
    const properties: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(task)) if (!TASK_FIELDS.includes(k) && !HIDDEN.has(k)) properties[k] = v;
    data.properties = dictColumn(properties);
    return show(data);
  }
}
