// Overview: the project's compute quotas and how much of each is used.
import { ErrorMessage } from '../error-message.js';
import type { PageProps } from '../pages.js';
import { useLoad } from '../use-load.js';

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
  return (
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
  );
}
