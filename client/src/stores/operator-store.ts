import type {
  Ack,
  Consultation,
  ConsultationDetail,
  CreateConsultationBody,
  Invitation,
  InvitationMail,
  IssueInvitationBody,
  OperatorMe,
  OperatorSignInOptions,
  RegisterDelegationBody,
  UpdateDelegationBody,
  UpdateItemBody,
} from "@trilogue/shared";
import { create } from "zustand";
import { operatorApi, signInOptions } from "../api/operator-api";

const tokenKey = "trilogue.operatorToken";
const linksKey = (consultationId: string) => `trilogue.operatorLinks.${consultationId}`;

/** A link issued in this browser session (the server keeps only a hash of its token). */
export type IssuedLink = Invitation & { url: string };

/** The operator's workspace: the token, the consultations, the one being set up. */
export type OperatorStore = {
  /** The operator token, kept for this tab only (sessionStorage); null with an organisation sign-in. */
  token: string | null;
  /** Who is signed in and with which role; null until signed in. */
  operator: OperatorMe | null;
  /** The ways this server offers to sign in (organisation, token) and whether it mails invitations. */
  options: OperatorSignInOptions | null;
  /** The latest email of each invitation of the selected consultation. */
  mails: InvitationMail[];
  consultations: Consultation[];
  /** The consultation being set up, with its delegations and invitations. */
  detail: ConsultationDetail | null;
  /** Links issued in this tab for the selected consultation, newest last. */
  issued: IssuedLink[];
  /** Reads the sign-in options and resumes a session (token in this tab, or the session cookie). */
  init(): Promise<void>;
  signIn(token: string): Promise<Ack<Consultation[]>>;
  signOut(): Promise<void>;
  /** Mails a fresh link for one invitation to this address (queued on the server). */
  sendInvitation(invitationId: string, email: string): Promise<Ack<InvitationMail>>;
  /** Re-reads the invitations' email status. */
  refreshMails(): Promise<void>;
  select(consultationId: string): Promise<Ack<ConsultationDetail>>;
  create(body: CreateConsultationBody): Promise<Ack<Consultation>>;
  registerDelegation(body: RegisterDelegationBody): Promise<Ack<unknown>>;
  /** Corrects a delegation (refused once anything has been said). */
  editDelegation(delegationId: string, body: UpdateDelegationBody): Promise<Ack<unknown>>;
  /** Corrects an agenda item (its words while pending, its times until concluded). */
  editItem(itemId: string, body: UpdateItemBody): Promise<Ack<unknown>>;
  issue(body: IssueInvitationBody): Promise<Ack<Invitation>>;
  revoke(invitationId: string): Promise<Ack<undefined>>;
};

const notSignedIn = { ok: false, error: { code: "UNAUTHENTICATED", message: "Sign in first." } } as const;

export const useOperatorStore = create<OperatorStore>()((set, get) => {
  const api = () => {
    const { token, operator } = get();
    return token || operator ? operatorApi(token) : null;
  };
  const refreshMails = async () => {
    const id = get().detail?.consultation.id;
    const client = api();
    if (!id || !client || !get().options?.mail || get().operator?.role === "auditor") return;
    const result = await client.mails(id);
    if (result.ok) set({ mails: result.data });
  };
  const refresh = async () => {
    const id = get().detail?.consultation.id;
    const client = api();
    if (!id || !client) return;
    const result = await client.get(id);
    if (result.ok) set({ detail: result.data });
    await refreshMails();
  };
  return {
    token: sessionStorage.getItem(tokenKey),
    operator: null,
    options: null,
    mails: [],
    consultations: [],
    detail: null,
    issued: [],
    async init() {
      const options = await signInOptions();
      if (options.ok) set({ options: options.data });
      const kept = get().token;
      if (kept) {
        await get().signIn(kept);
        return;
      }
      // A session cookie from an organisation sign-in (httpOnly: only the server can tell).
      const me = await operatorApi(null).me();
      if (!me.ok) return;
      const list = await operatorApi(null).list();
      set({ operator: me.data, consultations: list.ok ? list.data : [] });
    },
    async signIn(token) {
      const result = await operatorApi(token).list();
      if (result.ok) {
        const me = await operatorApi(token).me();
        sessionStorage.setItem(tokenKey, token);
        set({ token, consultations: result.data, operator: me.ok ? me.data : null });
      }
      return result;
    },
    async signOut() {
      const { token, operator } = get();
      if (!token && operator) await operatorApi(null).signOut();
      sessionStorage.removeItem(tokenKey);
      set({ token: null, operator: null, consultations: [], detail: null, issued: [], mails: [] });
    },
    async sendInvitation(invitationId, email) {
      const client = api();
      const id = get().detail?.consultation.id;
      if (!client || !id) return notSignedIn;
      const result = await client.sendInvitation(id, invitationId, { email });
      if (result.ok) await refresh();
      return result;
    },
    refreshMails,
    async select(consultationId) {
      const client = api();
      if (!client) return notSignedIn;
      const result = await client.get(consultationId);
      if (result.ok) {
        set({ detail: result.data, issued: loadLinks(consultationId), mails: [] });
        await refreshMails();
      }
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
    async editDelegation(delegationId, body) {
      const client = api();
      const id = get().detail?.consultation.id;
      if (!client || !id) return notSignedIn;
      const result = await client.updateDelegation(id, delegationId, body);
      if (result.ok) await refresh();
      return result;
    },
    async editItem(itemId, body) {
      const client = api();
      const id = get().detail?.consultation.id;
      if (!client || !id) return notSignedIn;
      const result = await client.updateItem(id, itemId, body);
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
