import type { audit as en } from "../en/audit";
import type { PluralFormsOf, Strings } from "../strings";

/** 审计记录：主席和操作员查阅的“谁在何时做了什么”。 */
export const audit: Strings<typeof en, PluralFormsOf["zh"]> = {
  audit: {
    title: "审计记录",
    caption: "谁在何时做了什么（按时间先后排列）",
    secretBallots: "无记名投票从不出现在审计记录中：不保留任何关于谁投票或如何投票的记录。",
    column: {
      seq: "序号",
      time: "时间",
      who: "操作人",
      what: "事项",
    },
    system: "系统 / 操作员",
    unknownEvent: "其他事件（{{type}}）",
    loading: "正在加载审计记录……",
    loadError: "无法加载审计记录。请稍后重试。",
    empty: "暂无记录。",
    upToDate: "没有更新的记录。",
    loadMore: "加载更多",
    checkNewer: "查看新记录",
    event: {
      consultation: {
        created: "已创建磋商",
        updated: "已修改磋商信息",
        "status-changed": "已更改磋商状态",
      },
      display: {
        changed: "主席更改了会场显示屏内容",
      },
      delegation: {
        registered: "已登记代表团",
        updated: "已修改代表团信息",
      },
      participant: {
        joined: "与会者已加入",
      },
      item: {
        added: "已添加议程项目",
        removed: "已删除议程项目",
        opened: "已开始审议议程项目",
        "time-box-set": "已为议程项目设定时限",
        edited: "操作员更正了议程项目",
        concluded: "已结束审议议程项目",
        reopened: "已重新审议议程项目",
      },
      agenda: {
        reordered: "已调整议程顺序",
      },
      floor: {
        requested: "已请求发言",
        withdrawn: "已撤回发言请求",
        given: "已给予发言权",
        "time-set": "已设定发言时间",
        "turn-ended": "发言已结束",
      },
      position: {
        published: "已发布立场",
      },
      poll: {
        created: "已创建表决",
        opened: "表决已开始",
        closed: "表决已结束",
        "turnout-changed": "已更新表决参与情况",
      },
      ballot: {
        counted: "已计入记名投票",
        changed: "已更改记名投票",
      },
      consensus: {
        called: "已发起协商一致征询",
        objected: "已提出反对",
        "objection-withdrawn": "已撤回反对",
        closed: "协商一致征询已结束",
      },
      expectation: {
        drafted: "已起草期望",
        revised: "已修订期望",
      },
      amendment: {
        proposed: "已提出修正",
        accepted: "已接受修正",
        rejected: "已拒绝修正",
      },
      acceptance: {
        recorded: "已记录接受",
      },
      draft: {
        opened: "已开启案文草案",
      },
      paragraph: {
        added: "已添加段落",
        edited: "已编辑段落",
        "state-changed": "已更改段落状态",
      },
      proposal: {
        submitted: "已提交提案",
        withdrawn: "已撤回提案",
        merged: "提案已纳入案文",
        rejected: "已拒绝提案",
      },
      joint: {
        posted: "已提交联合案文供共同签署",
      },
      cosignature: {
        confirmed: "已确认共同签署",
        declined: "已拒绝共同签署",
      },
      breakdown: {
        "disclosure-changed": "已更改细分数据的披露设置",
      },
      summary: {
        "draft-edited": "已编辑总结草稿",
        finalised: "总结已定稿",
      },
    },
  },
};
