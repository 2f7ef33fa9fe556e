import { showCommand } from '../../views/factory.js';

/** `oscloud hypervisor show` (admin) */
export default showCommand({
  description: 'Display hypervisor details',
  what: 'hypervisor',
  collection: (cloud) => cloud.compute.hypervisors,
  view: (h) => {
    const raw = { ...(h as Record<string, unknown>) };
    const service = raw.service as { host?: string; id?: string; disabled_reason?: string | null } | undefined;
    delete raw.service;
    return { ...raw, service_host: service?.host, service_id: service?.id, disabled_reason: service?.disabled_reason ?? null };
  },
});
