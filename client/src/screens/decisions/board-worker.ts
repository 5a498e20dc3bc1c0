import { answer, type VerifierRequest } from "./board-verifier";

/** The board checks off the page's main thread: one request at a time, one answer each, in order. */
self.onmessage = (message: MessageEvent<{ id: number; request: VerifierRequest }>) => {
  const { id, request } = message.data;
  self.postMessage({ id, answer: answer(request) });
};
