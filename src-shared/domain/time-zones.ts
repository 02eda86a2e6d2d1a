/**
 * Finding a time zone from what a person types: the IANA name itself, the
 * city it is named after ("New York", "São Paulo"), or a large city that has
 * no zone of its own ("Bangalore", "San Francisco", "Munich").
 */

/** Cities people interview with that IANA names no zone after, and the zone they keep. */
const CITIES: Readonly<Record<string, string>> = {
  kolkata: 'Asia/Kolkata',
  bangalore: 'Asia/Kolkata',
  bengaluru: 'Asia/Kolkata',
  mumbai: 'Asia/Kolkata',
  delhi: 'Asia/Kolkata',
  'new delhi': 'Asia/Kolkata',
  hyderabad: 'Asia/Kolkata',
  chennai: 'Asia/Kolkata',
  pune: 'Asia/Kolkata',
  'san francisco': 'America/Los_Angeles',
  'bay area': 'America/Los_Angeles',
  seattle: 'America/Los_Angeles',
  portland: 'America/Los_Angeles',
  'san diego': 'America/Los_Angeles',
  boston: 'America/New_York',
  washington: 'America/New_York',
  atlanta: 'America/New_York',
  miami: 'America/New_York',
  philadelphia: 'America/New_York',
  austin: 'America/Chicago',
  dallas: 'America/Chicago',
  houston: 'America/Chicago',
  montreal: 'America/Toronto',
  ottawa: 'America/Toronto',
  munich: 'Europe/Berlin',
  frankfurt: 'Europe/Berlin',
  hamburg: 'Europe/Berlin',
  cologne: 'Europe/Berlin',
  barcelona: 'Europe/Madrid',
  milan: 'Europe/Rome',
  geneva: 'Europe/Zurich',
  krakow: 'Europe/Warsaw',
  manchester: 'Europe/London',
  edinburgh: 'Europe/London',
  beijing: 'Asia/Shanghai',
  shenzhen: 'Asia/Shanghai',
  osaka: 'Asia/Tokyo',
  'tel aviv': 'Asia/Jerusalem',
  'abu dhabi': 'Asia/Dubai',
  'cape town': 'Africa/Johannesburg',
  'rio de janeiro': 'America/Sao_Paulo',
  canberra: 'Australia/Sydney',
  wellington: 'Pacific/Auckland',
};

/** Lower case, no accents, spaces for underscores: "São_Paulo" and "sao paulo" read the same. */
function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\s]+/gu, ' ')
    .trim();
}

/**
 * `zone` as it appears in `zones`: itself, or the name this runtime files it
 * under (Chromium's list says Asia/Calcutta where IANA now says Asia/Kolkata).
 */
function listed(zone: string, zones: readonly string[]): string | null {
  if (zones.includes(zone)) return zone;
  try {
    const canonical = new Intl.DateTimeFormat('en-US', { timeZone: zone }).resolvedOptions().timeZone;
    return zones.includes(canonical) ? canonical : null;
  } catch {
    return null;
  }
}

/** The zone `typed` names, among `zones` (the IANA names this runtime knows); null when it names none. */
export function zoneForPlace(typed: string, zones: readonly string[]): string | null {
  const wanted = plain(typed);
  if (!wanted) return null;
  const exact = zones.find((zone) => plain(zone) === wanted);
  if (exact) return exact;
  const byCity = zones.find((zone) => plain(zone.slice(zone.lastIndexOf('/') + 1)) === wanted);
  if (byCity) return byCity;
  const named = CITIES[wanted] ?? (typed.includes('/') ? typed.trim() : null);
  return named ? listed(named, zones) : null;
}

/** What the zone field offers while typing: each zone under its city's name, and the cities above. */
export function zoneSuggestions(zones: readonly string[]): { value: string; label: string }[] {
  const named = zones.map((zone) => ({ value: zone, label: zone.slice(zone.lastIndexOf('/') + 1).replaceAll('_', ' ') }));
  const cities = Object.entries(CITIES).flatMap(([city, zone]) => {
    const value = listed(zone, zones);
    return value ? [{ value, label: city.replace(/\b\p{L}/gu, (letter) => letter.toUpperCase()) }] : [];
  });
  const seen = new Set<string>();
  // A city can be a zone's own name where the runtime lists the zone under it (Kolkata on a newer ICU): offer it once.
  return [...named, ...cities].filter(({ value, label }) => !seen.has(`${value} ${label}`) && seen.add(`${value} ${label}`));
}
