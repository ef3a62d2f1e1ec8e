// Types of data-generator.mjs, for the TypeScript test that runs it (apps/api/test/bench-data.spec.ts).
import type { Client } from 'pg';

export declare const BASE: Readonly<
  Record<
    | 'enterprises'
    | 'leads'
    | 'followUps'
    | 'projects'
    | 'referrals'
    | 'officers'
    | 'leaders'
    | 'organizations',
    number
  >
>;
export declare const KEPT_TABLES: readonly string[];
export declare const SEARCH_TERMS: readonly string[];
export declare class RefusedError extends Error {}

export interface Volumes {
  E: number;
  L: number;
  R: number;
  NO: number;
  NL: number;
  NORG: number;
  groups: Record<'A' | 'P' | 'X' | 'J' | 'C' | 'E', number>;
}

export interface Summary {
  counts: Record<string, number>;
  stages: Record<string, number>;
  health: { overdue: number; at_risk: number; on_track: number; landed: number };
  referralStatuses: Record<string, number>;
  search: { term: string; leads: number; share: number }[];
}

export interface GenerateResult extends Summary {
  scale: number;
  volumes: Volumes;
  emptied: string[];
  steps: { name: string; connection: string; rows: number; ms: number; cpuSeconds: number | null }[];
  totalMs: number;
}

export declare function volumes(scale: number): Volumes;
export declare function summary(client: Client): Promise<Summary>;
export declare function generate(
  client: Client,
  options: {
    scale: number;
    reset?: boolean;
    passwordHash: string;
    log?: (line: string) => void;
    cpuMeter?: (pid: number) => () => number | null;
    connect?: () => Promise<Client>;
  },
): Promise<GenerateResult>;
