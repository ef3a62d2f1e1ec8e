import { Injectable, Module, type DynamicModule, type INestApplicationContext } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Column, Entity, PrimaryColumn } from 'typeorm';
import { EventBus, EventsModule, OnEvent, RequestContext } from '@lianzhao/api-core';
import { buildDataSourceOptions, DatabaseModule, TransactionalConnection } from '@lianzhao/api-database';
import { EnterprisesMerged } from '@lianzhao/api-enterprises';
import { LeadStageMoved } from '@lianzhao/api-leads';
import { freshTestDatabase, startTestApi } from './harness';

/** A row the publisher writes and the handlers read or add to. */
@Entity('event_probes')
class EventProbe {
  @PrimaryColumn()
  id!: number;

  @Column()
  note!: string;
}

class ProbeWritten {
  constructor(
    readonly id: number,
    readonly refuse: boolean,
  ) {}
}

/** What each handler saw, in the order they ran. */
const seen: string[] = [];

@Injectable()
class UpstreamListeners {
  constructor(private readonly connection: TransactionalConnection) {}

  @OnEvent(ProbeWritten)
  async readTheProbe(tx: RequestContext, event: ProbeWritten): Promise<void> {
    const row = await this.connection.getRepository(tx, EventProbe).findOneBy({ id: event.id });
    seen.push(`upstream saw ${row?.note ?? 'nothing'}`);
  }
}

@Injectable()
class DownstreamListeners {
  constructor(private readonly connection: TransactionalConnection) {}

  @OnEvent(ProbeWritten)
  async addAProbe(tx: RequestContext, event: ProbeWritten): Promise<void> {
    seen.push('downstream');
    await this.connection.getRepository(tx, EventProbe).insert({ id: event.id + 1000, note: 'from a handler' });
    if (event.refuse) throw new Error('refused by a handler');
  }
}

@Injectable()
class BystanderListeners {
  @OnEvent(ProbeWritten)
  async look(): Promise<void> {
    seen.push('bystander');
  }
}

// Downstream imports upstream, so it must react after it, although its name sorts first.
@Module({ providers: [UpstreamListeners] })
class UpstreamModule {}

@Module({ imports: [UpstreamModule], providers: [DownstreamListeners] })
class DownstreamModule {}

@Module({ providers: [BystanderListeners] })
class BystanderModule {}

function probeApp(url: string): DynamicModule {
  return {
    module: class EventBusTestModule {},
    imports: [
      DatabaseModule.forRoot(buildDataSourceOptions({ url, entities: [EventProbe], migrations: [] })),
      EventsModule,
      DownstreamModule,
      BystanderModule,
      UpstreamModule,
    ],
  };
}

describe('the domain event bus', () => {
  let app: INestApplicationContext;
  let release: () => Promise<void>;
  let connection: TransactionalConnection;
  let bus: EventBus;
  const system = RequestContext.system();

  beforeAll(async () => {
    const db = await freshTestDatabase();
    release = db.release;
    app = await NestFactory.createApplicationContext(probeApp(db.url), { logger: false });
    connection = app.get(TransactionalConnection);
    bus = app.get(EventBus);
    await connection.dataSource.query('CREATE TABLE event_probes (id int PRIMARY KEY, note text NOT NULL)');
  });

  afterAll(async () => {
    await app?.close();
    await release?.();
  });

  beforeEach(() => {
    seen.length = 0;
  });

  const writeAndPublish = (id: number, refuse: boolean) =>
    connection.withTransaction(system, async (tx) => {
      await connection.getRepository(tx, EventProbe).insert({ id, note: `probe ${id}` });
      await bus.publish(tx, new ProbeWritten(id, refuse));
    });

  it('runs the handlers in dependency order, then by name, inside the publishing transaction', async () => {
    expect(bus.handlerNames(ProbeWritten)).toEqual([
      'BystanderListeners.look',
      'UpstreamListeners.readTheProbe',
      'DownstreamListeners.addAProbe',
    ]);
    await writeAndPublish(1, false);
    // The upstream handler reads the row the publisher has not committed yet.
    expect(seen).toEqual(['bystander', 'upstream saw probe 1', 'downstream']);
    const rows = await connection.getRepository(system, EventProbe).find({ order: { id: 'ASC' } });
    expect(rows.map((r) => r.id)).toEqual([1, 1001]);
  });

  it('undoes the publishing write and every earlier handler write when a handler throws', async () => {
    await expect(writeAndPublish(2, true)).rejects.toThrow('refused by a handler');
    expect(seen).toEqual(['bystander', 'upstream saw probe 2', 'downstream']);
    const repo = connection.getRepository(system, EventProbe);
    expect(await repo.findOneBy({ id: 2 })).toBeNull();
    expect(await repo.findOneBy({ id: 1002 })).toBeNull();
  });

  it('refuses to publish outside a transaction, where a handler could not be undone', async () => {
    await expect(bus.publish(system, new ProbeWritten(3, false))).rejects.toThrow(
      'ProbeWritten must be published inside the transaction that caused it',
    );
    expect(seen).toEqual([]);
  });
});

describe("the contexts' handlers", () => {
  it('react to a lead move and an enterprise merge in dependency order', async () => {
    const api = await startTestApi();
    try {
      const bus = api.app.get(EventBus);
      // Signing creates the landing project before the referral's protection is extended and
      // before the lead's investments are linked to it (referrals and funds depend on projects, not
      // on each other: they follow in the app module's order).
      expect(bus.handlerNames(LeadStageMoved)).toEqual([
        'ProjectsListeners.createLandingProject',
        'ReferralsListeners.extendProtection',
        'FundsListeners.trackSignedProject',
      ]);
      expect(bus.handlerNames(EnterprisesMerged)).toEqual([
        'LeadsListeners.moveLeadsToSurvivor',
        'ProjectsListeners.moveProjectsToSurvivor',
        'ReferralsListeners.moveReferralsToSurvivor',
        'FundsListeners.moveInvestmentsToSurvivor',
      ]);
    } finally {
      await api.close();
    }
  });
});
