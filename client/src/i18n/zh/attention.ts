import type { attention as en } from "../en/attention";
import type { PluralFormsOf, Strings } from "../strings";

/** 会议室要求代表团处理的事项通知，以及仍待代表团处理的事项列表。 */
export const attention: Strings<typeof en, PluralFormsOf["zh"]> = {
  attention: {
    notices: "需要贵代表团处理",
    kind: {
      poll: "表决已开始",
      consensus: "请求协商一致",
      expectation: "期望已提交协商一致",
      silence: "默许程序",
      floor: "贵代表团获得发言权",
      cosign: "请求共同签署",
    },
    vote: "投票",
    respond: "答复",
    noObjection: "无异议",
    dismiss: "隐藏",
    close: "关闭",
    closesIn: "截止于",
    speakingTime: "发言时间：",
    answered: "贵代表团已答复，或该问题已结束。",
    cosignFrom: "{{delegation}}请贵代表团共同签署。",
    cosignConfirm: "共同签署",
    cosignDecline: "拒绝",
    announceCosign: "{{delegation}}请贵代表团共同签署一份声明。",
    awaiting: "待贵代表团处理：{{count}}",
    nothing: "目前没有待贵代表团处理的事项。",
    show: "显示",
    sound: "有事项需要贵代表团处理时发出提示音",
    shortcut: "Alt+Shift+A 跳至最新通知。",
  },
  /** A speaker paused by a point of order. */
  floorPause: {
    paused: "因程序问题暂停：",
    leftOnResume: "恢复后剩余 {{time}}",
  },
};
