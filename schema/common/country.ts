import { BadInputError } from './errors';

/** ISO 3166-1 alpha-2: the 249 officially assigned codes. */
const ISO_3166_1 = new Set(
  (
    'AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ BR BS BT BV BW BY BZ ' +
    'CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR ' +
    'GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO ' +
    'JP KE KG KH KI KM KN KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ MR ' +
    'MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO ' +
    'RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV ' +
    'TW TZ UA UG UM US UY UZ VA VC VE VG VI VN VU WF WS YE YT ZA ZM ZW'
  ).split(' '),
);

/** Every ISO 3166-1 alpha-2 code (a sign-up form's country menu). */
export const COUNTRY_CODES: readonly string[] = [...ISO_3166_1].sort();

/** The EU member states and the other EEA countries (Iceland, Liechtenstein, Norway). */
export const EU_EEA = new Set(
  'AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE IS LI NO'.split(' '),
);

/** An upper-cased ISO 3166-1 alpha-2 code, null for none, or BAD_USER_INPUT. */
export function validCountry(raw: string | null | undefined, field = 'country'): string | null {
  if (raw === null || raw === undefined || raw.trim() === '') return null;
  const code = raw.trim().toUpperCase();
  if (!ISO_3166_1.has(code))
    throw new BadInputError(`${field} must be an ISO 3166-1 alpha-2 code such as DE or FR`, field);
  return code;
}
