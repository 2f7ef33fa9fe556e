/** Neutron v2.0 routes: the network service plugin mounted at /network. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { registerAddressScopeRoutes } from './addressscopes.js';
import { registerAgentRoutes } from './agents.js';
import { registerMetaRoutes } from './meta.js';
import { registerNetworkRoutes } from './networks.js';
import { registerPortRoutes } from './ports.js';
import { registerQuotaRoutes } from './quotas.js';
import { registerRouterRoutes } from './routers.js';
import { registerSecurityGroupRoutes } from './secgroups.js';
import { registerSubnetPoolRoutes } from './subnetpools.js';

/** Boolean query parameters of the spec. */
const BOOLEAN_PARAMS = ['shared', 'router:external', 'admin_state_up', 'enable_dhcp', 'port_security_enabled', 'is_default', 'stateful', 'page_reverse'];

/** Registers every operation of schemas/network.yaml. */
export default async function networkRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  // Python clients send booleans as `True`/`False` (openstacksdk formats query values with str()).
  app.addHook('preHandler', async (req) => {
    const q = req.query as Record<string, unknown> | undefined;
    if (!q) return;
    for (const k of BOOLEAN_PARAMS) {
      const v = q[k];
      if (typeof v === 'string' && /^(true|false)$/i.test(v)) q[k] = v.toLowerCase();
    }
  });
  registerMetaRoutes(app, ctx);
  registerNetworkRoutes(app, ctx);
  registerSubnetPoolRoutes(app, ctx);
  registerAddressScopeRoutes(app, ctx);
  registerPortRoutes(app, ctx);
  registerSecurityGroupRoutes(app, ctx);
  registerRouterRoutes(app, ctx);
  registerQuotaRoutes(app, ctx);
  registerAgentRoutes(app, ctx);
  // The api-ref writes quota details as `/details.json`; Neutron answers both.
  app.get('/v2.0/quotas/:project_id/details.json', async (req, reply) => {
    const res = await app.inject({ method: 'GET', url: `${req.url.replace(/^.*?\/v2\.0/, '/network/v2.0').replace('/details.json', '/details')}`, headers: req.headers });
    return reply.code(res.statusCode).type('application/json').send(res.body);
  });
}
