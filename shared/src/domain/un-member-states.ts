import { z } from "zod";

/**
 * The 193 Member States of the United Nations and its two non-member observer States, each as its
 * ISO 3166-1 alpha-2 code followed by its UN M49 numeric code ("FR250").
 *
 * Source: the Member States at https://www.un.org/en/about-us/member-states (193; the last admitted,
 * South Sudan, in 2011) and the non-member observer States at
 * https://www.un.org/en/about-us/non-member-states (the Holy See, the State of Palestine); numeric
 * codes from UN M49 (https://unstats.un.org/unsd/methodology/m49/). Membership changes only by a
 * decision of the General Assembly: update this list when it does.
 */
// biome-ignore format: a table, twelve codes a line
const members = [
  "AD020", "AE784", "AF004", "AG028", "AL008", "AM051", "AO024", "AR032", "AT040", "AU036", "AZ031", "BA070",
  "BB052", "BD050", "BE056", "BF854", "BG100", "BH048", "BI108", "BJ204", "BN096", "BO068", "BR076", "BS044",
  "BT064", "BW072", "BY112", "BZ084", "CA124", "CD180", "CF140", "CG178", "CH756", "CI384", "CL152", "CM120",
  "CN156", "CO170", "CR188", "CU192", "CV132", "CY196", "CZ203", "DE276", "DJ262", "DK208", "DM212", "DO214",
  "DZ012", "EC218", "EE233", "EG818", "ER232", "ES724", "ET231", "FI246", "FJ242", "FM583", "FR250", "GA266",
  "GB826", "GD308", "GE268", "GH288", "GM270", "GN324", "GQ226", "GR300", "GT320", "GW624", "GY328", "HN340",
  "HR191", "HT332", "HU348", "ID360", "IE372", "IL376", "IN356", "IQ368", "IR364", "IS352", "IT380", "JM388",
  "JO400", "JP392", "KE404", "KG417", "KH116", "KI296", "KM174", "KN659", "KP408", "KR410", "KW414", "KZ398",
  "LA418", "LB422", "LC662", "LI438", "LK144", "LR430", "LS426", "LT440", "LU442", "LV428", "LY434", "MA504",
  "MC492", "MD498", "ME499", "MG450", "MH584", "MK807", "ML466", "MM104", "MN496", "MR478", "MT470", "MU480",
  "MV462", "MW454", "MX484", "MY458", "MZ508", "NA516", "NE562", "NG566", "NI558", "NL528", "NO578", "NP524",
  "NR520", "NZ554", "OM512", "PA591", "PE604", "PG598", "PH608", "PK586", "PL616", "PT620", "PW585", "PY600",
  "QA634", "RO642", "RS688", "RU643", "RW646", "SA682", "SB090", "SC690", "SD729", "SE752", "SG702", "SI705",
  "SK703", "SL694", "SM674", "SN686", "SO706", "SR740", "SS728", "ST678", "SV222", "SY760", "SZ748", "TD148",
  "TG768", "TH764", "TJ762", "TL626", "TM795", "TN788", "TO776", "TR792", "TT780", "TV798", "TZ834", "UA804",
  "UG800", "US840", "UY858", "UZ860", "VC670", "VE862", "VN704", "VU548", "WS882", "YE887", "ZA710", "ZM894",
  "ZW716",
] as const;

const observers = ["VA336", "PS275"] as const;

export type UnMembership = "member" | "observer";

export type UnMemberState = {
  /** ISO 3166-1 alpha-2, as delegations record it. */
  alpha2: string;
  /** UN M49 numeric code, the key of the official names. */
  m49: string;
  membership: UnMembership;
};

const entry = (code: string, membership: UnMembership): UnMemberState => ({
  alpha2: code.slice(0, 2),
  m49: code.slice(2),
  membership,
});

export const unMemberStates: readonly UnMemberState[] = [
  ...members.map((code) => entry(code, "member")),
  ...observers.map((code) => entry(code, "observer")),
];

const alpha2Codes = new Set(unMemberStates.map((state) => state.alpha2));

/** A delegation's country: a UN Member State or observer State, nothing else. */
export const unCountryCodeSchema = z
  .string()
  .regex(/^[A-Z]{2}$/)
  .refine((code) => alpha2Codes.has(code), "not a UN Member State or observer State");
