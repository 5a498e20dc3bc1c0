import { z } from "zod";
import type { Constituency } from "../domain/enums.js";

/** A delegation's stance on an agenda item. */
export const stances = ["supports", "supports_with_reservations", "neutral", "opposes"] as const;
export const stanceSchema = z.enum(stances);
export type Stance = z.infer<typeof stanceSchema>;

/** Yes/no/abstain, or one or several choices among the chair's options. */
export const pollKinds = ["yes_no_abstain", "single_choice", "multiple_choice"] as const;
export const pollKindSchema = z.enum(pollKinds);
export type PollKind = z.infer<typeof pollKindSchema>;

/** The options of every yes/no/abstain poll, in ballot order. */
export const yesNoAbstainOptions = ["yes", "no", "abstain"] as const;

/** When the room sees the results: as ballots come in, or only once the poll is closed. */
export const resultsVisibilities = ["live", "on_close"] as const;
export const resultsVisibilitySchema = z.enum(resultsVisibilities);
export type ResultsVisibility = z.infer<typeof resultsVisibilitySchema>;

/** draft (being prepared by the chair) → open (ballots accepted) → closed. */
export const pollStatuses = ["draft", "open", "closed"] as const;
export const pollStatusSchema = z.enum(pollStatuses);
export type PollStatus = z.infer<typeof pollStatusSchema>;

/** The constituencies that vote: every one but the observers, who are invited and do not vote. */
export const votingConstituencies = [
  "council",
  "tpcc",
  "secretariat",
  "host",
] as const satisfies readonly Constituency[];
export const votingConstituencySchema = z.enum(votingConstituencies);
export type VotingConstituency = z.infer<typeof votingConstituencySchema>;

/**
 * How much of a secret poll's result is published: by constituency, overall only, or nothing,
 * so that no published figure rests on fewer ballots than the secrecy floor (see polls rules).
 */
export const disclosures = ["by_constituency", "overall_only", "withheld"] as const;
export const disclosureSchema = z.enum(disclosures);
export type Disclosure = z.infer<typeof disclosureSchema>;

/**
 * What a consensus call puts to the room: an item's conclusion, an expectation on the use of force,
 * or a draft's paragraph agreed ad referendum (the silence procedure).
 */
export const consensusSubjects = ["conclusion", "expectation", "paragraph"] as const;
export const consensusSubjectSchema = z.enum(consensusSubjects);
export type ConsensusSubject = z.infer<typeof consensusSubjectSchema>;

export const consensusCallStatuses = ["open", "closed"] as const;
export const consensusCallStatusSchema = z.enum(consensusCallStatuses);
export type ConsensusCallStatus = z.infer<typeof consensusCallStatusSchema>;

/** Adopted iff no objection stands when the call closes. */
export const consensusOutcomes = ["adopted", "not_adopted"] as const;
export const consensusOutcomeSchema = z.enum(consensusOutcomes);
export type ConsensusOutcome = z.infer<typeof consensusOutcomeSchema>;

/** Who closed a call: the chair, or its deadline (the server's scheduler). */
export const consensusClosers = ["chair", "deadline"] as const;
export const consensusCloserSchema = z.enum(consensusClosers);
export type ConsensusCloser = z.infer<typeof consensusCloserSchema>;

export const objectionStatuses = ["standing", "withdrawn"] as const;
export const objectionStatusSchema = z.enum(objectionStatuses);
export type ObjectionStatus = z.infer<typeof objectionStatusSchema>;

/** Who threatens civilians in a scenario. */
export const threatActors = ["host_state_forces", "non_state_armed_group", "communal_militia", "unidentified"] as const;
export const threatActorSchema = z.enum(threatActors);
export type ThreatActor = z.infer<typeof threatActorSchema>;

/**
 * The three tiers of the 2015 DPKO-DFS POC policy: I protection through dialogue and engagement,
 * II provision of physical protection, III establishment of a protective environment.
 */
export const pocTiers = ["tier_i", "tier_ii", "tier_iii"] as const;
export const pocTierSchema = z.enum(pocTiers);
export type PocTier = z.infer<typeof pocTierSchema>;

/** The phases of the POC policy's response. */
export const pocPhases = ["prevention", "pre_emption", "response", "consolidation"] as const;
export const pocPhaseSchema = z.enum(pocPhases);
export type PocPhase = z.infer<typeof pocPhaseSchema>;

/** The highest level of force expected, from least to most. */
export const forceLevels = [
  "presence_deterrence",
  "interposition",
  "non_lethal_force",
  "deadly_force_last_resort",
] as const;
export const forceLevelSchema = z.enum(forceLevels);
export type ForceLevel = z.infer<typeof forceLevelSchema>;

/** Who is responsible for what under an expectation. */
export const responsibleActors = ["council", "tpccs", "secretariat", "host_state", "mission"] as const;
export const responsibleActorSchema = z.enum(responsibleActors);
export type ResponsibleActor = z.infer<typeof responsibleActorSchema>;

/** What a T/PCC records on an agreed expectation. */
export const acceptanceKinds = ["accepts", "accepts_with_reservation", "does_not_accept"] as const;
export const acceptanceKindSchema = z.enum(acceptanceKinds);
export type AcceptanceKind = z.infer<typeof acceptanceKindSchema>;

/** Derived by `expectationStatus`, never set by hand. */
export const expectationStatuses = ["draft", "proposed", "agreed", "agreed_with_reservations", "not_agreed"] as const;
export const expectationStatusSchema = z.enum(expectationStatuses);
export type ExpectationStatus = z.infer<typeof expectationStatusSchema>;

export const amendmentStatuses = ["pending", "accepted", "rejected"] as const;
export const amendmentStatusSchema = z.enum(amendmentStatuses);
export type AmendmentStatus = z.infer<typeof amendmentStatusSchema>;
