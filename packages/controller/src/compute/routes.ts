/** Nova v2.1 compute routes: the plugin mounted at /compute. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { registerAggregateRoutes } from './aggregates.js';
import { registerAttachmentRoutes } from './attachments.js';
// consoles, usage
import { registerConsoleRoutes, registerNovncPage } from './consoles.js';
import { registerUsageRoutes } from './usage.js';
// shelve
import { startShelveOffloader } from './actions/shelve.js';
import { registerImageRoutes } from './images.js';
// resize
import { registerMigrationRoutes } from './migrations.js';
import { installMicroversions } from './common.js';
import { registerInterfaceRoutes } from './interfaces.js';
import { registerFlavorRoutes, registerKeypairRoutes } from './flavors.js';
import { registerLifecycle } from './lifecycle.js';
import { registerHostRoutes, registerInstanceActionRoutes, registerQuotaRoutes, registerServerGroupRoutes, registerVersionRoutes } from './misc.js';
import { registerServerActionRoutes } from './server-actions.js';
import { registerServerPasswordRoutes } from './server-password.js';
import { registerServerRoutes } from './servers.js';
import { registerServerTagRoutes } from './tags.js';
import { registerComputeSecurityGroupRoutes } from './secgroups.js';
import { registerComputeFloatingIpRoutes } from './floatingips.js';
import { registerComputeHostRoutes } from './hosts.js';
import { registerVolumeProxyRoutes } from './volume-proxy.js';
import { registerDiagnosticsRoutes } from './diagnostics.js';
import { registerExtensionRoutes } from './extensions.js';
import { registerExternalEventRoutes } from './external-events.js';
import { registerUsageAuditRoutes } from './usage-audit.js';
import { registerNetworkProxyRoutes } from './networks-proxy.js';

/** Registers every compute operation of schemas/compute.yaml and the agent task handlers. */
export default async function computeRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerLifecycle(ctx);
  installMicroversions(app);
  registerVersionRoutes(app, ctx);
  registerFlavorRoutes(app, ctx);
  registerKeypairRoutes(app, ctx);
  registerServerRoutes(app, ctx);
  registerServerActionRoutes(app, ctx);
  registerServerTagRoutes(app, ctx);
  registerServerPasswordRoutes(app, ctx);
  registerAttachmentRoutes(app, ctx);
  registerInterfaceRoutes(app, ctx);
  registerInstanceActionRoutes(app, ctx);
  registerServerGroupRoutes(app, ctx);
  registerQuotaRoutes(app, ctx);
  registerComputeSecurityGroupRoutes(app, ctx);
  registerComputeFloatingIpRoutes(app, ctx);
  registerComputeHostRoutes(app, ctx);
  registerHostRoutes(app, ctx);
  registerAggregateRoutes(app, ctx);
  // consoles, usage
  registerConsoleRoutes(app, ctx);
  registerUsageRoutes(app, ctx);
  // shelve
  startShelveOffloader(app, ctx);
  registerImageRoutes(app, ctx);
  // resize
  registerMigrationRoutes(app, ctx);
  registerVolumeProxyRoutes(app, ctx);
  registerDiagnosticsRoutes(app, ctx);
  registerExtensionRoutes(app, ctx);
  registerExternalEventRoutes(app, ctx);
  registerUsageAuditRoutes(app, ctx);
  registerNetworkProxyRoutes(app, ctx);
}

/** At the host root: the noVNC console page (nova-novncproxy serves it at its own root). */
export async function rootRoutes(app: FastifyInstance): Promise<void> {
  registerNovncPage(app);
}
