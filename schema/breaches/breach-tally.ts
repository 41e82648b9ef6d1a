import { EU_EEA } from '../common/country';

/** One controller's counts. */
export interface Tally {
  subjects: number;
  records: number;
  lists: number;
  euEea: number;
  unknown: number;
  /** upper bound of deleted subscriptions since the window began; null for an email scope */
  deleted: number | null;
}

/** An address batch's partial counts per tenant; additive across batches except `l`, the list ids. */
export interface PartialTally {
  s: number;
  r: number;
  e: number;
  u: number;
  l: string[];
}

/** one subject of a tenant group: its subscriptions, EU/EEA (e) and known-country (k) flags, and its lists */
export interface SubjectRow {
  t: string;
  h: string;
  n: number | string;
  e: number | string;
  k: number | string;
  l: string;
}

/** one matched subscription of an address look-up: tenant, list, country, address hash */
export interface MatchRow {
  t: string;
  l: string;
  c: string | null;
  h: string;
}

/**
 * Per-tenant counts of matched subscriptions. A subject (an address) is EU/EEA if any of its
 * subscriptions is in an EU/EEA country, and of unknown country if none has a country.
 */
export function tallyRows(rows: MatchRow[]): Map<string, PartialTally> {
  const byTenant = new Map<string, { subjects: Map<string, number>; records: number; lists: Set<string> }>();
  for (const r of rows) {
    let t = byTenant.get(r.t);
    if (!t) byTenant.set(r.t, (t = { subjects: new Map(), records: 0, lists: new Set() }));
    t.records++;
    t.lists.add(r.l);
    t.subjects.set(r.h, (t.subjects.get(r.h) ?? 0) | (r.c ? 2 : 0) | (r.c && EU_EEA.has(r.c) ? 1 : 0));
  }
  const out = new Map<string, PartialTally>();
  for (const [tenant, t] of byTenant) {
    let e = 0;
    let u = 0;
    for (const f of t.subjects.values()) {
      if (f & 1) e++;
      if (!(f & 2)) u++;
    }
    out.set(tenant, { s: t.subjects.size, r: t.records, e, u, l: [...t.lists] });
  }
  return out;
}

/** Per-tenant counts from subject rows (one per tenant and address). */
export class TallyBuilder {
  private readonly tallies = new Map<string, Tally>();
  private readonly lists = new Map<string, Set<string>>();

  add(r: SubjectRow): void {
    let t = this.tallies.get(r.t);
    if (!t) {
      this.tallies.set(r.t, (t = { subjects: 0, records: 0, lists: 0, euEea: 0, unknown: 0, deleted: null }));
      this.lists.set(r.t, new Set());
    }
    t.subjects++;
    t.records += Number(r.n);
    if (Number(r.e)) t.euEea++;
    if (!Number(r.k)) t.unknown++;
    const lists = this.lists.get(r.t)!;
    for (const l of String(r.l).split(',')) lists.add(l);
  }

  build(): Map<string, Tally> {
    for (const [t, lists] of this.lists) this.tallies.get(t)!.lists = lists.size;
    return this.tallies;
  }
}

/** The number of set bits: the matched leaked addresses of an email scope's bitset. */
export function popcount(bits: Buffer): number {
  let n = 0;
  for (const byte of bits) {
    let b = byte;
    while (b) {
      b &= b - 1;
      n++;
    }
  }
  return n;
}

/**
 * How many distinct 16-byte keys the buffers hold together: open addressing over typed arrays (the
 * keys are hash prefixes, so their first words spread evenly), several times faster than a Set of
 * strings for the 750,000 keys of a million subscriptions.
 */
export function distinctKeys(buffers: Buffer[]): number {
  const total = buffers.reduce((n, b) => n + b.length / 16, 0);
  let cap = 16;
  while (cap < total * 2) cap *= 2;
  const mask = cap - 1;
  const slots = new Uint32Array(cap * 4);
  const used = new Uint8Array(cap);
  let n = 0;
  for (const buffer of buffers) {
    const b = buffer.byteOffset % 4 ? Buffer.from(buffer) : buffer;
    const words = new Uint32Array(b.buffer, b.byteOffset, b.length / 4);
    for (let i = 0; i < words.length; i += 4) {
      const w0 = words[i];
      const w1 = words[i + 1];
      const w2 = words[i + 2];
      const w3 = words[i + 3];
      for (let j = (w0 ^ Math.imul(w1, 0x9e3779b1)) & mask; ; j = (j + 1) & mask) {
        const o = j * 4;
        if (!used[j]) {
          used[j] = 1;
          slots[o] = w0;
          slots[o + 1] = w1;
          slots[o + 2] = w2;
          slots[o + 3] = w3;
          n++;
          break;
        }
        if (slots[o] === w0 && slots[o + 1] === w1 && slots[o + 2] === w2 && slots[o + 3] === w3) break;
      }
    }
  }
  return n;
}
