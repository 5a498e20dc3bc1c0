import { randomUUID } from "node:crypto";
import { type Expectation, type ExpectationFields, expectationStatus } from "@trilogue/shared";
import { presentCall } from "../consensus/consensus.presenter.js";
import { callsOnExpectation } from "../consensus/consensus.repository.js";
import type { UnitOfWork } from "../events/unit-of-work.js";
import { presentAcceptance, presentExpectation, presentExpectationVersion } from "./expectations.presenter.js";
import {
  acceptancesOf,
  type ExpectationRow,
  insertExpectationVersion,
  updateExpectation,
} from "./expectations.repository.js";

/** Re-derives the status with the shared rule from the stored calls and records, and stores it. */
export async function refreshExpectation(uow: UnitOfWork, row: ExpectationRow): Promise<Expectation> {
  const calls = (await callsOnExpectation(uow.tx, row.id)).map(presentCall);
  const records = (await acceptancesOf(uow.tx, row.id)).map(presentAcceptance);
  const status = expectationStatus(row, calls, records);
  const current = status === row.status ? row : await updateExpectation(uow.tx, row.id, { status, updatedAt: uow.now });
  return presentExpectation(current);
}

/** Writes a new version (kept for good, with its author) and makes it current; it starts as a draft. */
export async function writeVersion(
  uow: UnitOfWork,
  row: ExpectationRow,
  fields: ExpectationFields,
  author: { participantId: string; delegationId: string | null; amendmentId: string | null },
) {
  const version = row.version + 1;
  const versionRow = await insertExpectationVersion(uow.tx, {
    id: randomUUID(),
    consultationId: row.consultationId,
    expectationId: row.id,
    version,
    fields,
    authorId: author.participantId,
    authorDelegationId: author.delegationId,
    amendmentId: author.amendmentId,
    createdAt: uow.now,
  });
  const updated = await updateExpectation(uow.tx, row.id, { version, fields, updatedAt: uow.now });
  return { expectation: await refreshExpectation(uow, updated), version: presentExpectationVersion(versionRow) };
}
