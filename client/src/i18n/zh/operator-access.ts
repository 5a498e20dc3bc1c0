/** 操作员登录、角色和邮件邀请的用语。 */
export const operatorAccess = {
  signInWith: "使用{{provider}}登录",
  orToken: "或使用操作员令牌登录",
  outcome: {
    refused: "您的账户没有 Trilogue 操作员角色。请向管理员申请。",
    failed: "登录未完成。请重试。",
    unavailable: "无法连接登录服务。请稍后再试。",
  },
  signedInAs: "已登录：{{name}}",
  role: {
    administrator: "管理员",
    conference_officer: "会议干事",
    auditor: "审计员",
  },
  auditorNote: "作为审计员，您可以阅读审计记录并核验日志，但不能更改任何内容。",
  email: "电子邮件",
  emailFor: "{{who}}的电子邮件地址",
  send: "发送",
  sendFor: "通过电子邮件将链接发送给{{who}}",
  sendConfirm: "通过电子邮件向{{who}}发送新链接？先前显示的链接将失效。",
  mail: {
    none: "未发送",
    queued: "排队中",
    sent: "已发送",
    failed: "失败：{{reason}}",
    retrying: "失败：{{reason}}（将重试）",
  },
} as const;
