import type { AgendaItem, Poll, SummaryNarrative } from "@trilogue/shared";
import {
  consensusOutcome,
  constituencies,
  describeSubject,
  itemFigures,
  stances,
  type VotingConstituency,
  votingConstituencies,
} from "@trilogue/shared";
import { type BuildContext, byKey, orderedConstituencies } from "./context.js";
import type {
  ItemPositions,
  PositionGroup,
  SummaryConsensusCall,
  SummaryItem,
  SummaryParty,
  SummaryPoll,
  SummaryStatement,
} from "./document.js";

/** Each agenda item with its discussion, polls, consensus calls and conclusion. */
export function buildItems(ctx: BuildContext, narrative: SummaryNarrative): SummaryItem[] {
  const summaries = new Map(narrative.items.map((entry) => [entry.itemId, entry.summary]));
  const items = [...ctx.snapshot.items].sort((a, b) => a.position - b.position);
  return items.map((item, index) => ({
    number: index + 1,
    title: ctx.text(item.title),
    question: ctx.text(item.question),
    status: item.status,
    narrative: ctx.text(summaries.get(item.id) ?? ""),
    positions: ctx.attribution.reportsDiscussion ? buildPositions(ctx, item) : null,
    polls: ctx.snapshot.polls
      .filter((poll) => poll.itemId === item.id && poll.status !== "draft")
      // Decisive votes first, then the indicative polls, reported apart.
      .sort(byKey((poll) => `${poll.indicative ? 1 : 0} ${poll.openedAt ?? poll.createdAt} ${poll.id}`))
      .map((poll) => buildPoll(ctx, poll)),
    consensusCalls: buildCalls(ctx, item.id),
    conclusion: item.conclusion === null ? null : ctx.text(item.conclusion),
  }));
}

const stanceRank = new Map(stances.map((stance, index) => [stance, index]));

/**
 * Positions grouped by their delegations' constituency sets. On the record each statement names its
 * delegation, in name order; in Chatham House none does, and statements are ordered by stance and
 * text, never by delegation, so their order gives no one away; a constituency below the disclosure
 * floor gives no group its name. The figures (counts, breakdown, joint positions, convergence) are
 * `itemFigures`, the room's own computation.
 */
function buildPositions(ctx: BuildContext, item: AgendaItem): ItemPositions {
  const { snapshot } = ctx;
  const figures = itemFigures(
    {
      delegations: snapshot.delegations,
      positions: snapshot.positions,
      jointStatements: snapshot.jointStatements ?? [],
      coSignatures: snapshot.coSignatures ?? [],
      breakdownDisclosures: snapshot.breakdownDisclosures ?? [],
    },
    item.id,
  );
  const positions = snapshot.positions.filter((p) => p.itemId === item.id && ctx.delegation(p.delegationId));
  const groups = new Map<string, PositionGroup & { order: number; sortKeys: string[] }>();
  for (const position of positions) {
    const delegation = ctx.delegation(position.delegationId);
    if (!delegation) continue;
    const set = ctx.shownConstituencies(delegation.constituencies);
    const key = set.join("+");
    const group = groups.get(key) ?? {
      constituencies: set,
      statements: [],
      order: set.length === 0 ? 1000 : Math.min(...set.map((c) => constituencies.indexOf(c))) * 10 + set.length,
      sortKeys: [],
    };
    const statement: SummaryStatement = {
      delegation: ctx.attribution.namesDelegations ? delegation.name : null,
      stance: position.stance,
      statement: ctx.text(position.statement),
      revised: position.version > 1,
    };
    group.statements.push(statement);
    group.sortKeys.push(
      ctx.attribution.namesDelegations
        ? delegation.name
        : `${stanceRank.get(position.stance) ?? 0} ${statement.statement}`,
    );
    groups.set(key, group);
  }
  const byConstituency: ItemPositions["byConstituency"] = {};
  for (const c of constituencies) {
    const counts = figures.breakdown.byConstituency[c];
    if (counts && Object.values(counts).some((n) => n > 0)) byConstituency[c] = counts;
  }
  const party = (id: string): SummaryParty => {
    const delegation = ctx.delegation(id);
    return {
      delegation: ctx.attribution.namesDelegations ? (delegation?.name ?? null) : null,
      constituencies: ctx.shownConstituencies(delegation?.constituencies ?? []),
    };
  };
  return {
    total: figures.breakdown.total,
    overall: figures.breakdown.overall,
    byConstituency,
    groups: [...groups.values()]
      .sort((a, b) => a.order - b.order)
      .map((group) => ({
        constituencies: group.constituencies,
        statements: group.statements
          .map((statement, index) => ({ statement, key: group.sortKeys[index] ?? "" }))
          .sort(byKey((entry) => entry.key))
          .map((entry) => entry.statement),
      })),
    withheld: figures.hidden,
    joint: figures.joints.map((joint) => ({
      onBehalfOf: ctx.text(joint.onBehalfOf),
      sponsor: party(joint.sponsorDelegationId),
      stance: joint.stance,
      statement: ctx.text(joint.statement),
      confirmed: joint.confirmed.map(party),
      declined: joint.declined.map(party),
      pending: joint.pending.length,
    })),
    convergence: { status: figures.convergence, leaning: figures.leaning },
  };
}

/**
 * A poll's result as the room shows it: by constituency wherever the room may (a secret poll only
 * when its secrecy floor allowed a breakdown), without the constituencies below the disclosure
 * floor; named ballots on the record only.
 */
function buildPoll(ctx: BuildContext, poll: Poll): SummaryPoll {
  const result = poll.status === "closed" ? poll.result : null;
  const turnout = result?.turnout ?? ctx.snapshot.pollTurnouts.find((t) => t.id === poll.id)?.turnout ?? null;
  const options = poll.kind === "yes_no_abstain" ? poll.options : poll.options.map((o) => ctx.text(o));
  const named = ctx.attribution.namesDelegations && !poll.secret;
  const broken = !poll.secret || result?.disclosure === "by_constituency";
  const shown = <T>(record: Partial<Record<VotingConstituency, T>>) => {
    const out: Partial<Record<VotingConstituency, T>> = {};
    for (const c of votingConstituencies) {
      const value = record[c];
      if (value !== undefined && !ctx.hidden.has(c)) out[c] = value;
    }
    return out;
  };
  const subject = describeSubject(
    poll.subject,
    {
      paragraphs: ctx.snapshot.paragraphs ?? [],
      draftProposals: ctx.snapshot.draftProposals ?? [],
      expectations: ctx.snapshot.expectations,
      delegations: ctx.snapshot.delegations,
    },
    ctx.attribution.namesDelegations,
  );
  return {
    indicative: poll.indicative,
    subject: subject.kind === "expectation" ? { ...subject, scenario: ctx.text(subject.scenario) } : subject,
    question: ctx.text(poll.question),
    kind: poll.kind,
    options,
    secret: poll.secret,
    status: poll.status,
    closedAt: poll.closedAt,
    disclosure: result ? result.disclosure : null,
    turnout: turnout && { overall: turnout.overall, byConstituency: broken ? shown(turnout.byConstituency) : null },
    eligible: result && {
      overall: result.eligible.overall,
      byConstituency: broken ? shown(result.eligible.byConstituency) : null,
    },
    overall: result?.overall ?? null,
    byConstituency: result && broken ? shown(result.byConstituency) : null,
    boardHash: poll.secret ? (poll.sealing?.boardHash ?? null) : null,
    ballots:
      named && result
        ? ctx.snapshot.ballots
            .filter((ballot) => ballot.pollId === poll.id)
            .flatMap((ballot) => {
              const delegation = ctx.delegation(ballot.delegationId);
              if (!delegation) return [];
              return [
                {
                  delegation: delegation.name,
                  constituencies: orderedConstituencies(delegation.constituencies),
                  choices: ballot.choices.map((choice) => options[choice] ?? String(choice)),
                  castAt: ballot.castAt,
                },
              ];
            })
            .sort(byKey((ballot) => ballot.delegation))
        : null,
  };
}

/** Consensus calls under the item, in order; objections attributed as the mode allows. */
function buildCalls(ctx: BuildContext, itemId: string): SummaryConsensusCall[] {
  return ctx.snapshot.consensusCalls
    .filter((call) => call.itemId === itemId)
    .sort(byKey((call) => `${call.calledAt} ${call.id}`))
    .map((call) => {
      const standing = ctx.snapshot.objections.filter((o) => o.callId === call.id && o.status === "standing");
      const objections = ctx.attribution.reportsDiscussion
        ? standing
            .map((objection) => {
              const delegation = ctx.delegation(objection.delegationId);
              return {
                delegation: ctx.attribution.namesDelegations ? (delegation?.name ?? null) : null,
                constituencies: ctx.shownConstituencies(delegation?.constituencies ?? []),
                reason: ctx.text(objection.reason),
              };
            })
            .sort(byKey((o) => `${o.delegation ?? ""} ${o.constituencies.join("+")} ${o.reason}`))
        : null;
      return {
        subject: call.subject,
        text: ctx.text(call.text),
        status: call.status,
        outcome: call.status === "closed" ? (call.outcome ?? consensusOutcome(standing)) : null,
        closedBy: call.closedBy,
        calledAt: call.calledAt,
        closedAt: call.closedAt,
        standingObjections: standing.length,
        objections,
      };
    });
}
