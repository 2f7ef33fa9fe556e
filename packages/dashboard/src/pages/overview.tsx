// Overview: the project's compute quotas and how much of each is used, and its usage over the
// last 30 days (Nova's os-simple-tenant-usage: totals and vCPU-hours per server as a chart).
import { ErrorMessage } from '../error-message.js';
import type { PageProps } from '../pages.js';
import { BarChart, topBars } from '../usage-chart.js';
import { useLoad } from '../use-load.js';

const DAY_MS = 86_400_000;

const METERS = [
  { title: 'Instances', used: 'totalInstancesUsed', max: 'maxTotalInstances', unit: '' },
  { title: 'vCPUs', used: 'totalCoresUsed', max: 'maxTotalCores', unit: '' },
  { title: 'RAM', used: 'totalRAMUsed', max: 'maxTotalRAMSize', unit: ' MiB' },
  { title: 'Server groups', used: 'totalServerGroupsUsed', max: 'maxServerGroups', unit: '' },
] as const;

/** Quota meters from Nova's limits. */
export default function Overview({ session }: PageProps) {
  const { data, error } = useLoad(() => session.cloud.compute.limits.get(), [session.cloud]);
  const absolute = (data?.absolute ?? {}) as Record<string, number | undefined>;
  const usage = useLoad(async () => {
    const end = new Date();
    const projectId = session.token.body.project?.id;
    return projectId ? session.cloud.compute.usage.get(projectId, { start: new Date(end.getTime() - 30 * DAY_MS), end }) : null;
  }, [session.cloud]);
  const u = usage.data;
  return (
    <>
      <section aria-label="Quotas">
        <ErrorMessage error={error} />
        {data
          ? METERS.map((m) => {
              const used = absolute[m.used] ?? 0;
              const max = absolute[m.max];
              const unlimited = max === undefined || max < 0;
              return (
                <div class="meter" key={m.title}>
                  <div>
                    {m.title}: {used}
                    {m.unit} of {unlimited ? 'unlimited' : `${max}${m.unit}`}
                  </div>
                  {unlimited ? null : <progress aria-label={`${m.title} used`} max={max} value={used} />}
                </div>
              );
            })
          : null}
      </section>
      <section aria-label="Usage">
        <h2>Usage, last 30 days</h2>
        <ErrorMessage error={usage.error} />
        {usage.data === undefined && !usage.error ? <p aria-busy="true">Loading…</p> : null}
        {usage.data === null ? <p>No server ran in this project in the last 30 days.</p> : null}
        {u ? (
          <>
            <p>
              {u.total_vcpus_usage.toFixed(1)} vCPU-hours, {(u.total_memory_mb_usage / 1024).toFixed(1)} GiB-hours of RAM, {u.total_local_gb_usage.toFixed(1)} GiB-hours of disk over{' '}
              {u.total_hours.toFixed(1)} server-hours.
            </p>
            <BarChart title="vCPU-hours per server" unit="vCPU-h" bars={topBars((u.server_usages ?? []).map((s) => ({ label: s.name, value: s.hours * s.vcpus })))} />
          </>
        ) : null}
      </section>
    </>
  );
}
