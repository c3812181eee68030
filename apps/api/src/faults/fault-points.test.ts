import { loadConfig } from '@gatehouse/config';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { faultsFrom } from './fault-points.ts';

describe('GATEHOUSE_FAULT, the fault-injection hook for tests', () => {
  it('is off unless set', () => {
    expect(faultsFrom(loadConfig({}).fault, pino({ level: 'silent' }))).toBeUndefined();
  });

  it('is refused outside local mode, naming the variable', () => {
    expect(() => loadConfig({ GATEHOUSE_MODE: 'production', GATEHOUSE_FAULT: 'registration-journalled:kill' })).toThrow(/GATEHOUSE_FAULT: fault injection is for tests/);
  });

  it('stops the start on an unknown point or action, so a typo cannot make a fault test pass', () => {
    expect(() => faultsFrom('registration-journaled:kill', pino({ level: 'silent' }))).toThrow(/GATEHOUSE_FAULT: "registration-journaled:kill" is not <point>:<action>/);
    expect(() => faultsFrom('client-stored:explode', pino({ level: 'silent' }))).toThrow(/an action among kill, pause/);
  });

  it('pauses at its point only', async () => {
    const faults = faultsFrom('client-stored:pause', pino({ level: 'silent' }))!;
    await expect(faults.reach('registration-answered')).resolves.toBeUndefined();
    const paused = await Promise.race([faults.reach('client-stored').then(() => 'went on'), new Promise((resolve) => setTimeout(() => resolve('paused'), 50))]);
    expect(paused).toBe('paused');
  });
});
