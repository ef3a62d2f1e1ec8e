import { SetMetadata } from '@nestjs/common';
import type { RequestContext } from '../context/request-context';

/** A domain event's class: events are plain classes, published as instances and matched by class. */
export type EventType<E extends object> = abstract new (...args: never[]) => E;

/** Runs inside the publishing transaction (`tx`); throwing undoes the whole write. */
export type EventHandler<E extends object> = (tx: RequestContext, event: E) => Promise<void>;

export const EVENT_HANDLER = 'lianzhao:event-handler';

/**
 * Marks a method of a provider as a handler of `type`; the EventBus finds it at start-up. Put
 * handlers in the reacting context's `*.listeners.ts`, so that grepping the event's name shows
 * everything that happens when it is published. The method's signature is checked against the
 * event: it must accept `(tx: RequestContext, event: E)` and return a promise.
 */
export function OnEvent<E extends object>(type: EventType<E>) {
  return <M extends EventHandler<E>>(target: object, key: string | symbol, descriptor: TypedPropertyDescriptor<M>): void => {
    SetMetadata(EVENT_HANDLER, type)(target, key, descriptor);
  };
}
