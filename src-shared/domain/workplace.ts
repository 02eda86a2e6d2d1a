import type { RemotePolicy } from './job';

const HYBRID = /\b(hybrid|hybride|híbrido|hibrido|ibrido)\b/iu;
const REMOTE =
  /\b(remote|telecommute|work from (home|anywhere)|wfh|anywhere in the world|distributed|télétravail|remoto|teletrabajo|homeoffice)\b/iu;
const ONSITE =
  /\b(on-?site|in[- ]office|office[- ]based|in person|sur site|présentiel|vor ort|presencial|in sede|in presenza)\b/iu;

/**
 * Plain statements in a description, in English, French, German, Spanish,
 * Italian and Portuguese, that say how the job is worked, not merely use the
 * word ("remote monitoring", "Télétravail jusqu'à 5 jours selon les missions").
 */
const STATEMENTS: [RegExp, RemotePolicy][] = [
  [
    /\b(hybrid (work|working|role|position|model|schedule|arrangement|setup|set-up|environment)|(this|the) (role|position|job) is hybrid|hybrid\b[^.\n]{0,30}\b(days?|weeks?) (in|at) (the|our) office|mode hybride|travail hybride|télétravail partiel|hybrides arbeiten|hybrides arbeitsmodell|hybrider arbeitsplatz|modalidad híbrida|trabajo híbrido|modelo híbrido|lavoro ibrido|modalità ibrida|smart working parziale|trabalho híbrido|regime híbrido)\b/iu,
    'hybrid',
  ],
  [
    /\b(fully remote|remote[- ]first|100 ?% remote|remote[- ]friendly|we work remotely|work from anywhere|remote (position|role|job)|this (role|position|job) is (fully )?remote|full remote|100 ?% (en )?télétravail|télétravail (complet|total)|entièrement (en télétravail|à distance)|vollständig remote|komplett remote|100 ?% homeoffice|100 ?% remoto|trabajo (100 ?% )?remoto|teletrabajo (total|100 ?%)|completamente da remoto|100 ?% da remoto|lavoro da remoto|totalmente remoto|trabalho remoto)\b/iu,
    'remote',
  ],
  [
    /\b((this|the) (role|position|job) is (based )?on-?site|on-?site (role|position|job)|fully on-?site|100 ?% on-?site|in[- ]office (role|position)|(five|5) days (a week )?in (the|our) office|en présentiel|100 ?% présentiel|sur site uniquement|vor ort in unserem büro|präsenzstelle|trabajo presencial|100 ?% presencial|modalidad presencial|lavoro in sede|in presenza|trabalho presencial|regime presencial)\b/iu,
    'onsite',
  ],
];

/** Classifies what a page says about where the work happens, from the most specific hint to the least. */
export function remotePolicy(hints: readonly (string | null)[], description: string | null): RemotePolicy | null {
  for (const hint of hints) {
    if (!hint) continue;
    if (HYBRID.test(hint)) return 'hybrid';
    if (REMOTE.test(hint)) return 'remote';
    if (ONSITE.test(hint)) return 'onsite';
  }
  if (!description) return null;
  return STATEMENTS.find(([pattern]) => pattern.test(description))?.[1] ?? null;
}

/** The small set Quarry knows, with the words for each in the languages it reads. */
const EMPLOYMENT_TYPES: [RegExp, string][] = [
  [
    /full[\s_-]?time|permanent|\bcdi\b|temps plein|vollzeit|festanstellung|tiempo completo|jornada completa|tempo pieno|tempo integral|indeterminato/iu,
    'full-time',
  ],
  [/part[\s_-]?time|temps partiel|teilzeit|medio tiempo|tiempo parcial|part-?time|tempo parziale|meio período/iu, 'part-time'],
  [/contract(or)?|freelance|freiberuf|autónomo|autonomo|\bpj\b|per diem/iu, 'contract'],
  [/\btemp(orary)?\b|\bcdd\b|befristet|temporal|temporaneo|tempo determinato|seasonal/iu, 'temporary'],
  [/intern(ship)?|\bstage\b|stagiaire|praktikum|prácticas|tirocinio|estágio|trainee|apprentice/iu, 'internship'],
  [/volunteer|bénévol|ehrenamt|voluntari/iu, 'volunteer'],
];

/** "FULL_TIME", "Full-time", "Vollzeit", "CDI" -> one vocabulary; wording Quarry does not know ("OTHER") is no type at all. */
export function employmentType(text: string | null): string | null {
  if (!text) return null;
  const found = EMPLOYMENT_TYPES.filter(([pattern]) => pattern.test(text)).map(([, type]) => type);
  return found.length > 0 ? [...new Set(found)].join(', ') : null;
}

/** How each policy is written wherever Quarry shows it. */
export const WORKPLACE_LABELS: Readonly<Record<RemotePolicy, string>> = { remote: 'Remote', hybrid: 'Hybrid', onsite: 'On-site' };

/** "Remote", "Hybrid · Berlin", or the location as written when it already says how ("New York (Hybrid)"). */
export function placeLabel({ remote, location }: { remote: RemotePolicy | null; location: string | null }): string | null {
  if (!remote || (location && /remote|hybrid|on-?site/iu.test(location))) return location;
  const policy = WORKPLACE_LABELS[remote];
  return location && remote !== 'remote' ? `${policy} · ${location}` : policy;
}
