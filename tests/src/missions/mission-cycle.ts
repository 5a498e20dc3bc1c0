import type { ExpectationFields } from "@trilogue/shared";
import { join, TestClient } from "../support/clients.js";
import type { TestServer } from "../support/server.js";

/** The concept note's South Sudan example, as a mission's standing expectation. */
export const campUnderThreat: ExpectationFields = {
  scenario: "An armed group threatens a camp for displaced people next to a mission base",
  threatActor: "non_state_armed_group",
  tiers: ["tier_ii"],
  phases: ["response"],
  highestForceLevel: "interposition",
  conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
  responsibilities: {
    council: "Keep the mandate's POC priority explicit.",
    tpccs: "Deploy quick-reaction forces to the camp.",
    secretariat: "Share threat assessments with T/PCCs in advance.",
    host_state: "Allow freedom of movement to the camp.",
    mission: "Maintain a standing presence at the camp perimeter.",
  },
};

/** The mission's delegations, as the operator registers them in its first consultation. */
export const missionDelegations = [
  { name: "France", countryCode: "FR", constituencies: ["council"] },
  { name: "India", countryCode: "IN", constituencies: ["tpcc"] },
  { name: "Rwanda", countryCode: "RW", constituencies: ["tpcc"] },
  { name: "South Sudan", countryCode: "SS", constituencies: ["host"] },
  { name: "DPO", countryCode: null, constituencies: ["secretariat"] },
] as const;

/** Calls the operator API with the bearer token. */
export function operatorApi(server: TestServer) {
  return (method: string, path: string, body?: unknown) =>
    fetch(`${server.url}${path}`, {
      method,
      headers: {
        authorization: `Bearer ${server.operatorToken}`,
        ...(body === undefined ? {} : { "content-type": "application/json" }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
}

/** One consultation of the mission, with people brought in through operator-issued links. */
export async function consultationOf(server: TestServer, consultationId: string) {
  const operator = operatorApi(server);
  const detail = (await (await operator("GET", `/api/operator/consultations/${consultationId}`)).json()) as {
    delegations: { id: string; name: string }[];
  };
  const delegationId = (name: string) => {
    const id = detail.delegations.find((d) => d.name === name)?.id;
    if (!id) throw new Error(`no delegation ${name}`);
    return id;
  };
  const clients: TestClient[] = [];
  const invite = async (role: string, delegationName: string | null) => {
    const response = await operator("POST", `/api/operator/consultations/${consultationId}/invitations`, {
      role,
      delegationId: delegationName ? delegationId(delegationName) : null,
    });
    if (response.status !== 201) throw new Error(`invitation refused: ${await response.text()}`);
    return ((await response.json()) as { url: string }).url;
  };
  const enter = async (role: string, delegationName: string | null, person: string) => {
    const url = await invite(role, delegationName);
    const { cookie } = await join(server.url, url, person);
    const client = await TestClient.connect(server.url, cookie);
    clients.push(client);
    return { client, cookie };
  };
  return {
    id: consultationId,
    delegations: detail.delegations,
    delegationId,
    invite,
    enter,
    close: () => {
      for (const client of clients) client.close();
    },
  };
}

/** A small, valid one-page PDF saying `line`, written by hand (offsets computed). */
export function samplePdf(line: string): Buffer {
  const stream = `BT /F1 18 Tf 72 720 Td (${line}) Tj ET`;
  const objects = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>",
    `<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`,
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
  ];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(body.length);
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) body += `${String(offset).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
