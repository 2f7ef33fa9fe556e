/** Keystone v3 (identity) service plugin, mounted at /identity. */
import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../context.js';
import { registerAccessRuleRoutes } from './access-rules.js';
import { registerAppCredRoutes } from './appcreds.js';
import { registerAuthRoutes } from './auth-routes.js';
import { registerCatalogRoutes } from './catalog-routes.js';
import { registerCredentialRoutes } from './credentials.js';
import { registerDomainConfigRoutes } from './domain-config.js';
import { registerEndpointGroupRoutes } from './endpoint-groups.js';
import { registerPolicyRoutes } from './policies.js';
import { registerProjectTagRoutes } from './project-tags.js';
import { registerResourceRoutes } from './resources.js';
import { registerRoleRoutes } from './roles.js';
import { registerTrustRoutes } from './trusts.js';

/** Registers every identity route. */
export default async function identityRoutes(app: FastifyInstance, ctx: AppContext): Promise<void> {
  registerAuthRoutes(app, ctx);
  registerResourceRoutes(app, ctx);
  registerProjectTagRoutes(app, ctx);
  registerRoleRoutes(app, ctx);
  registerAppCredRoutes(app, ctx);
  registerAccessRuleRoutes(app, ctx);
  registerCredentialRoutes(app, ctx);
  registerTrustRoutes(app, ctx);
  registerCatalogRoutes(app, ctx);
  registerPolicyRoutes(app, ctx);
  registerDomainConfigRoutes(app, ctx);
  registerEndpointGroupRoutes(app, ctx);
}
