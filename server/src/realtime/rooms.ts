/** Every Socket.IO room name comes from here. */
export const consultationRoom = (consultationId: string) => `consultation:${consultationId}`;
export const chairRoom = (consultationId: string) => `consultation:${consultationId}:chair`;
export const delegationRoom = (delegationId: string) => `delegation:${delegationId}`;
export const participantRoom = (participantId: string) => `participant:${participantId}`;
/** Every socket opened with one session, so that ending the session closes them all. */
export const sessionRoom = (sessionId: string) => `session:${sessionId}`;
