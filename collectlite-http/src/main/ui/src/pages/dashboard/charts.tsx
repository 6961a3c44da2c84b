import {
  Area,
  AreaChart,
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
  type LabelProps,
} from 'recharts';
import type { Dashboard } from '../../api/types';
import { activityShape, agreementRows, fillDays, labelRows, readable, type Day } from './series';

// Charts draw at once, without animation: the page refreshes every 30 s and must not replay on each.

/** The theme's accent and a few companions that stay apart for common colour blindness. */
const COLORS = { accent: '#1f5fbf', light: '#7fa7e0', amber: '#c77700', green: '#2e7d4f', muted: '#5b6470' };
const AXIS = { fontSize: 12, fill: COLORS.muted };

/**
 * Tasks created and completed, and annotations made, per UTC day: areas over a run of days, bars for a lone
 * day (an area needs two points, and no day the API did not send is made up to give it one).
 */
export function ActivityChart({ days }: { days: Day[] }) {
  const data = fillDays(days);
  const series = [
    { key: 'annotations', name: 'annotations', color: COLORS.light, opacity: 0.25 },
    { key: 'tasks_created', name: 'tasks created', color: COLORS.accent, opacity: 0.15 },
    { key: 'tasks_completed', name: 'tasks completed', color: COLORS.green, opacity: 0.2 },
  ];
  const axes = (
    <>
      <CartesianGrid stroke="#e6e9ee" vertical={false} />
      <XAxis dataKey="day" tick={AXIS} minTickGap={24} />
      <YAxis tick={AXIS} allowDecimals={false} width={48} />
      <Tooltip />
      <Legend />
    </>
  );
  return (
    <ResponsiveContainer width="100%" height={240}>
      {activityShape(data) === 'bars' ? (
        <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }} barCategoryGap="30%">
          {axes}
          {series.map((s) => (
            <Bar key={s.key} isAnimationActive={false} dataKey={s.key} name={s.name} fill={s.color} maxBarSize={48} />
          ))}
        </BarChart>
      ) : (
        <AreaChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
          {axes}
          {series.map((s) => (
            <Area key={s.key} isAnimationActive={false} type="monotone" dataKey={s.key} name={s.name} stroke={s.color}
              fill={s.color} fillOpacity={s.opacity} />
          ))}
        </AreaChart>
      )}
    </ResponsiveContainer>
  );
}

/** Annotations per annotator, with the share that agrees with the final label in the tooltip. */
export function ThroughputChart({ annotators }: { annotators: Dashboard['annotators'] }) {
  const data = annotators.map((a) => ({ name: a.name, annotations: a.annotations }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, 36 * data.length + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid stroke="#e6e9ee" horizontal={false} />
        <XAxis type="number" tick={AXIS} allowDecimals={false} />
        <YAxis type="category" dataKey="name" tick={AXIS} width={110} />
        <Tooltip />
        <Bar isAnimationActive={false} dataKey="annotations" name="annotations" fill={COLORS.accent} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Each annotator's smoothed gold accuracy (annotators without gold answers are left out). */
export function GoldAccuracyChart({ rows }: { rows: Dashboard['gold_accuracy'] }) {
  const data = rows
    .filter((r) => r.gold_total > 0)
    .map((r) => ({ name: r.annotator, accuracy: Number(r.gold_accuracy.toFixed(3)) }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, 32 * data.length + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid stroke="#e6e9ee" horizontal={false} />
        <XAxis type="number" domain={[0, 1]} tick={AXIS} />
        <YAxis type="category" dataKey="name" tick={AXIS} width={110} />
        <Tooltip />
        <Bar isAnimationActive={false} dataKey="accuracy" name="gold accuracy" fill={COLORS.green} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/**
 * Alpha of each label's "this label or another" coding, its value written at the bar's end (so an α of 0 shows
 * as a stub marked 0.00, not as no bar); undefined ones are left out of the chart.
 */
export function LabelAgreementChart({ labels }: { labels: Dashboard['label_agreement'] }) {
  const data = agreementRows(labels);
  const lowest = Math.min(0, ...data.map((d) => d.alpha));
  return (
    <ResponsiveContainer width="100%" height={Math.max(120, 32 * data.length + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 40, bottom: 0, left: 8 }}>
        <CartesianGrid stroke="#e6e9ee" horizontal={false} />
        <XAxis type="number" domain={[Math.floor(lowest * 10) / 10, 1]} tick={AXIS} />
        <YAxis type="category" dataKey="label" tick={AXIS} width={140} />
        <ReferenceLine x={0.8} stroke={COLORS.amber} strokeDasharray="4 3" />
        <Tooltip />
        <Bar isAnimationActive={false} dataKey="alpha" name="α" fill={COLORS.accent} minPointSize={3}>
          <LabelList dataKey="text" content={alphaLabel} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  );
}

/** α written just right of a bar's right end, which for a negative α is the zero line (clear of the axis). */
function alphaLabel(props: LabelProps) {
  const x = Number(props.x ?? 0);
  const width = Number(props.width ?? 0);
  const y = Number(props.y ?? 0) + Number(props.height ?? 0) / 2;
  return (
    <text x={Math.max(x, x + width) + 4} y={y} dominantBaseline="central" fontSize={12} fill={COLORS.muted}>
      {String(props.value ?? '')}
    </text>
  );
}

/** Each label's share of the final labels beside its share of all annotations. */
export function LabelDistributionChart({ labels }: { labels: Dashboard['labels'] }) {
  const data = labelRows(labels.final_labels, labels.annotations).map((r) => ({
    label: readable(r.label),
    final: Math.round(r.finalShare * 1000) / 10,
    annotations: Math.round(r.annotationShare * 1000) / 10,
  }));
  return (
    <ResponsiveContainer width="100%" height={240}>
      <BarChart data={data} margin={{ top: 8, right: 16, bottom: 0, left: 0 }}>
        <CartesianGrid stroke="#e6e9ee" vertical={false} />
        <XAxis dataKey="label" tick={AXIS} interval={0} />
        <YAxis tick={AXIS} unit="%" width={48} />
        <Tooltip formatter={(v) => `${v}%`} />
        <Legend />
        <Bar isAnimationActive={false} dataKey="final" name="final labels" fill={COLORS.accent} />
        <Bar isAnimationActive={false} dataKey="annotations" name="annotations" fill={COLORS.light} />
      </BarChart>
    </ResponsiveContainer>
  );
}

/** Waiting tasks per review reason. */
export function BacklogChart({ byReason }: { byReason: Record<string, number> }) {
  const data = Object.entries(byReason).map(([reason, tasks]) => ({ reason: readable(reason), tasks }));
  return (
    <ResponsiveContainer width="100%" height={Math.max(100, 32 * data.length + 40)}>
      <BarChart data={data} layout="vertical" margin={{ top: 4, right: 16, bottom: 0, left: 8 }}>
        <CartesianGrid stroke="#e6e9ee" horizontal={false} />
        <XAxis type="number" tick={AXIS} allowDecimals={false} />
        <YAxis type="category" dataKey="reason" tick={AXIS} width={140} />
        <Tooltip />
        <Bar isAnimationActive={false} dataKey="tasks" name="tasks" fill={COLORS.amber} />
      </BarChart>
    </ResponsiveContainer>
  );
}
