import type { reasons as en } from "../en/reasons";
import type { PluralFormsOf, Strings } from "../strings";

/** 服务器拒绝某项操作的原因，按其给出的原因代码。 */
export const reasons: Strings<typeof en, PluralFormsOf["zh"]> = {
  reasons: {
    consultation_not_live: "会议尚未开始（状态：{{status}}）。须先由主席宣布开会。",
    consultation_closed: "磋商已结束。",
    no_item_open: "目前没有正在讨论的议程项目。",
    floor_already_requested: "贵代表团已列入相应名单。",
    floor_nobody_waiting: "没有人在等待发言。",
    floor_nobody_speaking: "目前无人发言。",
    floor_request_not_waiting: "该请求已不在等待发言。",
    paragraph_has_brackets: "案文仍有方括号：请先解决方括号，再予以商定。",
    paragraph_under_silence: "该段正处于默许程序中：程序结束前不得修改。",
    paragraph_already_in_state: "该段已处于该状态（{{state}}）。",
    paragraph_pending_proposals: "该段仍有待处理的提议（{{count}}）：请先合并或拒绝。",
    paragraph_changed: "该段在第 {{base}} 版之后已有修改（现为第 {{current}} 版）：请查看新案文后重试。",
    paragraph_not_bracketed: "该段处于“{{state}}”状态：须由主席先将其放回方括号，案文才能修改。",
    paragraph_deleted: "该段已从草案中删除。",
    paragraph_has_sub_paragraphs: "该段引出若干分段：请先删除或移动这些分段。",
    outline_inside_block: "段落不能移入其自身的分段之中。",
    outline_other_kind: "段落只能在同类段落（序言或执行部分）之间移动。",
    outline_breaks_outline: "该位置会破坏结构：分段紧随其引语段，最多低一级；序言段落不分段。",
    passage_selection_stale: "所选段落已不在原处：案文已更改。请重新选择。",
    silence_needs_ad_referendum: "只有待核准商定的段落才能提交默许程序。",
    call_closed: "协商一致请求已结束。",
    call_deadline_passed: "提出异议的期限已过。",
    call_already_open: "该案文已提交会议以求协商一致。",
    poll_not_open: "表决尚未开始。",
    poll_closed: "表决已结束。",
    item_other_open: "另一议程项目正在讨论中：请先结束该项目。",
    invitation_invalid: "此邀请链接无效。请向秘书处索取新的链接。",
    invitation_revoked: "此邀请链接已被撤销。请向秘书处索取新的链接。",
    invitation_expired: "此邀请链接已过期。请向秘书处索取新的链接。",
  },
};
