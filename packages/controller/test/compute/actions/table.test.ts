/** The server action table agrees with the spec and with itself; what the dispatch derives from it. */
import { describe, expect, it } from 'vitest';
import { actionInVersion, findAction, followUpsByTask, hostActionsByTask } from '../../../src/compute/actions/run.js';
import { SERVER_ACTIONS, UNSUPPORTED_ACTIONS } from '../../../src/compute/actions/table.js';
import type { ActionBodies, ActionName, ActionStart, ActionTable, HostAction, ServerAction } from '../../../src/compute/actions/types.js';
import { TaskState, VmState } from '../../../src/compute/states.js';
import { sharedSpecs } from '../../../src/spec.js';

type Schema = { required?: string[]; oneOf?: { $ref: string }[]; propertyNames?: { not: { enum: string[] } } };
const schemas = (sharedSpecs().require('compute').doc.components as { schemas: Record<string, Schema> }).schemas;
const entries = Object.entries(SERVER_ACTIONS) as [ActionName, ServerAction<ActionName>][];
const hostEntries = entries.filter((e): e is [ActionName, HostAction<ActionName>] => e[1].kind === 'host');

/** A valid body for each host action whose start depends on it (every choice it can make). */
const SAMPLE_BODIES: Partial<Record<ActionName, unknown[]>> = { reboot: [{ type: 'SOFT' }, { type: 'hard' }] };

describe('server action table', () => {
  it('has exactly the actions compute.yaml accepts by name, none of them also listed as unsupported', () => {
    const request = schemas.ServerActionRequest!.oneOf!.map((r) => r.$ref.split('/').pop()!);
    const named = request.filter((n) => n !== 'ServerActionOther').map((n) => schemas[n]!.required![0]!);
    expect(new Set(named)).toEqual(new Set(Object.keys(SERVER_ACTIONS)));
    expect(new Set(schemas.ServerActionOther!.propertyNames!.not.enum)).toEqual(new Set(Object.keys(SERVER_ACTIONS)));
    for (const name of Object.keys(SERVER_ACTIONS)) expect(UNSUPPORTED_ACTIONS.has(name)).toBe(false);
  });

  it('gives each host action its own task type and a start task_state the result handler accepts', () => {
    expect([...hostActionsByTask().keys()].sort()).toEqual(['backup_instance', 'confirm_resize', 'evacuate_instance', 'migrate_instance', 'pause', 'power_off', 'power_on', 'pre_live_migration', 'reboot', 'rebuild_instance', 'rescue', 'resize_instance', 'resume', 'revert_resize', 'shelve_instance', 'shelve_offload_instance', 'snapshot_instance', 'suspend', 'trigger_crash_dump', 'unpause', 'unrescue', 'unshelve_instance']);
    for (const [name, entry] of hostEntries) {
      const starts: ActionStart[] = typeof entry.start === 'function' ? SAMPLE_BODIES[name]!.map((b) => (entry.start as (body: unknown) => ActionStart)(b)) : [entry.start];
      // An action without a task_state has no running states: its result changes none.
      for (const s of starts) {
        if (s.taskState === null) expect(entry.running, name).toEqual([]);
        else expect(entry.running, name).toContain(s.taskState);
      }
    }
    // Only a hard reboot may start over a running reboot; a second stop or pause is refused.
    for (const [name, entry] of hostEntries.filter(([n]) => n !== 'reboot')) {
      const start = entry.start as ActionStart;
      expect(start.guard.taskStates, name).toEqual([null]);
    }
  });

  it("names each host action's steps in running order, the first step's event being the action's event", () => {
    for (const [name, entry] of hostEntries) {
      if (!entry.steps) continue;
      expect(entry.steps[0]!.event, name).toBe(entry.event);
      expect((entry.start as ActionStart).taskState, name).toBe(entry.steps[0]!.taskState);
      const at = entry.steps.map((s) => (entry.running as readonly string[]).indexOf(s.taskState));
      expect(at.every((i) => i >= 0), name).toBe(true);
      expect([...at].sort((x, y) => x - y), name).toEqual(at);
    }
    expect((SERVER_ACTIONS.resize as HostAction<'resize'>).steps!.map((s) => s.event)).toEqual(['compute_prep_resize', 'compute_resize_instance', 'compute_finish_resize']);
  });

  it('chooses the reboot by its type, case-insensitively, and sends it to the agent', () => {
    const reboot = SERVER_ACTIONS.reboot as HostAction<'reboot'>;
    const start = reboot.start as (b: ActionBodies['reboot']) => ActionStart;
    expect(start({ type: 'hard' }).taskState).toBe(TaskState.REBOOTING_HARD);
    expect(start({ type: 'Soft' }).taskState).toBe(TaskState.REBOOTING);
    expect(start({ type: 'HARD' }).guard.vmStates).toContain(VmState.STOPPED);
    expect(start({ type: 'SOFT' }).guard.vmStates).toEqual([VmState.ACTIVE]);
    expect(reboot.payload!({ type: 'Hard' })).toEqual({ hard: true });
    expect(reboot.payload!({ type: 'soft' })).toEqual({ hard: false });
  });

  it('hands each follow-up task (a cold migration\'s second host) to the actions that queue it', () => {
    const follow = followUpsByTask();
    expect([...follow.keys()].sort()).toEqual(['export_volume', 'finish_migration', 'finish_revert_migration', 'live_migration', 'post_live_migration_at_destination']);
    // the volumes' hosts export them for the destination before it starts the guest
    expect([...follow.get('export_volume')!.keys()].sort()).toEqual(['evacuate', 'migrate', 'os-migrateLive', 'resize']);
    expect([...follow.get('live_migration')!.keys()]).toEqual(['os-migrateLive']);
    expect([...follow.get('finish_migration')!.keys()].sort()).toEqual(['migrate', 'resize']);
    expect([...follow.get('finish_revert_migration')!.keys()]).toEqual(['revertResize']);
    // A follow-up is never an action's own task (its results would have two handlers).
    for (const t of follow.keys()) expect(hostActionsByTask().has(t)).toBe(false);
  });

  it('refuses a table where two actions share a task type', () => {
    const stop = SERVER_ACTIONS['os-stop'] as HostAction<'os-stop'>;
    const twice = { 'os-stop': stop, 'os-start': { ...stop } } as unknown as Partial<ActionTable>;
    expect(() => hostActionsByTask(twice)).toThrow(/power_off/);
  });

  it('finds only own entries by name and gates them by microversion', () => {
    expect(findAction('os-stop')).toBe(SERVER_ACTIONS['os-stop']);
    expect(findAction('constructor')).toBeUndefined();
    expect(findAction('forceDelete')).toBeUndefined();
    expect(findAction(undefined)).toBeUndefined();
    const ranged = { ...SERVER_ACTIONS.lock, microversion: { min: 17, max: 70 } } as ServerAction<ActionName>;
    expect(actionInVersion(ranged, { major: 2, minor: 16 })).toBe(false);
    expect(actionInVersion(ranged, { major: 2, minor: 17 })).toBe(true);
    expect(actionInVersion(ranged, { major: 2, minor: 70 })).toBe(true);
    expect(actionInVersion(ranged, { major: 2, minor: 71 })).toBe(false);
    expect(actionInVersion(SERVER_ACTIONS.lock as ServerAction<ActionName>, { major: 2, minor: 1 })).toBe(true);
  });
});
