import type {
  Ballot,
  Confidentiality,
  Constituency,
  Delegation,
  FloorRequest,
  Language,
  Participant,
  Poll,
  Snapshot,
} from "../index.js";
import { isMemberStateDelegation, pocTemplate, tallyBallots } from "../index.js";
import { sampleTexts } from "./sample-texts.js";

/** What kind of consultation to make up. */
export type SampleOptions = {
  delegations: number;
  items: number;
  polls: number;
  language?: Language;
  confidentiality?: Confidentiality;
};

const names = [
  "China",
  "France",
  "Russian Federation",
  "United Kingdom",
  "United States",
  "Senegal",
  "Egypt",
  "Uruguay",
  "Japan",
  "Ethiopia",
  "India",
  "Rwanda",
  "Bangladesh",
  "Department of Peacekeeping Operations",
  "OHCHR",
  "South Sudan",
  "Central African Republic",
  "African Union",
  "Pakistan",
  "Nepal",
  "Ghana",
  "Indonesia",
  "Burkina Faso",
  "Angola",
  "Malaysia",
  "New Zealand",
  "Spain",
  "Ukraine",
  "Venezuela",
  "Mali",
];
const sets: Constituency[][] = [
  ["council", "tpcc"],
  ["council"],
  ["council"],
  ["council"],
  ["council"],
  ["council", "tpcc"],
  ["council", "tpcc"],
  ["council", "tpcc"],
  ["council"],
  ["tpcc"],
  ["tpcc"],
  ["tpcc"],
  ["tpcc"],
  ["secretariat"],
  ["secretariat"],
  ["host"],
  ["host"],
  ["observer"],
];

const uuid = (kind: number, n: number) =>
  `00000000-0000-4000-8${kind.toString(16).padStart(3, "0")}-${n.toString(16).padStart(12, "0")}`;
const at = (minutes: number) => new Date(Date.UTC(2016, 10, 3, 10, 0, 0) + minutes * 60_000).toISOString();

/**
 * A made-up consultation, the same every time: delegations across every constituency, each with a
 * delegate who joined, positions on every item, closed polls (every third one secret), a consensus
 * call per item with one objection, two expectations with reservations, and a turn per delegation.
 * For tests and the export benchmark.
 */
export function sampleSummarySnapshot(options: SampleOptions): Snapshot {
  const language = options.language ?? "en";
  const texts = sampleTexts[language];
  const delegations: Delegation[] = Array.from({ length: options.delegations }, (_, i) => ({
    id: uuid(1, i),
    name: names[i] ?? `Member State ${i + 1}`,
    countryCode: null,
    constituencies: sets[i] ?? (i % 3 === 0 ? ["council", "tpcc"] : ["tpcc"]),
  }));
  const participants: Participant[] = [
    { id: uuid(2, 0), displayName: "Fodé Seck", role: "chair", delegationId: null, joinedAt: at(0) },
    { id: uuid(2, 1), displayName: "Ana Rapporteur", role: "secretary", delegationId: null, joinedAt: at(0) },
    ...delegations.map((d, i) => ({
      id: uuid(3, i),
      displayName: `Delegate ${i + 1}`,
      role: "delegate" as const,
      delegationId: d.id,
      joinedAt: at(1),
    })),
  ];
  const template = pocTemplate.items;
  const items = Array.from({ length: options.items }, (_, i) => ({
    id: uuid(4, i),
    position: i,
    title: template[i % template.length]?.title ?? `Item ${i + 1}`,
    question: template[i % template.length]?.question ?? "",
    status: "concluded" as const,
    timeBoxSeconds: 3600,
    speakingTimeSeconds: 180,
    openedAt: at(60 * i),
    deadlineAt: at(60 * i + 60),
    conclusion: texts.conclusion,
    concludedAt: at(60 * i + 59),
  }));
  const stances = ["supports", "supports_with_reservations", "neutral", "opposes"] as const;
  const positions = items.flatMap((item, i) =>
    delegations.map((d, j) => ({
      id: uuid(5, i * 1000 + j),
      itemId: item.id,
      delegationId: d.id,
      stance: stances[(i + j) % 4] ?? "neutral",
      statement: texts.statements[(i + j) % texts.statements.length] ?? "",
      version: 1 + ((i + j) % 2),
      publishedBy: uuid(3, j),
      publishedAt: at(60 * i + 10),
    })),
  );
  const { polls, ballots } = samplePolls(options.polls, items, delegations, texts.pollQuestion);
  const consensusCalls = items.map((item, i) => ({
    id: uuid(8, i),
    subject: "conclusion" as const,
    itemId: item.id,
    expectationId: null,
    expectationVersion: null,
    text: texts.conclusion,
    deadlineAt: at(60 * i + 50),
    status: "closed" as const,
    outcome: i === 0 ? ("not_adopted" as const) : ("adopted" as const),
    closedBy: "deadline" as const,
    calledAt: at(60 * i + 40),
    closedAt: at(60 * i + 50),
  }));
  const objections =
    delegations.length > 1 && consensusCalls[0]
      ? [
          {
            id: uuid(9, 0),
            callId: consensusCalls[0].id,
            delegationId: delegations[1]?.id ?? "",
            participantId: uuid(3, 1),
            reason: texts.objection,
            status: "standing" as const,
            raisedAt: at(45),
            withdrawnAt: null,
          },
        ]
      : [];
  const floorRequests: FloorRequest[] = items.flatMap((item, i) =>
    delegations.map((d, j) => ({
      id: uuid(10, i * 1000 + j),
      itemId: item.id,
      delegationId: d.id,
      participantId: uuid(3, j),
      kind: j % 17 === 5 ? ("right_of_reply" as const) : ("speaker" as const),
      status: "done" as const,
      requestedAt: at(60 * i + 1),
      grantedAt: at(60 * i + 2 + j * 0.05),
      deadlineAt: at(60 * i + 5 + j * 0.05),
      endedAt: at(60 * i + 2 + j * 0.05 + 1.5),
    })),
  );
  const force = sampleExpectations(items[1]?.id ?? null, delegations, texts);
  return {
    seq: 1000 + options.delegations,
    consultation: {
      id: uuid(0, 1),
      title: texts.title,
      missionContext: pocTemplate.missionContext,
      date: "2016-11-03",
      languages: ["en", "fr", "ar", "zh", "ru", "es"],
      workingLanguage: language,
      confidentiality: options.confidentiality ?? "on_record",
      status: "closed",
      decisionRule: "council_decides",
      createdAt: at(-60),
    },
    delegations,
    participants,
    items,
    floorRequests,
    positions,
    positionVersions: [],
    polls,
    pollTurnouts: [],
    ballots,
    consensusCalls: [...consensusCalls, ...force.calls],
    objections,
    expectations: force.expectations,
    expectationVersions: [],
    amendments: [],
    acceptances: force.acceptances,
  };
}

function samplePolls(count: number, items: { id: string }[], delegations: Delegation[], question: string) {
  const polls: Poll[] = [];
  const ballots: Ballot[] = [];
  for (let p = 0; p < count; p += 1) {
    const secret = p % 3 === 2;
    const own: Ballot[] = delegations
      .filter((d) => isMemberStateDelegation(d))
      .map((d, j) => ({
        id: uuid(7, p * 1000 + j),
        pollId: uuid(6, p),
        delegationId: d.id,
        choices: [(p + j) % 3],
        castBy: uuid(3, j),
        castAt: at(60 * (p % Math.max(1, items.length)) + 20),
      }));
    const tally = tallyBallots(
      3,
      own,
      delegations.filter((d) => isMemberStateDelegation(d)),
    );
    const itemId = items[p % Math.max(1, items.length)]?.id ?? "";
    polls.push({
      id: uuid(6, p),
      itemId,
      subject: { kind: "item", itemId },
      indicative: true,
      question: `${question} (${p + 1})`,
      kind: "yes_no_abstain",
      options: ["yes", "no", "abstain"],
      maxChoices: 1,
      secret,
      resultsVisibility: secret ? "on_close" : "live",
      status: "closed",
      createdAt: at(60 * (p % Math.max(1, items.length)) + 15),
      openedAt: at(60 * (p % Math.max(1, items.length)) + 16),
      closedAt: at(60 * (p % Math.max(1, items.length)) + 25),
      result: {
        disclosure: secret ? "overall_only" : "by_constituency",
        turnout: tally.turnout,
        eligible: tally.eligible,
        overall: tally.overall,
        byConstituency: secret ? {} : tally.byConstituency,
      },
    });
    if (!secret) ballots.push(...own);
  }
  return { polls, ballots };
}

function sampleExpectations(itemId: string | null, delegations: Delegation[], texts: (typeof sampleTexts)["en"]) {
  const tpccs = delegations.filter((d) => d.constituencies.includes("tpcc"));
  const fields = (scenario: string) => ({
    scenario,
    threatActor: "non_state_armed_group" as const,
    tiers: ["tier_ii" as const],
    phases: ["pre_emption" as const, "response" as const],
    highestForceLevel: "deadly_force_last_resort" as const,
    conditions: { imminentThreat: true, withinCapabilitiesAndAreasOfDeployment: true, notes: "" },
    responsibilities: {
      council: texts.responsibility,
      tpccs: texts.responsibility,
      secretariat: "",
      host_state: texts.responsibility,
      mission: texts.responsibility,
    },
  });
  const expectations = texts.scenarios.map((scenario, i) => ({
    id: uuid(11, i),
    itemId,
    version: 1,
    fields: fields(scenario),
    status: "agreed_with_reservations" as const,
    draftedBy: uuid(2, 1),
    createdAt: at(70 + i),
    updatedAt: at(70 + i),
  }));
  const calls = expectations.map((e, i) => ({
    id: uuid(12, i),
    subject: "expectation" as const,
    itemId: null,
    expectationId: e.id,
    expectationVersion: 1,
    text: e.fields.scenario,
    deadlineAt: at(80 + i),
    status: "closed" as const,
    outcome: "adopted" as const,
    closedBy: "chair" as const,
    calledAt: at(75 + i),
    closedAt: at(80 + i),
  }));
  const acceptances = expectations.flatMap((e, i) =>
    tpccs.map((d, j) => ({
      id: uuid(13, i * 1000 + j),
      expectationId: e.id,
      version: 1,
      delegationId: d.id,
      participantId: uuid(3, j),
      kind: j % 4 === 1 ? ("accepts_with_reservation" as const) : ("accepts" as const),
      caveat: j % 4 === 1 ? texts.caveat : null,
      recordedAt: at(85 + i),
    })),
  );
  return { expectations, acceptances, calls };
}
