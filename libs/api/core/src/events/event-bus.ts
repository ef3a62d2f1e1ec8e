import { Injectable, type OnModuleInit } from '@nestjs/common';
import { DiscoveryService, MetadataScanner, type ModulesContainer } from '@nestjs/core';
import type { RequestContext } from '../context/request-context';
import { EVENT_HANDLER, type EventHandler, type EventType } from './on-event.decorator';

/** Nest's module record; its type is not exported on its own. */
type NestModule = ModulesContainer extends Map<string, infer M> ? M : never;

interface RegisteredHandler {
  /** `Class.method`, as shown by `handlerNames`. */
  name: string;
  module: NestModule | undefined;
  run: EventHandler<object>;
}

/** Whether module `from` imports module `to`, directly or through other modules. */
function imports(from: NestModule, to: NestModule, seen = new Set<NestModule>()): boolean {
  for (const imported of from.imports) {
    if (imported === to) return true;
    if (seen.has(imported)) continue;
    seen.add(imported);
    if (imports(imported, to, seen)) return true;
  }
  return false;
}

/**
 * The order handlers of one event run in: a context reacts after the contexts it depends on
 * (referrals imports projects, so the landing project exists before a referral's protection is
 * extended on signing), and otherwise by `Class.method` name, so the order never depends on the
 * order in which Nest happens to list providers.
 */
function dependencyOrder(handlers: RegisteredHandler[]): RegisteredHandler[] {
  const pending = [...handlers].sort((a, b) => a.name.localeCompare(b.name));
  const ordered: RegisteredHandler[] = [];
  while (pending.length) {
    const waits = (h: RegisteredHandler) =>
      pending.some((other) => other.module !== h.module && !!h.module && !!other.module && imports(h.module, other.module));
    // A cycle of module imports (forwardRef) leaves nobody free; the name order decides then.
    const next = Math.max(0, pending.findIndex((h) => !waits(h)));
    ordered.push(...pending.splice(next, 1));
  }
  return ordered;
}

/**
 * Domain events between bounded contexts, handled INSIDE the publishing transaction: a reaction
 * (the landing project created on 签约, rows moved on an enterprise merge) commits with the write
 * that caused it or not at all, unlike Vendure's bus, which publishes after commit.
 *
 * The publisher names the event (`new LeadStageMoved(...)`); handlers are `@OnEvent(Type)`
 * methods in the reacting context's `*.listeners.ts`, found here at start-up, so the publisher
 * never depends on who listens.
 */
@Injectable()
export class EventBus implements OnModuleInit {
  private readonly handlers = new Map<EventType<object>, RegisteredHandler[]>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly scanner: MetadataScanner,
  ) {}

  onModuleInit(): void {
    const found = new Map<EventType<object>, RegisteredHandler[]>();
    const seen = new Set<object>();
    for (const wrapper of this.discovery.getProviders()) {
      const instance: unknown = wrapper.instance;
      // Request-scoped providers have no instance at start-up and cannot take part.
      if (!instance || typeof instance !== 'object' || seen.has(instance)) continue;
      seen.add(instance);
      const prototype = Object.getPrototypeOf(instance) as Record<string, unknown>;
      for (const key of this.scanner.getAllMethodNames(prototype)) {
        const method = prototype[key];
        if (typeof method !== 'function') continue;
        const type = Reflect.getMetadata(EVENT_HANDLER, method) as EventType<object> | undefined;
        if (!type) continue;
        const list = found.get(type) ?? [];
        list.push({
          name: `${instance.constructor.name}.${key}`,
          module: wrapper.host,
          run: (tx, event) => (method as EventHandler<object>).call(instance, tx, event),
        });
        found.set(type, list);
      }
    }
    this.handlers.clear();
    for (const [type, list] of found) this.handlers.set(type, dependencyOrder(list));
  }

  /**
   * Runs every handler of the event's class, one after the other, with the publishing
   * transaction's context. A handler's error propagates to the publisher, so the whole
   * transaction rolls back.
   */
  async publish<E extends object>(tx: RequestContext, event: E): Promise<void> {
    if (!tx.transaction) {
      throw new Error(`${event.constructor.name} must be published inside the transaction that caused it`);
    }
    for (const handler of this.handlers.get(event.constructor as EventType<object>) ?? []) {
      await handler.run(tx, event);
    }
  }

  /** The handlers of an event type in the order they run (`Class.method`), for tests and diagnostics. */
  handlerNames(type: EventType<object>): string[] {
    return (this.handlers.get(type) ?? []).map((h) => h.name);
  }
}
