import type { RegisterDelegationBody } from "@trilogue/shared";

/** Delegations of 2016 across every constituency; four are both Council members and T/PCCs. */
export const demoDelegations: RegisterDelegationBody[] = [
  { name: "China", countryCode: "CN", constituencies: ["council", "tpcc"] },
  { name: "France", countryCode: "FR", constituencies: ["council"] },
  { name: "Russian Federation", countryCode: "RU", constituencies: ["council"] },
  { name: "United Kingdom", countryCode: "GB", constituencies: ["council"] },
  { name: "United States", countryCode: "US", constituencies: ["council"] },
  { name: "Senegal", countryCode: "SN", constituencies: ["council", "tpcc"] },
  { name: "Egypt", countryCode: "EG", constituencies: ["council", "tpcc"] },
  { name: "Uruguay", countryCode: "UY", constituencies: ["council", "tpcc"] },
  { name: "Japan", countryCode: "JP", constituencies: ["council"] },
  { name: "Ethiopia", countryCode: "ET", constituencies: ["tpcc"] },
  { name: "India", countryCode: "IN", constituencies: ["tpcc"] },
  { name: "Rwanda", countryCode: "RW", constituencies: ["tpcc"] },
  { name: "Bangladesh", countryCode: "BD", constituencies: ["tpcc"] },
  { name: "Department of Peacekeeping Operations", countryCode: null, constituencies: ["secretariat"] },
  { name: "OHCHR", countryCode: null, constituencies: ["secretariat"] },
  { name: "South Sudan", countryCode: "SS", constituencies: ["host"] },
  { name: "Central African Republic", countryCode: "CF", constituencies: ["host"] },
  { name: "African Union", countryCode: null, constituencies: ["observer"] },
];
