/**
 * Fast time zone arithmetic for the engine, with @date-fns/tz as the reference it must agree with.
 *
 * TZDate asks Intl for the zone's offset on every field read and write (several times per
 * conversion), which made one advise() cost ~0.1 ms. Here each zone gets a lazily built table of its
 * UTC offsets, one bucket of BUCKET_MS at a time: the offset is sampled every SAMPLE_MS with the very
 * same `tzOffset` TZDate uses, and each change found between two samples is pinned to the second by
 * bisection. After that, instant → wall clock is one Map lookup, and wall clock → instant is a
 * subtraction whenever the offset is constant around it.
 *
 * Anything unusual goes through TZDate itself, so results stay identical:
 * - a wall time in a DST gap or overlap of the user's zone, or more than one offset change nearby,
 * - a wall time within two days of an offset change of the machine's own zone (TZDate goes through
 *   it, see systemStable),
 * - offsets that are not whole minutes (local mean time before ~1900), years outside 1900–2299,
 * - zones Intl does not know (TZDate gives an Invalid Date there).
 * Assumption: a zone's offset changes at most once per SAMPLE_MS (6 hours), true of every real
 * transition in the tz database since 1900.
 */
import { TZDate, tzOffset } from '@date-fns/tz';
import { addDays } from 'date-fns';

export const DAY_MS = 24 * 60 * 60 * 1000;
const SAMPLE_MS = 6 * 60 * 60 * 1000;
const BUCKET_MS = 8 * DAY_MS;
/** How far from a wall time an offset change makes TZDate's own handling necessary. */
const MARGIN_MS = 2 * DAY_MS;
const MIN_MS = Date.UTC(1900, 0, 1);
const MAX_MS = Date.UTC(2300, 0, 1);

interface Bucket {
  /** Offset (ms) in force from the bucket start; NaN when unusable (fractional or unknown). */
  first: number;
  /** Instants (ms) where the offset changes inside the bucket, ascending. */
  at: number[];
  /** offsets[i] is in force from at[i]. */
  offsets: number[];
}

export interface Zone {
  name: string;
  /** Offset (ms) for zones known to be fixed (UTC); null for table-backed zones. */
  fixed: number | null;
  buckets: Map<number, Bucket>;
}

const zones = new Map<string, Zone | null>();

/** The zone's table, or null when Intl does not know it (callers then use TZDate). */
export function getZone(name: string): Zone | null {
  let z = zones.get(name);
  if (z !== undefined) return z;
  if (name === 'UTC' || name === 'Etc/UTC') z = { name, fixed: 0, buckets: new Map() };
  else {
    const probe = tzOffset(name, new Date(Date.UTC(2026, 0, 1)));
    z = Number.isNaN(probe) ? null : { name, fixed: null, buckets: new Map() };
  }
  zones.set(name, z);
  return z;
}

/** tzOffset in ms, NaN unless a whole number of minutes. */
function rawOffset(zone: string, t: number): number {
  const minutes = tzOffset(zone, new Date(t));
  return Number.isInteger(minutes) ? minutes * 60_000 : Number.NaN;
}

function buildBucket(zone: string, index: number): Bucket {
  const start = index * BUCKET_MS;
  const first = rawOffset(zone, start);
  const bucket: Bucket = { first, at: [], offsets: [] };
  if (Number.isNaN(first)) return bucket;
  let prevT = start;
  let prev = first;
  for (let t = start + SAMPLE_MS; t <= start + BUCKET_MS; t += SAMPLE_MS) {
    const o = rawOffset(zone, t);
    if (Number.isNaN(o)) return { first: Number.NaN, at: [], offsets: [] };
    if (o !== prev) {
      // The change lies in (prevT, t]: bisect on whole seconds.
      let lo = prevT;
      let hi = t;
      while (hi - lo > 1000) {
        const mid = lo + Math.floor((hi - lo) / 2000) * 1000;
        if (rawOffset(zone, mid) === prev) lo = mid;
        else hi = mid;
      }
      // A change on the very boundary belongs to the next bucket's first offset.
      if (hi < start + BUCKET_MS) {
        bucket.at.push(hi);
        bucket.offsets.push(o);
      }
      prev = o;
    }
    prevT = t;
  }
  return bucket;
}

function bucketOf(z: Zone, t: number): Bucket {
  // Callers pass any instant of the bucket.
  const index = Math.floor(t / BUCKET_MS);
  let b = z.buckets.get(index);
  if (!b) {
    b = buildBucket(z.name, index);
    z.buckets.set(index, b);
  }
  return b;
}

/** The zone's offset at instant t in ms (NaN when unusable: then use TZDate). */
function offsetAt(z: Zone, t: number): number {
  if (z.fixed !== null) return z.fixed;
  if (!(t >= MIN_MS && t < MAX_MS)) return Number.NaN;
  const b = bucketOf(z, t);
  let o = b.first;
  const at = b.at;
  for (let i = 0; i < at.length; i++) {
    if (t >= (at[i] as number)) o = b.offsets[i] as number;
    else break;
  }
  return o;
}

/** The offset when it is the same (and usable) over all of [from, to]; NaN otherwise. */
export function stableOffset(z: Zone, from: number, to: number): number {
  if (!(from >= MIN_MS && to < MAX_MS) || !systemStable(from, to)) return Number.NaN;
  if (z.fixed !== null) return z.fixed;
  let offset = Number.NaN;
  for (let index = Math.floor(from / BUCKET_MS); index <= Math.floor(to / BUCKET_MS); index++) {
    let b = z.buckets.get(index);
    if (!b) {
      b = buildBucket(z.name, index);
      z.buckets.set(index, b);
    }
    if (b.at.length > 0 || Number.isNaN(b.first)) return Number.NaN;
    if (Number.isNaN(offset)) offset = b.first;
    else if (offset !== b.first) return Number.NaN;
  }
  return offset;
}

/**
 * Wall clock (as a UTC ms count) → instant, as TZDate gives it. NaN when TZDate itself must decide:
 * a wall time that falls in a DST gap or overlap (TZDate's choice there depends on the machine's
 * zone), more than one offset change nearby, or an unusable offset.
 */
export function fastWallToInstant(z: Zone, wall: number): number {
  const lo = wall - MARGIN_MS;
  const hi = wall + MARGIN_MS;
  if (!(lo >= MIN_MS && hi < MAX_MS) || !systemStable(lo, hi)) return Number.NaN;
  if (z.fixed !== null) return wall - z.fixed;
  const before = offsetAt(z, lo);
  if (Number.isNaN(before)) return Number.NaN;
  let cur = before;
  let change = Number.NaN;
  let after = Number.NaN;
  const firstIndex = Math.floor(lo / BUCKET_MS);
  for (let index = firstIndex; index <= Math.floor(hi / BUCKET_MS); index++) {
    const b = bucketOf(z, index * BUCKET_MS);
    if (Number.isNaN(b.first)) return Number.NaN;
    if (index > firstIndex && b.first !== cur) {
      // A change exactly on the bucket boundary (inside (lo, hi]).
      if (!Number.isNaN(change)) return Number.NaN;
      change = index * BUCKET_MS;
      after = cur = b.first;
    }
    for (let i = 0; i < b.at.length; i++) {
      const t = b.at[i] as number;
      if (t <= lo || t > hi) continue;
      if (!Number.isNaN(change)) return Number.NaN;
      change = t;
      after = cur = b.offsets[i] as number;
    }
  }
  if (Number.isNaN(change)) return wall - before;
  const early = wall - before;
  const late = wall - after;
  if (early < change && late < change) return early;
  if (early >= change && late >= change) return late;
  return Number.NaN;
}

/**
 * TZDate converts a wall time through the machine's own zone first, and near one of that zone's
 * offset changes its answer can differ from the plain one (seen with the machine in Europe/Berlin
 * and the user in Europe/London on the night clocks go back). So the fast paths also require the
 * machine's offset to be constant around the instant: per UTC day d, whether the machine's offsets
 * at the starts of days d-3 … d+4 agree (cached; a window of 8 days, checked every 4 days).
 */
const systemDays = new Map<number, boolean>();

function systemStable(from: number, to: number): boolean {
  const last = Math.floor(to / DAY_MS);
  for (let d = Math.floor(from / DAY_MS); ; d += 4) {
    const day = Math.min(d, last);
    let ok = systemDays.get(day);
    if (ok === undefined) {
      const first = new Date((day - 3) * DAY_MS).getTimezoneOffset();
      ok = true;
      for (let k = -2; k <= 4 && ok; k++) ok = new Date((day + k) * DAY_MS).getTimezoneOffset() === first;
      systemDays.set(day, ok);
    }
    if (!ok) return false;
    if (day === last) return true;
  }
}

/** TZDate's wall clock → instant (the constructor path). */
export function refWallToInstant(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  timeZone: string,
): number {
  return new TZDate(y, mo, d, h, mi, s, ms, timeZone).getTime();
}

/** `addDays(new TZDate(t, zone), days)` as an instant, fast when no offset change is near. */
export function shiftLocalDays(t: number, days: number, timeZone: string): number {
  if (days === 0) return t;
  const z = getZone(timeZone);
  if (z && !Number.isNaN(t)) {
    const o = offsetAt(z, t);
    if (!Number.isNaN(o)) {
      const result = fastWallToInstant(z, t + o + days * DAY_MS);
      if (!Number.isNaN(result)) return result;
    }
  }
  return addDays(new TZDate(t, timeZone), days).getTime();
}

/** The wall clock of instant t in the zone as a UTC ms count (NaN: use TZDate). */
export function wallOf(z: Zone | null, t: number): number {
  if (!z) return Number.NaN;
  return t + offsetAt(z, t);
}
