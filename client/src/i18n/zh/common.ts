import { zh as vocabulary } from "@trilogue/shared/vocabulary/zh";
import type { common as en } from "../en/common";
import type { PluralFormsOf, Strings } from "../strings";

/** 各界面通用的词语（全角标点）。 */
export const common: Strings<typeof en, PluralFormsOf["zh"]> = {
  app: {
    name: "Trilogue",
    skipToMain: "跳至主要内容",
    language: "语言",
    loading: "加载中…",
  },
  format: {
    colon: "：",
    separator: " · ",
    parenthetical: "（{{text}}）",
    listSeparator: "；",
  },
  action: {
    pending: "正在发送…",
    waiting: "正在等待连接；恢复联网后将自动发送。",
    confirmed: "✓ 已完成",
  },
  errors: {
    VALIDATION: "所输入的部分内容不符合要求。请检查后重试。",
    UNAUTHENTICATED: "您尚未登录，或您的链接已失效。请重新打开邀请链接。",
    FORBIDDEN: "您的角色无权执行此操作。",
    NOT_FOUND: "该内容已不存在；可能刚刚有人作了更改。",
    CONFLICT: "在当前情况下无法执行此操作。",
    RATE_LIMITED: "操作过于频繁。请稍候再试。",
    UNAVAILABLE: "暂时无法连接服务器。请稍后再试。",
    INTERNAL: "服务器出错。请重试；如问题仍然存在，请告知秘书处。",
    PAYLOAD_TOO_LARGE: "该消息过大，无法发送。请缩短后重试。",
    TIMEOUT: "服务器没有响应。请检查网络连接后重试。",
  },
  connection: {
    idle: "未连接",
    connecting: "正在连接…",
    online: "实时",
    reconnecting: "正在重新连接…",
    offline: "离线：操作将在恢复联网后发送",
    "signed-out": "已退出",
  },
  countdown: {
    left: "剩余",
    over: "超时",
    speakingSoon: "发言时间还剩 30 秒。",
    objectionsSoon: "距提出反对意见截止还剩 30 秒。",
  },
  consultationStatus: {
    scheduled: "已排期",
    live: "会议进行中",
    suspended: "已暂停",
    closed: "已结束",
  },
  itemStatus: {
    pending: "尚未讨论",
    open: "正在讨论",
    concluded: "已结束讨论",
  },
  constituency: vocabulary.constituency,
  role: {
    chair: "主席",
    secretary: "秘书",
    delegate: "代表",
    adviser: "顾问",
    observer: "观察员",
  },
  confidentiality: {
    on_record: "公开记录（注明代表团）",
    chatham_house: "查塔姆研究所规则",
    closed: "不公开（仅记录结果）",
  },
};
