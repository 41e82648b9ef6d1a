import { browserFamily } from '../web-log/browser-family';

/** Rules in order: the first that matches names the system (iOS and Android also say "like Mac OS X" / "Linux"). */
const SYSTEMS: Array<[RegExp, string]> = [
  [/\b(iPhone|iPad|iPod)\b/, 'iOS'],
  [/\bAndroid\b/, 'Android'],
  [/\bCrOS\b/, 'ChromeOS'],
  [/\bWindows\b/, 'Windows'],
  [/\bMacintosh\b|\bMac OS X\b/, 'macOS'],
  [/\bLinux\b|\bX11\b/, 'Linux'],
];

/** The operating system of a User-Agent header, from a short fixed vocabulary, or null. */
export function operatingSystem(userAgent: string | null | undefined): string | null {
  const ua = userAgent ?? '';
  for (const [re, name] of SYSTEMS) if (re.test(ua)) return name;
  return null;
}

/**
 * What a session keeps of the browser that started it: the family and the operating system
 * ("Firefox on Linux"), enough for a person to recognise their own devices in a list of sessions,
 * never the header itself (versions, models and extensions fingerprint a device). Null without one.
 */
export function sessionAgent(userAgent: string | null | undefined): string | null {
  if (!(userAgent ?? '').trim()) return null;
  const browser = browserFamily(userAgent);
  const system = operatingSystem(userAgent);
  return system ? `${browser} on ${system}` : browser;
}
