import { describe, expect, it } from 'vitest';
import { RESTART_WINDOW_MS, WorkerLink } from '../../src/content/analysis-client';

/** A port whose background end can be stopped from the test, as Chrome does when the worker stops. */
function fakePorts() {
  const ports: Array<{ closed: boolean; drop(): void }> = [];
  const connect = () => {
    const listeners: Array<() => void> = [];
    const port = {
      closed: false,
      onDisconnect: { addListener: (fn: () => void) => listeners.push(fn) },
      disconnect: () => void (port.closed = true),
      drop: () => listeners.forEach((fn) => fn()),
    };
    ports.push(port);
    return port as never;
  };
  return { ports, connect };
}

describe('WorkerLink', () => {
  it('connects on the first keystroke only, not on every one', () => {
    const { ports, connect } = fakePorts();
    const link = new WorkerLink(connect, () => 1_000);
    expect(ports).toHaveLength(0);
    link.typing();
    link.typing();
    link.typing();
    expect(ports).toHaveLength(1);
    expect(link.connected).toBe(true);
  });

  it('reconnects at once when the worker stops soon after a keystroke (restarting it mid-writing)', () => {
    const { ports, connect } = fakePorts();
    let now = 1_000;
    const link = new WorkerLink(connect, () => now);
    link.typing();
    now += 600;
    ports[0].drop();
    expect(ports).toHaveLength(2);
    expect(link.connected).toBe(true);
  });

  it('lets an idle worker stop, and reconnects on the next keystroke', () => {
    const { ports, connect } = fakePorts();
    let now = 1_000;
    const link = new WorkerLink(connect, () => now);
    link.typing();
    now += RESTART_WINDOW_MS + 10_000; // Chrome's idle stop comes 30 s after the last event
    ports[0].drop();
    expect(ports).toHaveLength(1);
    expect(link.connected).toBe(false);
    link.typing();
    expect(ports).toHaveLength(2);
  });

  it('stops for good once the extension context is gone', () => {
    let calls = 0;
    const link = new WorkerLink(() => {
      calls++;
      throw new Error('Extension context invalidated.');
    });
    link.typing();
    link.typing();
    expect(calls).toBe(1);
    expect(link.connected).toBe(false);
  });

  it('disconnects when Amends stops in the frame, and does not come back', () => {
    const { ports, connect } = fakePorts();
    const link = new WorkerLink(connect, () => 1_000);
    link.typing();
    link.stop();
    expect(ports[0].closed).toBe(true);
    link.typing();
    expect(ports).toHaveLength(1);
  });
});
