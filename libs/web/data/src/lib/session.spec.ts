/** @jest-environment jsdom */
import { createSessionSignal, notifySessionExpired } from './session';

describe('createSessionSignal', () => {
  it('tells every listener, and not the fallback, while someone listens', () => {
    const fallback = jest.fn();
    const signal = createSessionSignal(fallback);
    const a = jest.fn();
    const b = jest.fn();
    signal.subscribe(a);
    signal.subscribe(b);
    signal.expire();
    expect(a).toHaveBeenCalledTimes(1);
    expect(b).toHaveBeenCalledTimes(1);
    expect(fallback).not.toHaveBeenCalled();
  });

  it('falls back (to the login page) when nobody listens any more', () => {
    const fallback = jest.fn();
    const signal = createSessionSignal(fallback);
    const listener = jest.fn();
    const stop = signal.subscribe(listener);
    stop();
    signal.expire();
    expect(listener).not.toHaveBeenCalled();
    expect(fallback).toHaveBeenCalledTimes(1);
  });

  it('hears requests outside Apollo (uploads) through notifySessionExpired', () => {
    const signal = createSessionSignal(jest.fn());
    const listener = jest.fn();
    signal.subscribe(listener);
    notifySessionExpired();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
