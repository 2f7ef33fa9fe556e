// Usage as a chart: one horizontal bar per server (vCPU-hours in the period), largest first, with
// the figures written next to each bar and the same as a table for screen readers.

/** One bar: a label and its value. */
export interface Bar {
  label: string;
  value: number;
}

/** The `top` largest bars, largest first. */
export function topBars(bars: Bar[], top = 10): Bar[] {
  return [...bars].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label)).slice(0, top);
}

const ROW = 22;
const LABEL_W = 150;
const BAR_W = 300;

/** A horizontal bar chart of `bars` measured in `unit`. */
export function BarChart({ title, bars, unit }: { title: string; bars: Bar[]; unit: string }) {
  const max = Math.max(...bars.map((b) => b.value), 1);
  const height = bars.length * ROW + 4;
  return (
    <figure class="chart">
      <svg width={LABEL_W + BAR_W + 90} height={height} viewBox={`0 0 ${LABEL_W + BAR_W + 90} ${height}`} role="img" aria-label={title}>
        {bars.map((b, i) => (
          <g key={b.label}>
            <text x={LABEL_W - 6} y={i * ROW + 15} text-anchor="end">
              {b.label.length > 20 ? `${b.label.slice(0, 19)}…` : b.label}
            </text>
            <rect x={LABEL_W} y={i * ROW + 3} width={Math.max(1, (b.value / max) * BAR_W)} height={ROW - 6} class="bar" />
            <text x={LABEL_W + (b.value / max) * BAR_W + 6} y={i * ROW + 15}>
              {b.value.toFixed(1)} {unit}
            </text>
          </g>
        ))}
      </svg>
      <figcaption>{title}</figcaption>
      <table class="sr-only">
        <caption>{title}</caption>
        <tbody>
          {bars.map((b) => (
            <tr key={b.label}>
              <th scope="row">{b.label}</th>
              <td>
                {b.value.toFixed(1)} {unit}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
