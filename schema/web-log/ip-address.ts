import { isIP, isIPv4 } from 'node:net';

/**
 * Client addresses for the web access log: one spelling per address (so a look-up finds every row
 * of it), and truncation to the network (IPv4 /24, IPv6 /48), after which a row no longer points at
 * one device.
 */
export class IpAddress {
  /** The canonical form of an address, or null when `raw` is none. IPv4-mapped IPv6 becomes IPv4. */
  static normalize(raw: string | null | undefined): string | null {
    let ip = String(raw ?? '').trim();
    if (ip.startsWith('[') && ip.endsWith(']')) ip = ip.slice(1, -1);
    const zone = ip.indexOf('%');
    if (zone > 0) ip = ip.slice(0, zone);
    const mapped = /^::ffff:(\d{1,3}(?:\.\d{1,3}){3})$/i.exec(ip);
    if (mapped) ip = mapped[1];
    const kind = isIP(ip);
    if (kind === 4)
      return ip
        .split('.')
        .map((o) => String(Number(o)))
        .join('.');
    if (kind === 6) {
      const canonical = new URL(`http://[${ip}]`).hostname.slice(1, -1);
      // new URL writes an IPv4-mapped address as hex: ::ffff:7f00:1 is 127.0.0.1
      const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(canonical);
      if (hexMapped) {
        const hi = parseInt(hexMapped[1], 16);
        const lo = parseInt(hexMapped[2], 16);
        return [hi >> 8, hi & 255, lo >> 8, lo & 255].join('.');
      }
      return canonical;
    }
    return null;
  }

  /** The /24 (IPv4) or /48 (IPv6) network of a normalised address, written as its first address. */
  static truncate(ip: string): string {
    if (isIPv4(ip)) return ip.split('.').slice(0, 3).concat('0').join('.');
    const groups = IpAddress.expand(ip);
    if (!groups) return ip;
    return IpAddress.normalize(`${groups.slice(0, 3).join(':')}::`)!;
  }

  /** The eight 16-bit groups of an IPv6 address, or null. */
  private static expand(ip: string): string[] | null {
    const normal = IpAddress.normalize(ip);
    if (!normal || isIPv4(normal)) return null;
    const [head, tail] = normal.includes('::') ? normal.split('::') : [normal, null];
    const left = head ? head.split(':') : [];
    const right = tail ? tail.split(':') : [];
    const fill = tail === null ? [] : Array(8 - left.length - right.length).fill('0');
    return [...left, ...fill, ...right];
  }
}
