/** Every Socket.IO room name comes from here. */
export const consultationRoom = (consultationId: string) => `consultation:${consultationId}`;
export const chairRoom = (consultationId: string) => `consultation:${consultationId}:chair`;
export const delegationRoom = (delegationId: string) => `delegation:${delegationId}`;
export const participantRoom = (participantId: string) => `participant:${participantId}`;
