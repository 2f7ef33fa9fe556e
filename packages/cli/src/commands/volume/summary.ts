import { ShowCommand } from '../../base.js';
import { type CommandResult, show } from '../../output/format.js';
import { dictColumn } from '../../views/columns.js';

/** `oscloud volume summary`: the project's volume count and size (Cinder 3.12; metadata from 3.36). */
export default class VolumeSummary extends ShowCommand<typeof VolumeSummary> {
  static override description = 'Show a summary of all volumes in this deployment.';

  async execute(): Promise<CommandResult> {
    await this.requireMicroversion('volume', '3.12', 'volume summary');
    const cloud = await this.cloud();
    const body = (await cloud.call('volume', 'GET /v3/{project_id}/volumes/summary', {})) as { 'volume-summary': { total_count: number; total_size: number; metadata?: Record<string, unknown> } };
    const s = body['volume-summary'];
    return show({ 'Total Count': s.total_count, 'Total Size': s.total_size, ...(s.metadata ? { Metadata: dictColumn(s.metadata) } : {}) });
  }
}
