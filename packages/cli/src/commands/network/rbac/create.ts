import * as Args from '@oclif/core/args';
import * as Flags from '@oclif/core/flags';
import type { Cloud } from '@oscloud/sdk';
import { ShowCommand } from '../../../base.js';
import { type CommandResult, show } from '../../../output/format.js';
import { projectId } from '../../../views/factory.js';
import { neutronShowData } from '../../../views/neutron-show.js';

/** The object types an RBAC policy can share, and how each is found by name or ID. */
const OBJECT_TYPES: Record<string, (cloud: Cloud, ref: string) => Promise<{ id?: string | number | undefined }>> = {
  address_group: (cloud, ref) => cloud.network.addressGroups.find(ref),
  address_scope: (cloud, ref) => cloud.network.addressScopes.find(ref),
  security_group: (cloud, ref) => cloud.network.securityGroups.find(ref),
  subnetpool: (cloud, ref) => cloud.network.subnetPools.find(ref),
  qos_policy: (cloud, ref) => cloud.network.qosPolicies.find(ref),
  network: (cloud, ref) => cloud.network.networks.find(ref),
};

/** `oscloud network rbac create <object> --type T --action A (--target-project P | --target-all-projects)` */
export default class NetworkRbacCreate extends ShowCommand<typeof NetworkRbacCreate> {
  static override description = 'Create network RBAC policy';
  static override args = { 'rbac-object': Args.string({ required: true, description: 'The object to which this RBAC policy affects (name or ID)' }) };
  static override flags = {
    type: Flags.string({ required: true, options: Object.keys(OBJECT_TYPES), description: 'Type of the object that RBAC policy affects' }),
    action: Flags.string({ required: true, options: ['access_as_external', 'access_as_shared'], description: 'Action for the RBAC policy' }),
    'target-project': Flags.string({ description: 'The project to which the RBAC policy will be enforced (name or ID)', exclusive: ['target-all-projects'] }),
    'target-all-projects': Flags.boolean({ description: 'Allow creating RBAC policy for all projects', exclusive: ['target-project'] }),
    'target-project-domain': Flags.string({ description: 'Domain the target project belongs to (name or ID)' }),
    project: Flags.string({ description: 'The owner project (name or ID)' }),
    'project-domain': Flags.string({ description: 'Domain the project belongs to (name or ID)' }),
  };

  async execute(): Promise<CommandResult> {
    const cloud = await this.cloud();
    const f = this.flags;
    const find = OBJECT_TYPES[f.type] as (typeof OBJECT_TYPES)[string];
    const attrs: Record<string, unknown> = { object_type: f.type, action: f.action, object_id: String((await find(cloud, this.args['rbac-object'])).id) };
    if (f['target-project'] !== undefined) attrs.target_tenant = await projectId(cloud, f['target-project'], f['target-project-domain']);
    else if (f['target-all-projects']) attrs.target_tenant = '*';
    if (f.project !== undefined) attrs.project_id = await projectId(cloud, f.project, f['project-domain']);
    return show(neutronShowData('rbacPolicy', await cloud.network.rbacPolicies.create(attrs)));
  }
}
