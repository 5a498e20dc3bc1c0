import type {
  Ack,
  Consultation,
  CreateConsultationBody,
  Invitation,
  IssueInvitationBody,
  RegisterDelegationBody,
} from "@trilogue/shared";
import { create } from "zustand";
import { type ConsultationDetail, operatorApi } from "../api/operator-api";

const tokenKey = "trilogue.operatorToken";
const linksKey = (consultationId: string) => `trilogue.operatorLinks.${consultationId}`;

/** A link issued in this browser session (the server keeps only a hash of its token). */
export type IssuedLink = Invitation & { url: string };

/** The operator's workspace: the token, the consultations, the one being set up. */
export type OperatorStore = {
  /** The operator token, kept for this tab only (sessionStorage). */
  token: string | null;
  consultations: Consultation[];
  /** The consultation being set up, with its delegations and invitations. */
  detail: ConsultationDetail | null;
  /** Links issued in this tab for the selected consultation, newest last. */
  issued: IssuedLink[];
  signIn(token: string): Promise<Ack<Consultation[]>>;
  signOut(): void;
  select(consultationId: string): Promise<Ack<ConsultationDetail>>;
  create(body: CreateConsultationBody): Promise<Ack<Consultation>>;
  registerDelegation(body: RegisterDelegationBody): Promise<Ack<unknown>>;
  issue(body: IssueInvitationBody): Promise<Ack<Invitation>>;
  revoke(invitationId: string): Promise<Ack<undefined>>;
};

const notSignedIn = { ok: false, error: { code: "UNAUTHENTICATED", message: "Sign in first." } } as const;

export const useOperatorStore = create<OperatorStore>()((set, get) => {
  const api = () => {
    const token = get().token;
    return token ? operatorApi(token) : null;
  };
  const refresh = async () => {
    const id = get().detail?.consultation.id;
    const client = api();
    if (!id || !client) return;
    const result = await client.get(id);
    if (result.ok) set({ detail: result.data });
  };
  return {
    token: sessionStorage.getItem(tokenKey),
    consultations: [],
    detail: null,
    issued: [],
    async signIn(token) {
      const result = await operatorApi(token).list();
      if (result.ok) {
        sessionStorage.setItem(tokenKey, token);
        set({ token, consultations: result.data });
      }
      return result;
    },
    signOut() {
      sessionStorage.removeItem(tokenKey);
      set({ token: null, consultations: [], detail: null, issued: [] });
    },
    async select(consultationId) {
      const client = api();
      if (!client) return notSignedIn;
      const result = await client.get(consultationId);
      if (result.ok) set({ detail: result.data, issued: loadLinks(consultationId) });
      return result;
    },
    async create(body) {
      const client = api();
      if (!client) return notSignedIn;
      const result = await client.create(body);
      if (result.ok) {
        set({ consultations: [result.data, ...get().consultations] });
        await get().select(result.data.id);
      }
      return result;
    },
    async registerDelegation(body) {
      const client = api();
      const id = get().detail?.consultation.id;
      if (!client || !id) return notSignedIn;
      const result = await client.registerDelegation(id, body);
      if (result.ok) await refresh();
      return result;
    },
    async issue(body) {
      const client = api();
      const id = get().detail?.consultation.id;
      if (!client || !id) return notSignedIn;
      const result = await client.issueInvitation(id, body);
      if (result.ok && result.data.url) {
        const issued = [...get().issued, { ...result.data, url: result.data.url }];
        sessionStorage.setItem(linksKey(id), JSON.stringify(issued));
        set({ issued });
        await refresh();
      }
      return result;
    },
    async revoke(invitationId) {
      const client = api();
      const id = get().detail?.consultation.id;
      if (!client || !id) return notSignedIn;
      const result = await client.revokeInvitation(id, invitationId);
      if (result.ok) await refresh();
      return result;
    },
  };
});

function loadLinks(consultationId: string): IssuedLink[] {
  try {
    const raw = sessionStorage.getItem(linksKey(consultationId));
    return raw ? (JSON.parse(raw) as IssuedLink[]) : [];
  } catch {
    return [];
  }
}
