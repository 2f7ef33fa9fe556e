/** How host aggregates look in python-openstackclient (its _get_aggregate_columns over openstacksdk's Aggregate). */
import type { Aggregate, Cloud } from '@oscloud/sdk';
import { dictColumn, listColumn } from './columns.js';

/** The metadata without `availability_zone`, which upstream shows as its own field only. */
export function aggregateProperties(aggregate: Aggregate): Record<string, string> {
  const { availability_zone: _az, ...rest } = aggregate.metadata ?? {};
  return rest;
}

/** Field/Value data of `aggregate show|create|set|add host|remove host`. */
export function aggregateView(aggregate: Aggregate): Record<string, unknown> {
  return {
    availability_zone: aggregate.availability_zone ?? null,
    created_at: aggregate.created_at ?? null,
    deleted_at: aggregate.deleted_at ?? null,
    hosts: listColumn(aggregate.hosts ?? []),
    id: aggregate.id,
    is_deleted: aggregate.deleted ?? null,
    name: aggregate.name,
    properties: dictColumn(aggregateProperties(aggregate)),
    updated_at: aggregate.updated_at ?? null,
    uuid: aggregate.uuid ?? null,
  };
}

/** POST /os-aggregates/{id}/action with one of Nova's aggregate actions; the aggregate after it. */
export async function aggregateAction(cloud: Cloud, id: Aggregate['id'], action: Record<string, unknown>): Promise<Aggregate> {
  const body = (await cloud.call('compute', 'POST /v2.1/os-aggregates/{aggregate_id}/action', { path: { aggregate_id: String(id) }, body: action })) as { aggregate: Aggregate };
  return body.aggregate;
}
