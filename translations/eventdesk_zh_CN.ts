<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EventDesk</name>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>This form has changes that are not saved. Discard them?</source>
        <translation>此表单有未保存的更改。要放弃这些更改吗？</translation>
    </message>
</context>
<context>
    <name>EventDesk::AboutDialog</name>
    <message>
        <source>About EventDesk</source>
        <translation>关于 EventDesk</translation>
    </message>
    <message>
        <source>EventDesk %1</source>
        <translation>EventDesk %1</translation>
    </message>
    <message>
        <source>Plan events, schedules and registrations, offline first.</source>
        <translation>规划活动、日程表和报名，离线优先。</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>版本信息</translation>
    </message>
    <message>
        <source>(asking…)</source>
        <translation>（查询中…）</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>Qt %1 (built with Qt %2)</source>
        <translation>Qt %1（使用 Qt %2 构建）</translation>
    </message>
    <message>
        <source>SQLite %1</source>
        <translation>SQLite %1</translation>
    </message>
    <message>
        <source>Build: %1</source>
        <translation>构建：%1</translation>
    </message>
</context>
<context>
    <name>EventDesk::AgendaHtmlWriter</name>
    <message>
        <source>Time</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Nothing is scheduled yet.</source>
        <translation>尚未安排任何日程。</translation>
    </message>
</context>
<context>
    <name>EventDesk::AgendaProposal</name>
    <message>
        <source>The model gave an empty answer instead of a proposal.</source>
        <translation>模型返回了空答复，而不是方案。</translation>
    </message>
    <message>
        <source>The model did not answer with a proposal: “%1”</source>
        <translation>模型没有以方案作答：“%1”</translation>
    </message>
    <message>
        <source>The model&apos;s answer was cut off before the proposal was complete.</source>
        <translation>模型的答复在方案完整之前被截断。</translation>
    </message>
    <message>
        <source>The model&apos;s answer is not a readable proposal in JSON.</source>
        <translation>模型的答复不是可读取的 JSON 方案。</translation>
    </message>
    <message>
        <source>The model&apos;s proposal lists its placements or new sessions in the wrong form.</source>
        <translation>模型方案中的排期或新议题格式不正确。</translation>
    </message>
    <message>
        <source>The model&apos;s answer has neither placements nor new sessions, so it is no proposal.</source>
        <translation>模型的答复既没有排期也没有新议题，不构成方案。</translation>
    </message>
</context>
<context>
    <name>EventDesk::AgendaProposalPanel</name>
    <message>
        <source>What should change? (for Revise)</source>
        <translation>需要改什么？（用于“修改”）</translation>
    </message>
    <message>
        <source>Write the checked items to the schedule, as one undo step</source>
        <translation>将勾选的项写入日程表，可一步撤销</translation>
    </message>
    <message>
        <source>Discard the proposal; nothing changes</source>
        <translation>放弃此方案；不做任何更改</translation>
    </message>
    <message>
        <source>Ask the model for a new proposal, with the problems found</source>
        <translation>请模型根据发现的问题给出新方案</translation>
    </message>
    <message>
        <source>No assistant profile is set up, so no proposal can be asked for.</source>
        <translation>尚未设置助手配置，无法请求方案。</translation>
    </message>
    <message>
        <source>Asking the model…</source>
        <translation>正在询问模型…</translation>
    </message>
    <message>
        <source>The model&apos;s proposal:</source>
        <translation>模型的方案：</translation>
    </message>
    <message numerus="yes">
        <source>Applied %n item(s) as one undo step.</source>
        <translation>
            <numerusform>已应用 %n 项，可一步撤销。</numerusform>
        </translation>
    </message>
    <message>
        <source>Not applied: %1</source>
        <translation>未应用：%1</translation>
    </message>
    <message>
        <source>Proposal rejected; nothing was changed.</source>
        <translation>已拒绝方案；未做任何更改。</translation>
    </message>
    <message>
        <source>No assistant profile is set up, so the proposal cannot be revised.</source>
        <translation>尚未设置助手配置，无法修改方案。</translation>
    </message>
    <message>
        <source>The organizer asks for a different proposal.</source>
        <translation>组织者要求给出另一个方案。</translation>
    </message>
    <message>
        <source>Asking the model to revise the proposal…</source>
        <translation>正在请模型修改方案…</translation>
    </message>
    <message>
        <source>The answer came from the response cache, at no cost.</source>
        <translation>此答复来自响应缓存，未产生费用。</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) can be applied; %1 cannot.</source>
        <translation>
            <numerusform>%n 项可以应用；%1 项不能。</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>应用</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>拒绝</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>Apply Pr&amp;oposal</source>
        <translation>应用提议(&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;ject Proposal</source>
        <translation>拒绝提议(&amp;J)</translation>
    </message>
    <message>
        <source>Revis&amp;e Proposal</source>
        <translation>修改提议(&amp;E)</translation>
    </message>
</context>
<context>
    <name>EventDesk::ApplyAgendaProposal</name>
    <message>
        <source>None of the chosen items could be applied. %1</source>
        <translation>所选项目均无法应用。%1</translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantDock</name>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Ask about this event… (Enter sends, Shift+Enter starts a new line)</source>
        <translation>询问此活动的相关问题…（Enter 发送，Shift+Enter 换行）</translation>
    </message>
    <message>
        <source>Message to the assistant</source>
        <translation>发给助手的消息</translation>
    </message>
    <message>
        <source>Copy the last answer</source>
        <translation>复制最后一条回答</translation>
    </message>
    <message>
        <source>Send the last message again</source>
        <translation>重新发送最后一条消息</translation>
    </message>
    <message>
        <source>The assistant needs a language-model profile: a service such as OpenAI or Anthropic with your key, or a model on this computer (Ollama, llama.cpp).</source>
        <translation>助手需要一个语言模型配置：OpenAI 或 Anthropic 等服务加上您的密钥，或本机上的模型（Ollama、llama.cpp）。</translation>
    </message>
    <message>
        <source>Set Up a &amp;Profile…</source>
        <translation>设置配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Draft agenda…</source>
        <translation>草拟议程…</translation>
    </message>
    <message>
        <source>Fill unscheduled</source>
        <translation>安排未排期议题</translation>
    </message>
    <message>
        <source>Fill the unscheduled sessions into free rooms and times.</source>
        <translation>将未排期的议题安排到空闲的会议室和时间。</translation>
    </message>
    <message>
        <source>Add breaks</source>
        <translation>添加休息</translation>
    </message>
    <message>
        <source>Add lunch and coffee breaks.</source>
        <translation>添加午餐和茶歇。</translation>
    </message>
    <message>
        <source>Pre-fill registrations…</source>
        <translation>预填报名…</translation>
    </message>
    <message>
        <source>Draft reply…</source>
        <translation>草拟回复…</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>审查</translation>
    </message>
    <message>
        <source>Profile %1 · model %2</source>
        <translation>配置 %1 · 模型 %2</translation>
    </message>
    <message>
        <source>This conversation: %1 tokens, %2.</source>
        <translation>本次对话：%1 个令牌，%2。</translation>
    </message>
    <message>
        <source>This event this month: %1 tokens, %2.</source>
        <translation>本活动本月：%1 个令牌，%2。</translation>
    </message>
    <message>
        <source>Over budget: the assistant has cost %1 for this event this month; the monthly budget is %2.</source>
        <translation>超出预算：本月此活动的助手费用已达 %1；每月预算为 %2。</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
    <message>
        <source>Could not keep the conversation: %1</source>
        <translation>无法保存对话：%1</translation>
    </message>
    <message>
        <source>Clear the conversation</source>
        <translation>清空对话</translation>
    </message>
    <message>
        <source>Clear the conversation about this event? The assistant forgets it, and it cannot be undone.</source>
        <translation>清空关于此活动的对话？助手将遗忘这些内容，且无法撤销。</translation>
    </message>
    <message>
        <source>Draft &amp;Agenda…</source>
        <translation>草拟议程(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Fill Unscheduled Sessions</source>
        <translation>安排未排期议题(&amp;F)</translation>
    </message>
    <message>
        <source>Add &amp;Breaks</source>
        <translation>添加休息(&amp;B)</translation>
    </message>
    <message>
        <source>Pre-fill &amp;Registrations…</source>
        <translation>预填报名(&amp;R)…</translation>
    </message>
    <message>
        <source>Draft Rep&amp;ly…</source>
        <translation>草拟回复(&amp;L)…</translation>
    </message>
    <message>
        <source>Re&amp;view Schedule</source>
        <translation>审查日程(&amp;V)</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>发送</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>停止</translation>
    </message>
    <message>
        <source>S&amp;top Answer</source>
        <translation>停止回答(&amp;T)</translation>
    </message>
    <message>
        <source>Retry</source>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retr&amp;y Last Message</source>
        <translation>重发上一条消息(&amp;Y)</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>&amp;Copy Last Answer</source>
        <translation>复制上一条回答(&amp;C)</translation>
    </message>
    <message>
        <source>Clear…</source>
        <translation>清空…</translation>
    </message>
    <message>
        <source>Clear Co&amp;nversation…</source>
        <translation>清空对话(&amp;N)…</translation>
    </message>
    <message>
        <source>What will be sent…</source>
        <translation>将发送的内容…</translation>
    </message>
    <message>
        <source>&amp;What Will Be Sent…</source>
        <translation>将发送的内容(&amp;W)…</translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantSettings</name>
    <message>
        <source>Chat</source>
        <translation>聊天</translation>
    </message>
    <message>
        <source>Agenda proposals</source>
        <translation>议程方案</translation>
    </message>
    <message>
        <source>Registration pre-fill</source>
        <translation>报名预填</translation>
    </message>
    <message>
        <source>Replies to participants</source>
        <translation>回复参会者</translation>
    </message>
    <message>
        <source>Schedule review</source>
        <translation>日程表审查</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; chosen for %2 no longer exists; choose another in Tools › Assistant Settings.</source>
        <translation>为“%2”选择的配置“%1”已不存在；请在“工具 › 助手设置”中另选一个。</translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantSettingsDialog</name>
    <message>
        <source>Assistant Settings</source>
        <translation>助手设置</translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantSettingsForm</name>
    <message>
        <source>Tasks</source>
        <translation>任务</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>配置</translation>
    </message>
    <message>
        <source>Redaction</source>
        <translation>脱敏</translation>
    </message>
    <message>
        <source>Replace emails and phone numbers</source>
        <translation>替换邮箱和电话号码</translation>
    </message>
    <message>
        <source>Emails and phone numbers leave this computer as placeholders and come back restored in the answer.</source>
        <translation>邮箱和电话号码以占位符形式离开本机，并在答复中还原。</translation>
    </message>
    <message>
        <source>Reuse identical answers from the response cache</source>
        <translation>复用响应缓存中的相同答复</translation>
    </message>
    <message>
        <source>Cache:</source>
        <translation>缓存：</translation>
    </message>
    <message>
        <source>No budget</source>
        <translation>无预算</translation>
    </message>
    <message>
        <source>The dock warns when an event&apos;s assistant use in a month reaches this amount.</source>
        <translation>某个活动当月的助手用量达到此金额时，助手面板会发出警告。</translation>
    </message>
    <message>
        <source>Monthly &amp;budget per event:</source>
        <translation>每个活动的月度预算(&amp;B)：</translation>
    </message>
    <message>
        <source>Default profile</source>
        <translation>默认配置</translation>
    </message>
    <message>
        <source>%1 (missing)</source>
        <translation>%1（缺失）</translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantSettingsPage</name>
    <message>
        <source>Profiles name a provider, a model and an API key; they are saved on their own.</source>
        <translation>配置指定服务提供商、模型和 API 密钥，并单独保存。</translation>
    </message>
    <message>
        <source>Edit &amp;Profiles…</source>
        <translation>编辑配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantTasks</name>
    <message>
        <source>Choose an event first.</source>
        <translation>请先选择一个活动。</translation>
    </message>
    <message>
        <source>Draft Agenda</source>
        <translation>草拟议程</translation>
    </message>
    <message>
        <source>What should the agenda hold? For example: &quot;a one-day meetup with the accepted talks, keynote first, lunch at 12:30&quot;.</source>
        <translation>议程应包含哪些内容？例如：“为期一天的聚会，包含已接受的报告，主题演讲在前，12:30 午餐”。</translation>
    </message>
    <message>
        <source>Draft an agenda from the unscheduled sessions.</source>
        <translation>根据未排期的议题草拟议程。</translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantTranscript</name>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>You</source>
        <translation>您</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Tool %1 `%2`: running…</source>
        <translation>工具 %1 `%2`：运行中…</translation>
    </message>
    <message>
        <source>Tool %1 `%2`: %3 bytes</source>
        <translation>工具 %1 `%2`：%3 字节</translation>
    </message>
    <message>
        <source>Stopped.</source>
        <translation>已停止。</translation>
    </message>
</context>
<context>
    <name>EventDesk::AssistantTurn</name>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>User</source>
        <translation>用户</translation>
    </message>
    <message>
        <source>Assistant</source>
        <translation>助手</translation>
    </message>
    <message>
        <source>Tool result (%1)</source>
        <translation>工具结果（%1）</translation>
    </message>
    <message>
        <source>Tool call: %1(%2)</source>
        <translation>工具调用：%1(%2)</translation>
    </message>
    <message>
        <source>Tools offered</source>
        <translation>提供的工具</translation>
    </message>
    <message>
        <source>The model kept asking for tools without answering.</source>
        <translation>模型一直在请求工具，却没有作答。</translation>
    </message>
</context>
<context>
    <name>EventDesk::AtomicFile</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
</context>
<context>
    <name>EventDesk::AutoScheduleDialog</name>
    <message>
        <source>&amp;Run</source>
        <translation>运行(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel run</source>
        <translation>取消运行(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Apply</source>
        <translation>应用(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>放弃(&amp;D)</translation>
    </message>
    <message>
        <source>Auto-schedule</source>
        <translation>自动排程</translation>
    </message>
    <message>
        <source>Place all unscheduled sessions</source>
        <translation>安排所有未排期的日程</translation>
    </message>
    <message>
        <source>Place unscheduled sessions on one day</source>
        <translation>将未排期的日程安排在某一天</translation>
    </message>
    <message>
        <source>Re-plan everything, moving few sessions</source>
        <translation>全部重新规划，尽量少移动日程</translation>
    </message>
    <message>
        <source> s</source>
        <translation> 秒</translation>
    </message>
    <message>
        <source>&amp;Plan:</source>
        <translation>规划(&amp;P)：</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>日期(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Time limit:</source>
        <translation>时间限制(&amp;T)：</translation>
    </message>
    <message>
        <source>Planning…</source>
        <translation>正在规划…</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>正在取消…</translation>
    </message>
    <message>
        <source>Cancelled; nothing was proposed.</source>
        <translation>已取消；未提出任何方案。</translation>
    </message>
    <message>
        <source>Not valid: </source>
        <translation>无效：</translation>
    </message>
    <message>
        <source>Nothing to change.</source>
        <translation>无需更改。</translation>
    </message>
    <message>
        <source>The proposal is shown on the grid.</source>
        <translation>方案已显示在日程表中。</translation>
    </message>
</context>
<context>
    <name>EventDesk::AutoScheduleReport</name>
    <message>
        <source>Optimal</source>
        <translation>最优</translation>
    </message>
    <message>
        <source>Feasible</source>
        <translation>可行</translation>
    </message>
    <message>
        <source>Timed out, best found</source>
        <translation>已超时，取当前最优解</translation>
    </message>
    <message>
        <source>Infeasible</source>
        <translation>无可行解</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n session(s) placed, </source>
        <translation>
            <numerusform>%1：已安排 %n 个日程，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n moved, </source>
        <translation>
            <numerusform>移动 %n 个，</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n left unscheduled.</source>
        <translation>
            <numerusform>%n 个未排期。</numerusform>
        </translation>
    </message>
    <message>
        <source>Soft score %1 (greedy start %2): track rooms %3, track gaps %4, popularity %5, speaker gaps %6.</source>
        <translation>软评分 %1（贪心初始解 %2）：主题会议室 %3，主题空档 %4，热门度 %5，讲者空档 %6。</translation>
    </message>
    <message>
        <source>Heuristic only, %1 s.</source>
        <translation>仅启发式，%1 秒。</translation>
    </message>
    <message>
        <source>%1 s in all: heuristic %2 s, %3 %4 s.</source>
        <translation>共 %1 秒：启发式 %2 秒，%3 %4 秒。</translation>
    </message>
</context>
<context>
    <name>EventDesk::AvailabilityEditor</name>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>Until</source>
        <translation>至</translation>
    </message>
    <message>
        <source>&amp;Add window</source>
        <translation>添加时段(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>移除(&amp;M)</translation>
    </message>
</context>
<context>
    <name>EventDesk::BackupReader</name>
    <message>
        <source>The backup is not valid JSON at offset %1: %2.</source>
        <translation>备份在偏移量 %1 处不是有效的 JSON：%2。</translation>
    </message>
    <message>
        <source>The file is not an EventDesk backup.</source>
        <translation>该文件不是 EventDesk 备份。</translation>
    </message>
    <message>
        <source>The backup was made by a newer EventDesk (backup format %1; this version reads up to %2).</source>
        <translation>该备份由更新版本的 EventDesk 创建（备份格式 %1；本版本最多支持 %2）。</translation>
    </message>
    <message>
        <source>The backup was made by a newer EventDesk (workspace version %1; this version has %2).</source>
        <translation>该备份由更新版本的 EventDesk 创建（工作区版本 %1；本版本为 %2）。</translation>
    </message>
    <message>
        <source>The backup has no version or no tables.</source>
        <translation>备份缺少版本或数据表。</translation>
    </message>
    <message>
        <source>Table %1 of the backup has no name ($.tables[%1]).</source>
        <translation>备份中的表 %1 没有名称（$.tables[%1]）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>A backup can only be restored into an empty workspace; this one already has data.</source>
        <translation>备份只能恢复到空工作区；此工作区已有数据。</translation>
    </message>
</context>
<context>
    <name>EventDesk::C3vocJsonReader</name>
    <message>
        <source>This is not a c3voc schedule JSON: it has no &quot;schedule&quot; object at the top.</source>
        <translation>这不是 c3voc 日程 JSON：顶层没有 &quot;schedule&quot; 对象。</translation>
    </message>
    <message>
        <source>The schedule has no &quot;conference&quot; object (at schedule.conference).</source>
        <translation>日程中没有 &quot;conference&quot; 对象（位于 schedule.conference）。</translation>
    </message>
    <message>
        <source>A room without a name is left out.</source>
        <translation>已略去一个没有名称的会议室。</translation>
    </message>
    <message>
        <source>A link without an address is left out.</source>
        <translation>已略去一个没有地址的链接。</translation>
    </message>
    <message>
        <source>Two events have the same guid &quot;%1&quot; (at %2 and %3).</source>
        <translation>有两个日程的 guid 相同：“%1”（位于 %2 和 %3）。</translation>
    </message>
    <message>
        <source>A person of &quot;%1&quot; has no name and is left out.</source>
        <translation>日程“%1”中有一位人员没有姓名，已略去。</translation>
    </message>
    <message>
        <source>The file says it is UTF-16 but is not.</source>
        <translation>文件声明为 UTF-16，但实际不是。</translation>
    </message>
    <message>
        <source>The schedule JSON is not UTF-8 text (line %1, column %2); save it as UTF-8.</source>
        <translation>日程 JSON 不是 UTF-8 文本（第 %1 行，第 %2 列）；请将其另存为 UTF-8。</translation>
    </message>
    <message>
        <source>The schedule JSON is not valid JSON at line %1, column %2: %3.</source>
        <translation>日程 JSON 在第 %1 行第 %2 列处不是有效的 JSON：%3。</translation>
    </message>
</context>
<context>
    <name>EventDesk::Check</name>
    <message>
        <source>%1 must not be empty.</source>
        <translation>%1不能为空。</translation>
    </message>
    <message>
        <source>%1 is longer than %2 characters.</source>
        <translation>%1超过了 %2 个字符。</translation>
    </message>
    <message>
        <source>%1 cannot be negative (got %2).</source>
        <translation>%1不能为负数（当前为 %2）。</translation>
    </message>
    <message>
        <source>An availability window has an invalid time.</source>
        <translation>某个可用时段的时间无效。</translation>
    </message>
    <message>
        <source>An availability window ends before it starts.</source>
        <translation>某个可用时段的结束时间早于开始时间。</translation>
    </message>
    <message>
        <source>The email address is missing.</source>
        <translation>缺少电子邮箱地址。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address.</source>
        <translation>“%1”不是有效的电子邮箱地址。</translation>
    </message>
</context>
<context>
    <name>EventDesk::CheckInPage</name>
    <message>
        <source>&amp;Check in</source>
        <translation>签到(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Undo last</source>
        <translation>撤销上一次(&amp;U)</translation>
    </message>
    <message>
        <source>Name, email or registration id — Enter checks in</source>
        <translation>姓名、邮箱或报名编号 —— 按 Enter 签到</translation>
    </message>
    <message>
        <source>Check-in</source>
        <translation>签到</translation>
    </message>
    <message>
        <source>Undone: %1</source>
        <translation>已撤销：%1</translation>
    </message>
    <message>
        <source>%1 / %2 checked in</source>
        <translation>已签到 %1 / %2</translation>
    </message>
    <message>
        <source>Checked in: %1</source>
        <translation>已签到：%1</translation>
    </message>
    <message>
        <source>Check in %1</source>
        <translation>为 %1 签到</translation>
    </message>
    <message>
        <source>Check in &amp;anyway</source>
        <translation>仍然签到(&amp;A)</translation>
    </message>
    <message>
        <source>No registration matches.</source>
        <translation>没有匹配的报名。</translation>
    </message>
    <message numerus="yes">
        <source>%n registrations match: choose one in the list or type more.</source>
        <translation>
            <numerusform>有 %n 条报名匹配：请在列表中选择一条，或继续输入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Find the participant to check in</source>
        <translation>查找要签到的参会者</translation>
    </message>
    <message>
        <source>Matching participants</source>
        <translation>匹配的参会者</translation>
    </message>
    <message>
        <source>Check In</source>
        <translation>签到</translation>
    </message>
</context>
<context>
    <name>EventDesk::Command</name>
    <message>
        <source>Create event &quot;%1&quot;</source>
        <translation>创建活动“%1”</translation>
    </message>
    <message>
        <source>Delete event &quot;%1&quot;</source>
        <translation>删除活动“%1”</translation>
    </message>
    <message>
        <source>Edit event &quot;%1&quot;</source>
        <translation>编辑活动“%1”</translation>
    </message>
    <message>
        <source>Edit the registration questions</source>
        <translation>编辑报名问题</translation>
    </message>
    <message>
        <source>Edit the message templates</source>
        <translation>编辑消息模板</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>导入参会者</translation>
    </message>
    <message numerus="yes">
        <source>Import %n participant(s)</source>
        <translation>
            <numerusform>导入 %n 位参会者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) cannot be imported; nothing was imported. Run a dry run to see them, then choose Import again to import the other lines.</source>
        <translation>
            <numerusform>有 %n 行无法导入；未导入任何内容。请先试运行查看这些行，然后再次选择“导入”以导入其余各行。</numerusform>
        </translation>
    </message>
    <message>
        <source>The registration questions of the event were changed elsewhere in the meantime.</source>
        <translation>此活动的报名问题已在其他地方被修改。</translation>
    </message>
    <message>
        <source>The message templates of the event were changed elsewhere in the meantime.</source>
        <translation>此活动的消息模板已在其他地方被修改。</translation>
    </message>
    <message numerus="yes">
        <source>Apply the assistant&apos;s proposal (%n item(s))</source>
        <translation>
            <numerusform>应用助手的方案（%n 项）</numerusform>
        </translation>
    </message>
    <message>
        <source>Resolve a conflict (keep mine)</source>
        <translation>解决冲突（保留我的）</translation>
    </message>
    <message>
        <source>Resolve a conflict (take theirs)</source>
        <translation>解决冲突（采用对方的）</translation>
    </message>
    <message>
        <source>Resolve a conflict (new value)</source>
        <translation>解决冲突（新值）</translation>
    </message>
    <message>
        <source>The conflict is no longer open: it was resolved or settled with the team since.</source>
        <translation>该冲突已不再待解决：在此期间它已被解决，或已在与团队同步时处理。</translation>
    </message>
    <message>
        <source>Deleted &quot;%1&quot;. Undo with %2.</source>
        <translation>已删除“%1”。按 %2 撤销。</translation>
    </message>
</context>
<context>
    <name>EventDesk::Conflict</name>
    <message>
        <source>Room double-booked</source>
        <translation>会议室重复预订</translation>
    </message>
    <message>
        <source>Speaker double-booked</source>
        <translation>讲者时间冲突</translation>
    </message>
    <message>
        <source>Speaker unavailable</source>
        <translation>讲者无法出席</translation>
    </message>
    <message>
        <source>Room unavailable</source>
        <translation>会议室不可用</translation>
    </message>
    <message>
        <source>Outside the event&apos;s days or hours</source>
        <translation>超出活动日期或时间</translation>
    </message>
    <message>
        <source>Attendance above room capacity</source>
        <translation>人数超过会议室容量</translation>
    </message>
    <message>
        <source>Same track in parallel</source>
        <translation>同一主题同时进行</translation>
    </message>
    <message>
        <source>Too little changeover time</source>
        <translation>换场时间不足</translation>
    </message>
    <message>
        <source>Room not allowed for the session</source>
        <translation>议题不允许使用该会议室</translation>
    </message>
    <message>
        <source>Outside the session&apos;s allowed times</source>
        <translation>超出议题允许的时间</translation>
    </message>
    <message>
        <source>Too little time between sessions in a room</source>
        <translation>同一会议室的议题间隔过短</translation>
    </message>
</context>
<context>
    <name>EventDesk::ConflictChecker</name>
    <message>
        <source>%1 (%2) is outside the event&apos;s days or daily hours.</source>
        <translation>%1（%2）超出了活动日期或每日时间。</translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3 seats %4.</source>
        <translation>%1 预计 %2 人，但 %3 只有 %4 个座位。</translation>
    </message>
    <message>
        <source>%1 is not available for %2 at %3.</source>
        <translation>%1 无法在 %3 用于 %2。</translation>
    </message>
    <message>
        <source>%1 and %2 are both in %3 at %4.</source>
        <translation>%1 和 %2 都在 %4 安排在 %3。</translation>
    </message>
    <message>
        <source>%1 and %2 are in the same track at the same time.</source>
        <translation>%1 和 %2 属于同一主题且时间重叠。</translation>
    </message>
    <message>
        <source>%1 speaks in %2 and %3 at the same time.</source>
        <translation>%1 同时在 %2 和 %3 演讲。</translation>
    </message>
    <message>
        <source>%1 has only %2 minutes to move between %3 and %4 (%5 needed).</source>
        <translation>%1 在 %3 和 %4 之间只有 %2 分钟换场（需要 %5 分钟）。</translation>
    </message>
    <message>
        <source>a deleted room</source>
        <translation>已删除的会议室</translation>
    </message>
    <message>
        <source>%1 is in %2 but is allowed only in %3.</source>
        <translation>%1 位于 %2，但只允许使用 %3。</translation>
    </message>
    <message>
        <source>%1 (%2) is outside the times it is allowed.</source>
        <translation>%1（%2）超出了允许的时间。</translation>
    </message>
    <message>
        <source>%1 has only %2 minutes between %3 and %4 (%5 needed).</source>
        <translation>%1 在 %3 和 %4 之间只有 %2 分钟（需要 %5 分钟）。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ConflictResolver</name>
    <message>
        <source>&quot;%1&quot; is not a conflict id (give at least 4 characters).</source>
        <translation>“%1”不是冲突 ID（请至少输入 4 个字符）。</translation>
    </message>
    <message>
        <source>There is no open conflict with id %1.</source>
        <translation>没有 ID 为 %1 的待解决冲突。</translation>
    </message>
    <message>
        <source>The id prefix %1 matches more than one conflict; give more characters.</source>
        <translation>ID 前缀 %1 匹配多个冲突；请输入更多字符。</translation>
    </message>
    <message>
        <source>The conflict is no longer open here: it was resolved or settled with the team since.</source>
        <translation>该冲突在此处已不再待解决：在此期间它已被解决，或已在与团队同步时处理。</translation>
    </message>
    <message>
        <source>A deleted record is kept deleted or restored: keep mine or take theirs, then edit the record.</source>
        <translation>已删除的记录只能保持删除或恢复：请选择“保留我的”或“采用对方的”，然后再编辑该记录。</translation>
    </message>
    <message>
        <source>The resolution was already sent to the team server, so the conflict cannot be opened again.</source>
        <translation>该解决结果已发送到团队服务器，因此无法重新打开此冲突。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Subtitle</source>
        <translation>副标题</translation>
    </message>
    <message>
        <source>Abstract</source>
        <translation>摘要</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>描述</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Duration (minutes)</source>
        <translation>时长（分钟）</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>分会场主题</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>讲者</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Biography</source>
        <translation>个人简介</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>Price (cents)</source>
        <translation>价格（分）</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>时区</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>Venue address</source>
        <translation>场地地址</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>已删除</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Edited (%1)</source>
        <translation>已编辑（%1）</translation>
    </message>
    <message>
        <source>Kept</source>
        <translation>保留</translation>
    </message>
    <message>
        <source>(empty)</source>
        <translation>（空）</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>no</source>
        <translation>否</translation>
    </message>
</context>
<context>
    <name>EventDesk::ConflictRulesDialog</name>
    <message>
        <source>Conflict rules</source>
        <translation>冲突规则</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Speaker &amp;changeover time:</source>
        <translation>讲者换场时间(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>EventDesk::ConflictsDialog</name>
    <message>
        <source>%1, %2</source>
        <translation>%1，%2</translation>
    </message>
    <message>
        <source>No conflicts.</source>
        <translation>没有冲突。</translation>
    </message>
    <message>
        <source>&amp;Keep Mine</source>
        <translation>保留我的(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;Take Theirs</source>
        <translation>采用对方的(&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>编辑(&amp;E)…</translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>记录</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>我的</translation>
    </message>
    <message>
        <source>Mine: who, when</source>
        <translation>我的：修改人、时间</translation>
    </message>
    <message>
        <source>Theirs</source>
        <translation>对方的</translation>
    </message>
    <message>
        <source>Theirs: who, when</source>
        <translation>对方的：修改人、时间</translation>
    </message>
    <message>
        <source>Write your value to the record and mark the conflict resolved</source>
        <translation>将您的值写入记录，并将冲突标记为已解决</translation>
    </message>
    <message>
        <source>Keep your teammate&apos;s value and mark the conflict resolved</source>
        <translation>保留队友的值，并将冲突标记为已解决</translation>
    </message>
    <message>
        <source>Type the value the field gets and mark the conflict resolved</source>
        <translation>输入该字段的新值，并将冲突标记为已解决</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot;</source>
        <translation>%1“%2”</translation>
    </message>
    <message>
        <source>Resolve Conflict</source>
        <translation>解决冲突</translation>
    </message>
    <message>
        <source>New value of %1 for %2:</source>
        <translation>%2的新%1：</translation>
    </message>
</context>
<context>
    <name>EventDesk::ConnectTeamDialog</name>
    <message>
        <source>Connect to Team</source>
        <translation>连接团队</translation>
    </message>
    <message>
        <source>Your team&apos;s EventDesk server is a PostgreSQL database. Your edits stay on this computer and are sent whenever the server can be reached.</source>
        <translation>您团队的 EventDesk 服务器是一个 PostgreSQL 数据库。您的编辑保存在本机，并在能连接到服务器时发送。</translation>
    </message>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>Your login on the team server; teammates see it beside your changes.</source>
        <translation>您在团队服务器上的登录名；队友会在您的更改旁看到它。</translation>
    </message>
    <message>
        <source>&amp;Member name:</source>
        <translation>成员名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Kept in your system&apos;s keychain, never in a file.</source>
        <translation>保存在系统钥匙串中，绝不写入文件。</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>密码(&amp;P)：</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>连接(&amp;C)</translation>
    </message>
    <message>
        <source>Enter the team server&apos;s address.</source>
        <translation>请输入团队服务器的地址。</translation>
    </message>
    <message>
        <source>Enter your member name on the team server.</source>
        <translation>请输入您在团队服务器上的成员名称。</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Send this workspace to the server again? Nothing here is deleted either way.</source>
        <translation>要将此工作区重新发送到服务器吗？无论选择哪项，此处的数据都不会被删除。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ConnectionTest</name>
    <message>
        <source>Profile &quot;%1&quot; reached model %2 in %3 ms.</source>
        <translation>配置“%1”在 %3 毫秒内连通了模型 %2。</translation>
    </message>
</context>
<context>
    <name>EventDesk::CsvReader</name>
    <message>
        <source>Line %1: a quoted field is never closed.</source>
        <translation>第 %1 行：引号字段没有闭合。</translation>
    </message>
    <message>
        <source>Line %1: unexpected text after a closing quote.</source>
        <translation>第 %1 行：闭合引号后有多余文本。</translation>
    </message>
    <message>
        <source>Line %1: a quote inside an unquoted field.</source>
        <translation>第 %1 行：未加引号的字段中出现了引号。</translation>
    </message>
</context>
<context>
    <name>EventDesk::CsvWriter</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation>无法写入 %1：%2。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
</context>
<context>
    <name>EventDesk::CustomQuestions</name>
    <message>
        <source>Please answer &quot;%1&quot;.</source>
        <translation>请回答“%1”。</translation>
    </message>
    <message>
        <source>The answer to &quot;%1&quot; is too long.</source>
        <translation>“%1”的回答太长。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a choice of &quot;%2&quot;.</source>
        <translation>“%1”不是“%2”的选项。</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot; with yes or no.</source>
        <translation>请用是或否回答“%1”。</translation>
    </message>
    <message>
        <source>The question</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>A choice question needs at least two options.</source>
        <translation>选择题至少需要两个选项。</translation>
    </message>
    <message>
        <source>The condition refers to a question of this event that does not exist.</source>
        <translation>条件引用了本活动中不存在的问题。</translation>
    </message>
    <message>
        <source>A yes/no condition needs the value yes or no.</source>
        <translation>是/否条件的值必须是 yes 或 no。</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>文本</translation>
    </message>
    <message>
        <source>Single choice</source>
        <translation>单选</translation>
    </message>
    <message>
        <source>Multiple choice</source>
        <translation>多选</translation>
    </message>
    <message>
        <source>Yes/no</source>
        <translation>是/否</translation>
    </message>
    <message>
        <source>Choose the answer to &quot;%1&quot; that shows this question.</source>
        <translation>选择“%1”的哪个回答会显示此问题。</translation>
    </message>
    <message>
        <source>The condition must refer to an earlier question.</source>
        <translation>条件必须引用前面的问题。</translation>
    </message>
    <message>
        <source>Answer &quot;%1&quot; with yes or no, not &quot;%2&quot;.</source>
        <translation>请用“是”或“否”回答“%1”，而不是“%2”。</translation>
    </message>
</context>
<context>
    <name>EventDesk::CustomQuestionsDialog</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>下移(&amp;W)</translation>
    </message>
    <message>
        <source>An answer &amp;is required</source>
        <translation>必须回答(&amp;I)</translation>
    </message>
    <message>
        <source>Registration questions</source>
        <translation>报名问题</translation>
    </message>
    <message>
        <source>What the form asks, e.g. &quot;Dietary needs?&quot;</source>
        <translation>表单要问的内容，例如“饮食需求？”</translation>
    </message>
    <message>
        <source>One option per line</source>
        <translation>每行一个选项</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>&amp;Type:</source>
        <translation>类型(&amp;T)：</translation>
    </message>
    <message>
        <source>&amp;Options:</source>
        <translation>选项(&amp;O)：</translation>
    </message>
    <message>
        <source>is</source>
        <translation>为</translation>
    </message>
    <message>
        <source>&amp;Show only when:</source>
        <translation>仅在以下情况显示(&amp;S)：</translation>
    </message>
    <message>
        <source>(no question yet)</source>
        <translation>（尚无问题）</translation>
    </message>
    <message>
        <source>conditional</source>
        <translation>有条件</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>(always shown)</source>
        <translation>（始终显示）</translation>
    </message>
    <message>
        <source>(a removed question)</source>
        <translation>（已删除的问题）</translation>
    </message>
    <message>
        <source>%1 (comes later)</source>
        <translation>%1（位于后面）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>Some questions need attention (shown in red).</source>
        <translation>有些问题需要处理（以红色显示）。</translation>
    </message>
</context>
<context>
    <name>EventDesk::DashboardCharts</name>
    <message>
        <source>Registrations over time</source>
        <translation>报名数随时间变化</translation>
    </message>
    <message>
        <source>Registrations by status</source>
        <translation>按状态统计的报名</translation>
    </message>
    <message>
        <source>Registrations by ticket type</source>
        <translation>按票种统计的报名</translation>
    </message>
    <message>
        <source>Ticket quotas used</source>
        <translation>票种配额使用情况</translation>
    </message>
    <message>
        <source>Room use: expected attendance and capacity</source>
        <translation>会议室使用：预计人数与容量</translation>
    </message>
    <message>
        <source>How full each day is</source>
        <translation>每天的排满程度</translation>
    </message>
    <message>
        <source>Conflicts by rule</source>
        <translation>按规则统计的冲突</translation>
    </message>
    <message>
        <source>Registrations so far</source>
        <translation>累计报名</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
    <message>
        <source>Registrations</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Places taken</source>
        <translation>已占名额</translation>
    </message>
    <message>
        <source>Places left</source>
        <translation>剩余名额</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Largest expected attendance</source>
        <translation>最大预计人数</translation>
    </message>
    <message>
        <source>Mean expected attendance</source>
        <translation>平均预计人数</translation>
    </message>
    <message>
        <source>Scheduled share of room time (%)</source>
        <translation>会议室时间的排程占比（%）</translation>
    </message>
    <message>
        <source>Errors</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>警告</translation>
    </message>
</context>
<context>
    <name>EventDesk::DashboardExport</name>
    <message>
        <source>Dashboard of %1</source>
        <translation>%1 的仪表板</translation>
    </message>
    <message>
        <source>As of %1</source>
        <translation>截至 %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 registrations, %2 confirmed or checked in, %3 waitlisted; %4 of %5 sessions scheduled; %n conflict(s).</source>
        <translation>
            <numerusform>共 %1 条报名，%2 条已确认或已签到，%3 条候补；%5 个议题中已安排 %4 个；%n 个冲突。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDesk::DashboardPage</name>
    <message>
        <source>Dashboard charts</source>
        <translation>仪表板图表</translation>
    </message>
    <message>
        <source>Export P&amp;DF…</source>
        <translation>导出 PDF(&amp;D)…</translation>
    </message>
    <message>
        <source>Save every chart of the dashboard in one PDF file.</source>
        <translation>将仪表板的所有图表保存到一个 PDF 文件中。</translation>
    </message>
    <message>
        <source>Save Chart as &amp;PNG…</source>
        <translation>将图表另存为 PNG(&amp;P)…</translation>
    </message>
    <message>
        <source>Right-click to save this chart as a PNG image.</source>
        <translation>右键单击可将此图表保存为 PNG 图像。</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>正在统计…</translation>
    </message>
    <message>
        <source>Saved the chart as %1.</source>
        <translation>已将图表保存为 %1。</translation>
    </message>
    <message>
        <source>Saved the dashboard as %1.</source>
        <translation>已将仪表板保存为 %1。</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>保存图表</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG 图像 (*.png)</translation>
    </message>
    <message>
        <source>Export Dashboard</source>
        <translation>导出仪表板</translation>
    </message>
    <message>
        <source>dashboard.pdf</source>
        <translation>dashboard.pdf</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 文档 (*.pdf)</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>仪表板</translation>
    </message>
</context>
<context>
    <name>EventDesk::DashboardStats</name>
    <message>
        <source>No ticket type</source>
        <translation>无票种</translation>
    </message>
    <message>
        <source>Whole event</source>
        <translation>整个活动</translation>
    </message>
</context>
<context>
    <name>EventDesk::DayLabel</name>
    <message>
        <source>Day %1 · %2</source>
        <translation>第 %1 天 · %2</translation>
    </message>
</context>
<context>
    <name>EventDesk::EmptyStateWidget</name>
    <message>
        <source>This workspace has no events yet</source>
        <translation>此工作区还没有活动</translation>
    </message>
    <message>
        <source>Create an event to start planning, or load a sample conference to look around.</source>
        <translation>创建一个活动开始筹备，或载入示例会议先看看。</translation>
    </message>
    <message>
        <source>Ne&amp;w event</source>
        <translation>新建活动(&amp;W)</translation>
    </message>
    <message>
        <source>Load &amp;sample event</source>
        <translation>载入示例活动(&amp;S)</translation>
    </message>
</context>
<context>
    <name>EventDesk::Event</name>
    <message>
        <source>Published</source>
        <translation>已发布</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>草稿</translation>
    </message>
    <message>
        <source>The event name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>The time zone is missing.</source>
        <translation>缺少时区。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a known time zone (use an IANA name such as Europe/Berlin).</source>
        <translation>“%1”不是已知的时区（请使用 IANA 名称，例如 Asia/Shanghai）。</translation>
    </message>
    <message>
        <source>The start date is missing or invalid.</source>
        <translation>开始日期缺失或无效。</translation>
    </message>
    <message>
        <source>The end date is missing or invalid.</source>
        <translation>结束日期缺失或无效。</translation>
    </message>
    <message>
        <source>The event ends (%1) before it starts (%2).</source>
        <translation>活动的结束日期（%1）早于开始日期（%2）。</translation>
    </message>
    <message>
        <source>The daily hours are invalid.</source>
        <translation>每日时间无效。</translation>
    </message>
    <message>
        <source>Each day must end after it starts (%1 is not after %2).</source>
        <translation>每天的结束时间必须晚于开始时间（%1 不晚于 %2）。</translation>
    </message>
    <message>
        <source>The event capacity cannot be negative (got %1).</source>
        <translation>活动容量不能为负数（当前为 %1）。</translation>
    </message>
    <message>
        <source>The changeover time must be between 0 and 1440 minutes.</source>
        <translation>换场时间必须在 0 到 1440 分钟之间。</translation>
    </message>
    <message>
        <source>The room changeover must be between 0 and 1440 minutes (got %1).</source>
        <translation>会议室换场时间必须在 0 到 1440 分钟之间（当前为 %1）。</translation>
    </message>
    <message>
        <source>The acronym is too long (at most 100 characters).</source>
        <translation>简称过长（最多 100 个字符）。</translation>
    </message>
</context>
<context>
    <name>EventDesk::EventContext</name>
    <message>
        <source>There is no %1 with id %2 in this event.</source>
        <translation>此活动中没有 id 为 %2 的%1。</translation>
    </message>
</context>
<context>
    <name>EventDesk::EventForm</name>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>e.g. OpenTech Summit 2026</source>
        <translation>例如：2026 开放技术峰会</translation>
    </message>
    <message>
        <source>Save (%1)</source>
        <translation>保存（%1）</translation>
    </message>
    <message>
        <source>Discard changes (Esc)</source>
        <translation>放弃更改（Esc）</translation>
    </message>
    <message>
        <source>to</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Na&amp;me:</source>
        <translation>名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Descr&amp;iption:</source>
        <translation>简介(&amp;I)：</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>时区(&amp;Z)：</translation>
    </message>
    <message>
        <source>&amp;Dates:</source>
        <translation>日期(&amp;D)：</translation>
    </message>
    <message>
        <source>Dail&amp;y hours:</source>
        <translation>每日时间(&amp;Y)：</translation>
    </message>
    <message>
        <source>Ven&amp;ue:</source>
        <translation>场地(&amp;U)：</translation>
    </message>
    <message>
        <source>Add&amp;ress:</source>
        <translation>地址(&amp;R)：</translation>
    </message>
    <message>
        <source>St&amp;atus:</source>
        <translation>状态(&amp;A)：</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>第一天</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>最后一天</translation>
    </message>
    <message>
        <source>Daily start time</source>
        <translation>每日开始时间</translation>
    </message>
    <message>
        <source>Daily end time</source>
        <translation>每日结束时间</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Minutes kept free in a room after each session, e.g. to set up the next</source>
        <translation>每个议题结束后会议室空出的分钟数，例如用于布置下一场</translation>
    </message>
    <message>
        <source>Room &amp;changeover:</source>
        <translation>会议室换场时间(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>EventDesk::EventListModel</name>
    <message>
        <source>%1 – %2, %3</source>
        <translation>%1 – %2，%3</translation>
    </message>
</context>
<context>
    <name>EventDesk::EventStore</name>
    <message>
        <source>The workspace could not be upgraded.</source>
        <translation>无法升级工作区。</translation>
    </message>
    <message>
        <source>The workspace could not be upgraded to version %1; it was left unchanged.</source>
        <translation>无法将工作区升级到版本 %1；工作区未作任何更改。</translation>
    </message>
    <message>
        <source>The record does not belong to an event.</source>
        <translation>该记录不属于任何活动。</translation>
    </message>
    <message>
        <source>There is no %1 with id %2 in this event.</source>
        <translation>此活动中没有 id 为 %2 的%1。</translation>
    </message>
    <message>
        <source>The workspace is read-only, so the change was not saved.</source>
        <translation>工作区为只读，更改未保存。</translation>
    </message>
    <message>
        <source>The workspace file is damaged; nothing was changed.</source>
        <translation>工作区文件已损坏；未作任何更改。</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 是文件夹，不是工作区文件。</translation>
    </message>
    <message>
        <source>%1 is not an EventDesk workspace (it is not an SQLite database).</source>
        <translation>%1 不是 EventDesk 工作区（它不是 SQLite 数据库）。</translation>
    </message>
    <message>
        <source>%1 is read-only; EventDesk needs write access to open it.</source>
        <translation>%1 是只读的；EventDesk 需要写入权限才能打开它。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be opened.</source>
        <translation>无法打开 %1。</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be opened; nothing was changed.</source>
        <translation>%1 已损坏，无法打开；未作任何更改。</translation>
    </message>
    <message>
        <source>%1 was saved by a newer EventDesk (schema %2; this version reads up to %3). Please update EventDesk.</source>
        <translation>%1 由更新版本的 EventDesk 保存（结构版本 %2；本版本最多支持 %3）。请更新 EventDesk。</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not an EventDesk workspace.</source>
        <translation>%1 是 SQLite 数据库，但不是 EventDesk 工作区。</translation>
    </message>
    <message>
        <source>Schema version %1 cannot be opened as %2.</source>
        <translation>结构版本 %1 无法以版本 %2 打开。</translation>
    </message>
    <message>
        <source>%1 cannot be opened for writing.</source>
        <translation>无法以写入方式打开 %1。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <source>The change could not be saved.</source>
        <translation>无法保存更改。</translation>
    </message>
    <message>
        <source>Record %1: %2</source>
        <translation>第 %1 条记录：%2</translation>
    </message>
    <message>
        <source>A %1 with id %2 already exists.</source>
        <translation>id 为 %2 的%1已存在。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was saved.</source>
        <translation>已取消；未保存任何内容。</translation>
    </message>
    <message>
        <source>The workspace could not be read.</source>
        <translation>无法读取工作区。</translation>
    </message>
    <message>
        <source>There is no %1 with id %2.</source>
        <translation>没有 id 为 %2 的%1。</translation>
    </message>
    <message>
        <source>The %1 %2 was deleted.</source>
        <translation>%1 %2 已被删除。</translation>
    </message>
    <message>
        <source>The %1 %2 is already deleted.</source>
        <translation>%1 %2 已经删除。</translation>
    </message>
    <message>
        <source>The %1 %2 is not deleted.</source>
        <translation>%1 %2 未被删除。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a %2 id (give at least 4 characters).</source>
        <translation>“%1”不是%2 id（至少输入 4 个字符）。</translation>
    </message>
    <message>
        <source>The id prefix %1 matches more than one %2; give more characters.</source>
        <translation>id 前缀 %1 匹配了多个%2；请输入更多字符。</translation>
    </message>
    <message>
        <source>A published schedule release cannot be changed.</source>
        <translation>已发布的日程表版本不能修改。</translation>
    </message>
    <message>
        <source>The %1 &quot;%2&quot; was changed elsewhere in the meantime.</source>
        <translation>%1“%2”已在其他地方被修改。</translation>
    </message>
    <message>
        <source>That proposal is no longer in the workspace.</source>
        <translation>该方案已不在工作区中。</translation>
    </message>
    <message>
        <source>&quot;deleted&quot; is 0 or 1, not %1.</source>
        <translation>“deleted”只能为 0 或 1，不能为 %1。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid value for %2.</source>
        <translation>“%1”不是 %2 的有效值。</translation>
    </message>
    <message>
        <source>A %1 has no field &quot;%2&quot; that can be changed.</source>
        <translation>%1没有可更改的字段“%2”。</translation>
    </message>
    <message>
        <source>The workspace could not be prepared for sync.</source>
        <translation>无法为同步准备工作区。</translation>
    </message>
    <message>
        <source>The changes from the server could not be saved.</source>
        <translation>无法保存来自服务器的更改。</translation>
    </message>
    <message>
        <source>There is no open conflict %1.</source>
        <translation>没有待解决的冲突 %1。</translation>
    </message>
    <message>
        <source>%1 cannot be read.</source>
        <translation>无法读取 %1。</translation>
    </message>
</context>
<context>
    <name>EventDesk::FrabXmlReader</name>
    <message>
        <source>The file has no XML elements.</source>
        <translation>文件中没有 XML 元素。</translation>
    </message>
    <message>
        <source>This is not a frab schedule.xml: its root element is &lt;%1&gt;, not &lt;schedule&gt;.</source>
        <translation>这不是 frab schedule.xml：其根元素是 &lt;%1&gt;，而不是 &lt;schedule&gt;。</translation>
    </message>
    <message>
        <source>the text is not in the encoding the file declares (UTF-8 unless it says otherwise)</source>
        <translation>文本与文件声明的编码不符（未声明时为 UTF-8）</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>第 %1 行</translation>
    </message>
    <message>
        <source>The schedule.xml declares entities in a DTD at line %1; that is refused, as schedule files never need them and they can expand without bound or read other files.</source>
        <translation>schedule.xml 在第 %1 行的 DTD 中声明了实体；此类文件会被拒绝，因为日程文件从不需要实体，而实体可能无限展开或读取其他文件。</translation>
    </message>
    <message>
        <source>The schedule.xml uses the undeclared entity &amp;%1; at line %2.</source>
        <translation>schedule.xml 在第 %2 行使用了未声明的实体 &amp;%1;。</translation>
    </message>
    <message>
        <source>A &lt;room&gt; at line %1 has no name.</source>
        <translation>第 %1 行的 &lt;room&gt; 没有名称。</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; names the room &quot;%2&quot; but sits in another; it stays where it sits.</source>
        <translation>日程“%1”指定的会议室为“%2”，但实际位于另一个会议室；保留其当前位置。</translation>
    </message>
    <message>
        <source>Two events have the same guid &quot;%1&quot; (lines %2 and %3).</source>
        <translation>有两个日程的 guid 相同：“%1”（第 %2 行和第 %3 行）。</translation>
    </message>
    <message>
        <source>A %1 without an address is left out.</source>
        <translation>已略去一个没有地址的 %1。</translation>
    </message>
    <message>
        <source>A person of &quot;%1&quot; has no name and is left out.</source>
        <translation>日程“%1”中有一位人员没有姓名，已略去。</translation>
    </message>
    <message>
        <source>The schedule.xml is not UTF-8 text at line %1 (byte %2), though it does not declare another encoding; save it as UTF-8.</source>
        <translation>schedule.xml 在第 %1 行（第 %2 字节）处不是 UTF-8 文本，但它并未声明其他编码；请将其另存为 UTF-8。</translation>
    </message>
    <message>
        <source>The file is not well-formed XML at line %1, column %2: %3.</source>
        <translation>该文件不是格式正确的 XML（第 %1 行，第 %2 列）：%3。</translation>
    </message>
</context>
<context>
    <name>EventDesk::GeneralSettingsPage</name>
    <message>
        <source>&amp;Restore the window&apos;s size and panels at start</source>
        <translation>启动时恢复窗口大小和面板(&amp;R)</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>The language changes the next time EventDesk starts.</source>
        <translation>语言将在下次启动 EventDesk 时生效。</translation>
    </message>
    <message>
        <source>The workspace file EventDesk opens when none is given. Empty: the one in the application&apos;s data folder.</source>
        <translation>未指定工作区时 EventDesk 打开的工作区文件。留空：使用应用程序数据文件夹中的工作区。</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Default workspace</source>
        <translation>默认工作区</translation>
    </message>
    <message>
        <source>EventDesk workspaces (*.eventdesk)</source>
        <translation>EventDesk 工作区 (*.eventdesk)</translation>
    </message>
    <message>
        <source>Default &amp;workspace:</source>
        <translation>默认工作区(&amp;W)：</translation>
    </message>
    <message>
        <source>Window:</source>
        <translation>窗口：</translation>
    </message>
    <message>
        <source>General</source>
        <translation>常规</translation>
    </message>
</context>
<context>
    <name>EventDesk::ImportDialog</name>
    <message>
        <source>First row is a &amp;header</source>
        <translation>首行是表头(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Dry run</source>
        <translation>试运行(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>导入参会者</translation>
    </message>
    <message>
        <source>Detect automatically</source>
        <translation>自动检测</translation>
    </message>
    <message>
        <source>Column</source>
        <translation>列</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>字段</translation>
    </message>
    <message>
        <source>Update the existing registration</source>
        <translation>更新已有报名</translation>
    </message>
    <message>
        <source>Skip the line</source>
        <translation>跳过该行</translation>
    </message>
    <message>
        <source>Keep both</source>
        <translation>两者都保留</translation>
    </message>
    <message>
        <source>Run a dry run to see what the import would do.</source>
        <translation>先试运行，看看导入会做什么。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>&amp;Encoding:</source>
        <translation>编码(&amp;E)：</translation>
    </message>
    <message>
        <source>When the email is already &amp;registered:</source>
        <translation>邮箱已报名时(&amp;R)：</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>预览</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message numerus="yes">
        <source>%1 — %2, delimiter &quot;%3&quot;, %n row(s)</source>
        <translation>
            <numerusform>%1 —— %2，分隔符“%3”，%n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>tab</source>
        <translation>制表符</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>第 %1 列</translation>
    </message>
    <message numerus="yes">
        <source>%n new registration(s)</source>
        <translation>
            <numerusform>新增 %n 条报名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) updated</source>
        <translation>
            <numerusform>更新 %n 条报名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n line(s) skipped</source>
        <translation>
            <numerusform>跳过 %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run — nothing was imported.</source>
        <translation>试运行 —— 未导入任何内容。</translation>
    </message>
    <message>
        <source>Imported.</source>
        <translation>已导入。</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Question: %1</source>
        <translation>问题：%1</translation>
    </message>
    <message>
        <source>Ticket types the event does not have yet</source>
        <translation>此活动尚无的票种</translation>
    </message>
    <message>
        <source>Ticket type in the file</source>
        <translation>文件中的票种</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>行数</translation>
    </message>
    <message>
        <source>Or read as</source>
        <translation>或视为</translation>
    </message>
    <message>
        <source>New question &quot;%1&quot;</source>
        <translation>新问题“%1”</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>Create &quot;%1&quot;</source>
        <translation>创建“%1”</translation>
    </message>
    <message>
        <source>(skip these rows)</source>
        <translation>（跳过这些行）</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) read</source>
        <translation>
            <numerusform>已读取 %n 行</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n checked in (with the time of the file)</source>
        <translation>
            <numerusform>签到 %n 人（使用文件中的时间）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDesk::InfeasibilityExplainer</name>
    <message>
        <source>%1 min</source>
        <translation>%1 分钟</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 小时</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 小时 %2 分钟</translation>
    </message>
    <message>
        <source>Speaker %1 has %2 of sessions but %3 of availability.</source>
        <translation>讲者 %1 的日程共 %2，但可用时间只有 %3。</translation>
    </message>
    <message>
        <source>The event has no rooms for %1.</source>
        <translation>活动中没有可供 %1 使用的会议室。</translation>
    </message>
    <message>
        <source>%1 expects %2 people but the largest room it may use seats %3.</source>
        <translation>%1 预计 %2 人，但其可用的最大会议室只有 %3 个座位。</translation>
    </message>
    <message>
        <source>No start time within the event&apos;s days and hours suits %1 and its speakers&apos; availability.</source>
        <translation>在活动的日期和时间范围内，没有同时适合 %1 及其讲者可用时段的开始时间。</translation>
    </message>
    <message>
        <source>The rooms %1 may use are not open for %2 at any time it may start.</source>
        <translation>%1 可用的会议室在其任何可开始的时间都不能开放 %2。</translation>
    </message>
    <message>
        <source>on the event&apos;s day</source>
        <translation>活动当天</translation>
    </message>
    <message>
        <source>Every room is full at the times %1 may start.</source>
        <translation>在 %1 可开始的时间，所有会议室均已排满。</translation>
    </message>
    <message>
        <source>%1 clashes with its speakers&apos; or its track&apos;s other sessions at every free time it may start.</source>
        <translation>在 %1 可开始的每个空闲时间，它都与其讲者或所属主题的其他日程冲突。</translation>
    </message>
    <message>
        <source>on both days</source>
        <translation>在两天中都</translation>
    </message>
    <message>
        <source>on all %1 days</source>
        <translation>在全部 %1 天中都</translation>
    </message>
    <message>
        <source>%1 is allowed only in rooms that no longer exist.</source>
        <translation>%1 只允许使用已不存在的会议室。</translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3, the only rooms it is allowed in, seat at most %4.</source>
        <translation>%1 预计有 %2 人，但它唯一允许使用的会议室 %3 最多只能容纳 %4 人。</translation>
    </message>
    <message>
        <source>%1 is allowed only at %2, which leaves no %3 within the event&apos;s days and hours.</source>
        <translation>%1 只允许在 %2 进行，在活动的日期和时段内无法留出 %3。</translation>
    </message>
    <message>
        <source>%1 is allowed only at %2, when its speakers are not available.</source>
        <translation>%1 只允许在 %2 进行，而其讲者届时没有空。</translation>
    </message>
    <message>
        <source>%1 is allowed only in %2 and only at %3, and the room is full then.</source>
        <translation>%1 只允许在 %2 的 %3 进行，而该会议室届时已满。</translation>
    </message>
    <message>
        <source>%1 is allowed only in %2 and only at %3, and those rooms are full then.</source>
        <translation>%1 只允许在 %2 的 %3 进行，而这些会议室届时都已满。</translation>
    </message>
    <message>
        <source>%1 is allowed only in %2, which is full %3.</source>
        <translation>%1 只允许使用 %2，而该会议室%3已排满。</translation>
    </message>
    <message>
        <source>%1 is allowed only in %2, which are all full %3.</source>
        <translation>%1 只允许使用 %2，而这些会议室%3都已排满。</translation>
    </message>
    <message>
        <source>%1 is allowed only at %2, and every room it may use is full then.</source>
        <translation>%1 只允许在 %2 进行，而它可用的每个会议室届时都已满。</translation>
    </message>
    <message>
        <source>Every room large enough for %1 is full at the times it may start.</source>
        <translation>在 %1 可以开始的时间里，每个容量足够的会议室都已满。</translation>
    </message>
</context>
<context>
    <name>EventDesk::InteropExportDialog</name>
    <message>
        <source>&amp;Export</source>
        <translation>导出(&amp;E)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>导出</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>当前工作稿</translation>
    </message>
    <message>
        <source>Latest release</source>
        <translation>最新版本</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Export to Folder</source>
        <translation>导出到文件夹</translation>
    </message>
    <message>
        <source>Choose where to save the export.</source>
        <translation>请选择导出的保存位置。</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>正在导出…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;Release:</source>
        <translation>版本(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Save to:</source>
        <translation>保存到(&amp;S)：</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>&quot;%1&quot; exists already. Replace it?</source>
        <translation>“%1”已存在。要替换它吗？</translation>
    </message>
    <message>
        <source>Nothing was exported; choose another file or replace this one.</source>
        <translation>未导出任何内容；请选择另一个文件，或替换此文件。</translation>
    </message>
</context>
<context>
    <name>EventDesk::InteropImportDialog</name>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>What the import will do (nothing is written yet):</source>
        <translation>导入将执行的操作（尚未写入任何内容）：</translation>
    </message>
    <message>
        <source>Reading the file…</source>
        <translation>正在读取文件…</translation>
    </message>
    <message>
        <source>Import %1</source>
        <translation>导入%1</translation>
    </message>
    <message>
        <source>Written: %1</source>
        <translation>已写入：%1</translation>
    </message>
    <message>
        <source>Import into the &amp;current event</source>
        <translation>导入到当前活动(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>格式(&amp;F)：</translation>
    </message>
</context>
<context>
    <name>EventDesk::KeyStore</name>
    <message>
        <source>No system keychain service is running, so the API key cannot be kept in it.</source>
        <translation>系统钥匙串服务未运行，无法在其中保存 API 密钥。</translation>
    </message>
    <message>
        <source>The keychain holds no key under that name.</source>
        <translation>钥匙串中没有该名称的密钥。</translation>
    </message>
    <message>
        <source>No system keychain service is running.</source>
        <translation>系统钥匙串服务未运行。</translation>
    </message>
    <message>
        <source>No system keychain service is running; using the key from EVENTDESK_API_KEY.</source>
        <translation>系统钥匙串服务未运行；改用 EVENTDESK_API_KEY 中的密钥。</translation>
    </message>
</context>
<context>
    <name>EventDesk::LlmCall</name>
    <message>
        <source>The language-model service sent an answer larger than %1 MB, which was not read.</source>
        <translation>语言模型服务返回的答复超过 %1 MB，未予读取。</translation>
    </message>
</context>
<context>
    <name>EventDesk::LlmError</name>
    <message>
        <source>The language-model service rejected the API key; check the key for this profile.</source>
        <translation>语言模型服务拒绝了 API 密钥；请检查此配置的密钥。</translation>
    </message>
    <message>
        <source>The language-model service is rate limiting requests; try again in a moment.</source>
        <translation>语言模型服务正在限流；请稍后再试。</translation>
    </message>
    <message>
        <source>The language-model account has run out of quota or credit.</source>
        <translation>语言模型账户的额度或余额已用完。</translation>
    </message>
    <message>
        <source>The language-model service does not know the model named in this profile.</source>
        <translation>语言模型服务不认识此配置中的模型名称。</translation>
    </message>
    <message>
        <source>The request is too long for the model&apos;s context window.</source>
        <translation>请求超出了模型的上下文长度。</translation>
    </message>
    <message>
        <source>The language-model service refused the request as invalid.</source>
        <translation>语言模型服务认为请求无效并拒绝了它。</translation>
    </message>
    <message>
        <source>The language-model service could not be reached; check the address and network.</source>
        <translation>无法连接语言模型服务；请检查地址和网络。</translation>
    </message>
    <message>
        <source>The language-model service stopped responding, so the request timed out.</source>
        <translation>语言模型服务停止响应，请求已超时。</translation>
    </message>
    <message>
        <source>A secure connection to the language-model service could not be established.</source>
        <translation>无法与语言模型服务建立安全连接。</translation>
    </message>
    <message>
        <source>The language-model service had an internal problem; try again later.</source>
        <translation>语言模型服务内部出错；请稍后再试。</translation>
    </message>
    <message>
        <source>The language-model service sent an answer that could not be read.</source>
        <translation>语言模型服务返回的回答无法读取。</translation>
    </message>
    <message>
        <source>The answer was cut off before it was complete.</source>
        <translation>回答在完成前被截断。</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>请求已取消。</translation>
    </message>
    <message>
        <source>No API key is available for this profile; set EVENTDESK_API_KEY or store the key in the keychain.</source>
        <translation>此配置没有可用的 API 密钥；请设置 EVENTDESK_API_KEY 或将密钥存入钥匙串。</translation>
    </message>
    <message>
        <source>The key could not be read from the system keychain.</source>
        <translation>无法从系统钥匙串读取密钥。</translation>
    </message>
    <message>
        <source>The proxy could not be reached; check the proxy setting of this profile.</source>
        <translation>无法连接代理；请检查此配置的代理设置。</translation>
    </message>
    <message>
        <source>The proxy refused the request because it requires a login.</source>
        <translation>代理要求登录，因此拒绝了请求。</translation>
    </message>
    <message>
        <source>A secure connection to %1 could not be established.</source>
        <translation>无法与 %1 建立安全连接。</translation>
    </message>
    <message>
        <source>The proxy %1 could not be reached; check the proxy setting of this profile.</source>
        <translation>无法连接代理 %1；请检查此配置的代理设置。</translation>
    </message>
    <message>
        <source>The proxy %1 refused the request because it requires a login.</source>
        <translation>代理 %1 要求登录，因此拒绝了请求。</translation>
    </message>
    <message>
        <source>The certificate of %1 is not trusted, so no secure connection was made; behind a company proxy that inspects TLS, add its CA certificate to this profile.</source>
        <translation>%1 的证书不受信任，因此未建立安全连接；如果位于检查 TLS 的公司代理之后，请将其 CA 证书添加到此配置。</translation>
    </message>
    <message>
        <source>The certificate of %1 was issued for a different host, so no secure connection was made.</source>
        <translation>%1 的证书签发给了其他主机，因此未建立安全连接。</translation>
    </message>
    <message>
        <source>The certificate of %1 has expired or is not yet valid, so no secure connection was made.</source>
        <translation>%1 的证书已过期或尚未生效，因此未建立安全连接。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 could not be read or holds no certificate.</source>
        <translation>无法读取 CA 证书文件 %1，或其中没有证书。</translation>
    </message>
    <message>
        <source>This request is about %L1 tokens, more than the %L2-token context window of profile &quot;%3&quot;; shorten it or raise the profile&apos;s context window.</source>
        <translation>此请求约 %L1 个令牌，超过配置“%3”的上下文长度 %L2 个令牌；请缩短请求或调大该配置的上下文长度。</translation>
    </message>
</context>
<context>
    <name>EventDesk::LlmProfilesDialog</name>
    <message>
        <source>Assistant Profiles</source>
        <translation>助手配置</translation>
    </message>
    <message>
        <source>&amp;Profiles</source>
        <translation>配置(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>复制(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Use by &amp;Default</source>
        <translation>设为默认(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>OpenAI-compatible (OpenAI, Ollama, llama.cpp, vLLM, DeepSeek, Qwen)</source>
        <translation>OpenAI 兼容（OpenAI、Ollama、llama.cpp、vLLM、DeepSeek、通义千问）</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Anthropic</source>
        <translation>Anthropic</translation>
    </message>
    <message>
        <source>Prov&amp;ider:</source>
        <translation>服务商(&amp;I)：</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>基础 URL(&amp;U)：</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.1, claude-sonnet-4</source>
        <translation>例如 gpt-4o-mini、llama3.1、claude-sonnet-4</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>模型(&amp;M)：</translation>
    </message>
    <message>
        <source>Azure API &amp;version:</source>
        <translation>Azure API 版本(&amp;V)：</translation>
    </message>
    <message>
        <source>Model default</source>
        <translation>模型默认值</translation>
    </message>
    <message>
        <source>T&amp;emperature:</source>
        <translation>温度(&amp;E)：</translation>
    </message>
    <message>
        <source>Max. t&amp;okens:</source>
        <translation>最大令牌数(&amp;O)：</translation>
    </message>
    <message>
        <source>Reasoning model (sends no temperature)</source>
        <translation>推理模型（不发送温度）</translation>
    </message>
    <message>
        <source>Empty for the system proxy; none; or http://proxy.example.com:8080</source>
        <translation>留空使用系统代理；none 表示不用代理；或 http://proxy.example.com:8080</translation>
    </message>
    <message>
        <source>Prox&amp;y:</source>
        <translation>代理(&amp;Y)：</translation>
    </message>
    <message>
        <source>Only behind a proxy that inspects TLS</source>
        <translation>仅在检查 TLS 的代理之后需要</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
        <source>Extra &amp;CA certificate:</source>
        <translation>额外 CA 证书(&amp;C)：</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API 密钥(&amp;K)：</translation>
    </message>
    <message>
        <source>CA Certificate</source>
        <translation>CA 证书</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der)</source>
        <translation>证书 (*.pem *.crt *.cer *.der)</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>测试连接(&amp;T)</translation>
    </message>
    <message>
        <source>Cancel Test</source>
        <translation>取消测试</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>（无名称）</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1（默认）</translation>
    </message>
    <message>
        <source>A server on this computer needs no key.</source>
        <translation>本机上的服务器不需要密钥。</translation>
    </message>
    <message>
        <source>The key goes into the system keychain when you save.</source>
        <translation>保存时密钥将存入系统钥匙串。</translation>
    </message>
    <message>
        <source>Kept in the system keychain as &quot;%1&quot;; type a new key to replace it.</source>
        <translation>已以“%1”保存在系统钥匙串中；输入新密钥即可替换。</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>未更改</translation>
    </message>
    <message>
        <source>Another profile is called &quot;%1&quot;.</source>
        <translation>已有另一个配置名为“%1”。</translation>
    </message>
    <message>
        <source>New profile</source>
        <translation>新配置</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Storing the key in the system keychain…</source>
        <translation>正在将密钥存入系统钥匙串…</translation>
    </message>
    <message>
        <source>The key is stored in the system keychain as &quot;%1&quot;.</source>
        <translation>密钥已以“%1”存入系统钥匙串。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>How many tokens the model reads and writes in one request. A request estimated larger is not sent; a local server is asked for this size.</source>
        <translation>模型在一次请求中读取和生成的令牌数。估计超过此值的请求不会发送；对本地服务器会按此大小请求。</translation>
    </message>
    <message>
        <source>Conte&amp;xt window:</source>
        <translation>上下文长度(&amp;X)：</translation>
    </message>
    <message>
        <source>Usual for this provider (%L1)</source>
        <translation>该服务商的常用值（%L1）</translation>
    </message>
</context>
<context>
    <name>EventDesk::MailReader</name>
    <message>
        <source>Part of the message is not valid %1 as it says; it was read in the encoding it seems to have.</source>
        <translation>邮件的部分内容不是其声明的有效 %1 编码；已按推测的编码读取。</translation>
    </message>
    <message>
        <source>Some bytes of the message could not be decoded as %1; they are shown as �.</source>
        <translation>邮件中有些字节无法按 %1 解码；以 � 显示。</translation>
    </message>
    <message>
        <source>The message&apos;s encoding &quot;%1&quot; is unknown; it was read in the encoding it seems to have.</source>
        <translation>邮件的编码“%1”未知；已按推测的编码读取。</translation>
    </message>
    <message>
        <source>Some bytes of the message could not be decoded; they are shown as �.</source>
        <translation>邮件中有些字节无法解码；以 � 显示。</translation>
    </message>
    <message>
        <source>The message&apos;s base64 text is damaged; what could be read is shown.</source>
        <translation>邮件的 base64 文本已损坏；仅显示可读取的部分。</translation>
    </message>
    <message>
        <source>That is %1 messages; pre-fill reads at most %2 at a time, so split the mailbox or pick fewer files.</source>
        <translation>共有 %1 封邮件；预填每次最多读取 %2 封，请拆分邮箱文件或少选几个文件。</translation>
    </message>
    <message>
        <source>The message has no readable text.</source>
        <translation>邮件中没有可读的文本。</translation>
    </message>
    <message>
        <source>The message is longer than %1 characters; only its start is read.</source>
        <translation>邮件超过 %1 个字符；只读取开头部分。</translation>
    </message>
    <message>
        <source>%1 is empty.</source>
        <translation>%1 为空。</translation>
    </message>
    <message>
        <source>%1 is not an e-mail message or mailbox (.eml or mbox).</source>
        <translation>%1 不是电子邮件或邮箱文件（.eml 或 mbox）。</translation>
    </message>
    <message>
        <source>%1 holds %2 messages; pre-fill reads at most %3 at a time, so split the mailbox.</source>
        <translation>%1 包含 %2 封邮件；预填每次最多读取 %3 封，请拆分该邮箱文件。</translation>
    </message>
    <message>
        <source>%1, message %2</source>
        <translation>%1，第 %2 封邮件</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 不存在。</translation>
    </message>
    <message>
        <source>%1 is %2 MB; pre-fill reads files of at most %3 MB.</source>
        <translation>%1 大小为 %2 MB；预填只读取不超过 %3 MB 的文件。</translation>
    </message>
    <message>
        <source>%1 could not be read: %2</source>
        <translation>无法读取 %1：%2</translation>
    </message>
    <message>
        <source>The pasted text is empty.</source>
        <translation>粘贴的文本为空。</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>粘贴的文本</translation>
    </message>
    <message>
        <source>Paste a message or add .eml or mbox files first.</source>
        <translation>请先粘贴邮件，或添加 .eml 或 mbox 文件。</translation>
    </message>
</context>
<context>
    <name>EventDesk::MainWindow</name>
    <message>
        <source>Sessions</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Rooms</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>分会场主题</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>讲者</translation>
    </message>
    <message>
        <source>EventDesk</source>
        <translation>EventDesk</translation>
    </message>
    <message>
        <source>Loading workspace…</source>
        <translation>正在载入工作区…</translation>
    </message>
    <message>
        <source>Events</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>活动详情</translation>
    </message>
    <message>
        <source>Event &amp;list</source>
        <translation>活动(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New Event</source>
        <translation>新建活动(&amp;N)</translation>
    </message>
    <message>
        <source>Load &amp;Sample Event</source>
        <translation>载入示例活动(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Delete Event</source>
        <translation>删除活动(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>重做(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>转到(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>跟随系统</translation>
    </message>
    <message>
        <source>The language changes the next time EventDesk starts.</source>
        <translation>语言将在下次启动 EventDesk 时生效。</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;About EventDesk</source>
        <translation>关于 EventDesk(&amp;A)</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>未保存的更改</translation>
    </message>
    <message>
        <source>The event has changes that are not saved. Save them?</source>
        <translation>活动有尚未保存的更改。是否保存？</translation>
    </message>
    <message>
        <source>Creating the sample conference…</source>
        <translation>正在创建示例会议…</translation>
    </message>
    <message>
        <source>Sample conference created.</source>
        <translation>示例会议已创建。</translation>
    </message>
    <message>
        <source>%1 — EventDesk</source>
        <translation>%1 — EventDesk</translation>
    </message>
    <message>
        <source>&amp;Tools</source>
        <translation>工具(&amp;T)</translation>
    </message>
    <message>
        <source>Assistant &amp;Profiles…</source>
        <translation>助手配置(&amp;P)…</translation>
    </message>
    <message>
        <source>Eve&amp;nt</source>
        <translation>活动(&amp;N)</translation>
    </message>
    <message>
        <source>Delete the event &quot;%1&quot; with its %2 and %3? You can undo it with %4.</source>
        <translation>删除活动“%1”及其 %2和 %3？可以用 %4 撤销。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 个议题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s)</source>
        <translation>
            <numerusform>%n 条报名</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete event</source>
        <translation>删除活动</translation>
    </message>
    <message>
        <source>&amp;Discard This Step</source>
        <translation>放弃此步骤(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Assistant</source>
        <translation>助手(&amp;A)</translation>
    </message>
    <message>
        <source>Assistant &amp;Settings…</source>
        <translation>助手设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>导入(&amp;I)…</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>所有文件 (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>导入</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>导出(&amp;E)…</translation>
    </message>
    <message>
        <source>Choose an event to export first.</source>
        <translation>请先选择要导出的活动。</translation>
    </message>
    <message>
        <source>Saved: %1.</source>
        <translation>已保存：%1。</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>栏目</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>首选项(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts…</source>
        <translation>键盘快捷键(&amp;K)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts…</source>
        <translation>冲突(&amp;C)…</translation>
    </message>
    <message>
        <source>No changes to save.</source>
        <translation>没有需要保存的更改。</translation>
    </message>
    <message>
        <source>Undone: %1.</source>
        <translation>已撤销：%1。</translation>
    </message>
    <message>
        <source>Redone: %1.</source>
        <translation>已重做：%1。</translation>
    </message>
</context>
<context>
    <name>EventDesk::MessageRenderer</name>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2.</source>
        <translation>无法保存 %1：%2。</translation>
    </message>
    <message>
        <source>Alex Example</source>
        <translation>张示例</translation>
    </message>
    <message>
        <source>Example Ltd.</source>
        <translation>示例有限公司</translation>
    </message>
    <message>
        <source>general admission</source>
        <translation>普通票</translation>
    </message>
    <message>
        <source>the venue</source>
        <translation>会场</translation>
    </message>
</context>
<context>
    <name>EventDesk::MessageTemplate</name>
    <message>
        <source>Your registration for {event} is confirmed</source>
        <translation>您的 {event} 报名已确认</translation>
    </message>
    <message>
        <source>Dear {name},

your registration for {event} ({ticket}) is confirmed. We look forward to seeing you at {venue} on {start}.

Your registration id: {id}
</source>
        <translation>{name}，您好：

您的 {event}（{ticket}）报名已确认。期待 {start} 在 {venue} 与您相见。

您的报名编号：{id}
</translation>
    </message>
    <message>
        <source>You are on the waitlist for {event}</source>
        <translation>您已进入 {event} 的候补名单</translation>
    </message>
    <message>
        <source>Dear {name},

{event} is fully booked, so you are on the waitlist. We will write to you as soon as a place is free.
</source>
        <translation>{name}，您好：

{event} 名额已满，您已进入候补名单。一旦有空位，我们会立即通知您。
</translation>
    </message>
    <message>
        <source>Reminder: {event} starts on {start}</source>
        <translation>提醒：{event} 将于 {start} 开始</translation>
    </message>
    <message>
        <source>Dear {name},

this is a reminder that {event} starts on {start} at {venue}.
</source>
        <translation>{name}，您好：

提醒您，{event} 将于 {start} 在 {venue} 开始。
</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>确认</translation>
    </message>
    <message>
        <source>Waitlist</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Reminder</source>
        <translation>提醒</translation>
    </message>
    <message>
        <source>the participant&apos;s name</source>
        <translation>参会者姓名</translation>
    </message>
    <message>
        <source>the participant&apos;s email address</source>
        <translation>参会者电子邮件地址</translation>
    </message>
    <message>
        <source>the participant&apos;s organisation</source>
        <translation>参会者所在单位</translation>
    </message>
    <message>
        <source>the registration status</source>
        <translation>报名状态</translation>
    </message>
    <message>
        <source>the ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>the event&apos;s name</source>
        <translation>活动名称</translation>
    </message>
    <message>
        <source>the venue</source>
        <translation>场地</translation>
    </message>
    <message>
        <source>the first day of the event</source>
        <translation>活动第一天</translation>
    </message>
    <message>
        <source>The subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>The text</source>
        <translation>正文</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1为必填项。</translation>
    </message>
    <message>
        <source>%1 uses the unknown placeholder %2.</source>
        <translation>%1使用了未知的占位符 %2。</translation>
    </message>
    <message>
        <source>The subject must be one line.</source>
        <translation>主题必须只有一行。</translation>
    </message>
    <message>
        <source>the registration reference (like 7F3A-91C2)</source>
        <translation>报名编号（如 7F3A-91C2）</translation>
    </message>
</context>
<context>
    <name>EventDesk::MessageTemplatesDialog</name>
    <message>
        <source>Regular</source>
        <translation>普通票</translation>
    </message>
    <message>
        <source>Reset to &amp;default</source>
        <translation>恢复默认(&amp;D)</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>Double-click a placeholder to insert it into the text.</source>
        <translation>双击占位符可将其插入正文。</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>&amp;Message:</source>
        <translation>消息(&amp;M)：</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>主题(&amp;S)：</translation>
    </message>
    <message>
        <source>&amp;Text:</source>
        <translation>正文(&amp;T)：</translation>
    </message>
    <message>
        <source>Placeholders</source>
        <translation>占位符</translation>
    </message>
    <message>
        <source>Preview for %1</source>
        <translation>%1 的预览</translation>
    </message>
    <message>
        <source>Preview (sample participant)</source>
        <translation>预览（示例参会者）</translation>
    </message>
    <message>
        <source>&lt;b&gt;To:&lt;/b&gt; %1&lt;br&gt;&lt;b&gt;Subject:&lt;/b&gt; %2</source>
        <translation>&lt;b&gt;收件人：&lt;/b&gt;%1&lt;br&gt;&lt;b&gt;主题：&lt;/b&gt;%2</translation>
    </message>
    <message>
        <source>Own text for this event</source>
        <translation>本活动自定义文本</translation>
    </message>
    <message>
        <source>Built-in default</source>
        <translation>内置默认</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1：%2</translation>
    </message>
</context>
<context>
    <name>EventDesk::Participant</name>
    <message>
        <source>Pending</source>
        <translation>待审核</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>已确认</translation>
    </message>
    <message>
        <source>Waitlisted</source>
        <translation>候补</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>已取消</translation>
    </message>
    <message>
        <source>Checked in</source>
        <translation>已签到</translation>
    </message>
    <message>
        <source>The participant name</source>
        <translation>参会者姓名</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a phone number.</source>
        <translation>“%1”不是电话号码。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ParticipantImport</name>
    <message>
        <source>(ignore)</source>
        <translation>（忽略）</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>The file has no rows.</source>
        <translation>文件中没有数据行。</translation>
    </message>
    <message>
        <source>%1 is not a file.</source>
        <translation>%1 不是文件。</translation>
    </message>
    <message>
        <source>%1 is too large to import (%2 MB; the limit is %3 MB).</source>
        <translation>%1 太大，无法导入（%2 MB；上限为 %3 MB）。</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
    </message>
    <message>
        <source>The row has %1 fields; the header has %2.</source>
        <translation>该行有 %1 个字段；表头有 %2 个。</translation>
    </message>
    <message>
        <source>Unknown ticket type &quot;%1&quot;.</source>
        <translation>未知票种“%1”。</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;.</source>
        <translation>未知状态“%1”。</translation>
    </message>
    <message>
        <source>The email %1 already appears on line %2.</source>
        <translation>邮箱 %1 已在第 %2 行出现。</translation>
    </message>
    <message>
        <source>%1 is already registered.</source>
        <translation>%1 已经报名。</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>已取消；未导入任何内容。</translation>
    </message>
    <message>
        <source>Custom question</source>
        <translation>自定义问题</translation>
    </message>
    <message>
        <source>Created ticket type %1 (1 row).</source>
        <translation>已创建票种 %1（1 行）。</translation>
    </message>
    <message>
        <source>Created ticket type %1 (%2 rows).</source>
        <translation>已创建票种 %1（%2 行）。</translation>
    </message>
    <message>
        <source>Will create ticket type %1 (1 row).</source>
        <translation>将创建票种 %1（1 行）。</translation>
    </message>
    <message>
        <source>Will create ticket type %1 (%2 rows).</source>
        <translation>将创建票种 %1（%2 行）。</translation>
    </message>
    <message>
        <source>Created question &quot;%1&quot; (1 answer).</source>
        <translation>已创建问题“%1”（1 个回答）。</translation>
    </message>
    <message>
        <source>Created question &quot;%1&quot; (%2 answers).</source>
        <translation>已创建问题“%1”（%2 个回答）。</translation>
    </message>
    <message>
        <source>Will create question &quot;%1&quot; (1 answer).</source>
        <translation>将创建问题“%1”（1 个回答）。</translation>
    </message>
    <message>
        <source>Will create question &quot;%1&quot; (%2 answers).</source>
        <translation>将创建问题“%1”（%2 个回答）。</translation>
    </message>
    <message>
        <source>Line %1: %2</source>
        <translation>第 %1 行：%2</translation>
    </message>
    <message>
        <source>%1: %2 rows (lines %3)</source>
        <translation>%1：%2 行（第 %3 行）</translation>
    </message>
    <message>
        <source>… and %1 more skipped rows for other reasons (--json lists every row).</source>
        <translation>… 另有 %1 行因其他原因被跳过（--json 会列出每一行）。</translation>
    </message>
    <message>
        <source>Registration date</source>
        <translation>报名日期</translation>
    </message>
    <message>
        <source>Check-in time</source>
        <translation>签到时间</translation>
    </message>
    <message>
        <source>New question</source>
        <translation>新问题</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a registration date.</source>
        <translation>“%1”不是有效的报名日期。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a check-in time.</source>
        <translation>“%1”不是有效的签到时间。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ParticipantTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Registered</source>
        <translation>报名时间</translation>
    </message>
</context>
<context>
    <name>EventDesk::ParticipantsPage</name>
    <message>
        <source>Ne&amp;w…</source>
        <translation>新建(&amp;W)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>Confi&amp;rm</source>
        <translation>确认(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Cancel registration</source>
        <translation>取消报名(&amp;C)</translation>
    </message>
    <message>
        <source>Move to w&amp;aitlist</source>
        <translation>移入候补(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>I&amp;mport CSV…</source>
        <translation>导入 CSV(&amp;O)…</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>导出(&amp;X)</translation>
    </message>
    <message>
        <source>Me&amp;ssages</source>
        <translation>消息(&amp;S)</translation>
    </message>
    <message>
        <source>Search name, email, organisation or id</source>
        <translation>搜索姓名、邮箱、单位或编号</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>全部状态</translation>
    </message>
    <message>
        <source>Columns</source>
        <translation>列</translation>
    </message>
    <message>
        <source>CSV (UTF-8)…</source>
        <translation>CSV（UTF-8）…</translation>
    </message>
    <message>
        <source>CSV for Excel (UTF-8 with BOM)…</source>
        <translation>适用于 Excel 的 CSV（带 BOM 的 UTF-8）…</translation>
    </message>
    <message>
        <source>%1 to the selected: save as .eml files…</source>
        <translation>给所选参会者的%1：保存为 .eml 文件…</translation>
    </message>
    <message>
        <source>Write to the selected participant in the mail program…</source>
        <translation>在邮件程序中给所选参会者写信…</translation>
    </message>
    <message>
        <source>Status history</source>
        <translation>状态历史</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>Import participants</source>
        <translation>导入参会者</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV 文件 (*.csv *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>All ticket types</source>
        <translation>全部票种</translation>
    </message>
    <message>
        <source>No ticket type</source>
        <translation>无票种</translation>
    </message>
    <message>
        <source>%1 shown of %2 · %3 confirmed or checked in · %4 checked in · %5 selected</source>
        <translation>显示 %1 / %2 · 已确认或签到 %3 · 已签到 %4 · 已选 %5</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>未知</translation>
    </message>
    <message>
        <source>%1: %2 → %3 (%4)</source>
        <translation>%1：%2 → %3（%4）</translation>
    </message>
    <message>
        <source>%1: registered as %2 (%3)</source>
        <translation>%1：报名为%2（%3）</translation>
    </message>
    <message numerus="yes">
        <source>Confirm %n participant(s)</source>
        <translation>
            <numerusform>确认 %n 位参会者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n participant(s) and promote from the waitlist</source>
        <translation>
            <numerusform>取消 %n 位参会者并从候补中递补</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancel %n participant(s)</source>
        <translation>
            <numerusform>取消 %n 位参会者</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Move %n participant(s) to the waitlist</source>
        <translation>
            <numerusform>将 %n 位参会者移入候补</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Check in %n participant(s)</source>
        <translation>
            <numerusform>为 %n 位参会者签到</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Set %n participant(s) to pending</source>
        <translation>
            <numerusform>将 %n 位参会者设为待审核</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n participant(s)</source>
        <translation>
            <numerusform>删除 %n 位参会者</numerusform>
        </translation>
    </message>
    <message>
        <source>Register %1</source>
        <translation>为 %1 报名</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
    <message>
        <source>Export participants</source>
        <translation>导出参会者</translation>
    </message>
    <message>
        <source>participants.csv</source>
        <translation>参会者.csv</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Save messages into</source>
        <translation>将消息保存到</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>消息</translation>
    </message>
    <message>
        <source>&amp;Questions…</source>
        <translation>问题(&amp;Q)…</translation>
    </message>
    <message>
        <source>Message &amp;templates…</source>
        <translation>消息模板(&amp;T)…</translation>
    </message>
    <message>
        <source>Edit the questions of the registration form (%1)</source>
        <translation>编辑报名表中的问题（%1）</translation>
    </message>
    <message>
        <source>Edit the confirmation, waitlist and reminder messages (%1)</source>
        <translation>编辑确认、候补和提醒消息（%1）</translation>
    </message>
    <message>
        <source>Message templates</source>
        <translation>消息模板</translation>
    </message>
    <message>
        <source>Pre-fill from &amp;Messages…</source>
        <translation>从邮件预填(&amp;M)…</translation>
    </message>
    <message>
        <source>Draft Reply…</source>
        <translation>草拟回复…</translation>
    </message>
    <message>
        <source>Let the assistant draft registrations from e-mails; you review them first</source>
        <translation>让助手根据电子邮件草拟报名；由您先审核</translation>
    </message>
    <message>
        <source>Draft a reply to the selected participant&apos;s question with the assistant</source>
        <translation>借助助手为所选参会者的问题草拟回复</translation>
    </message>
    <message>
        <source>Import &amp;Participants…</source>
        <translation>导入参会者(&amp;P)…</translation>
    </message>
    <message>
        <source>Export Pa&amp;rticipants…</source>
        <translation>导出参会者(&amp;R)…</translation>
    </message>
    <message>
        <source>Search participants</source>
        <translation>搜索参会者</translation>
    </message>
    <message>
        <source>Imported participants from %1.</source>
        <translation>已从 %1 导入参会者。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n participant(s) to %1.</source>
        <translation>
            <numerusform>已将 %n 位参会者导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Status &amp;History</source>
        <translation>状态历史(&amp;H)</translation>
    </message>
</context>
<context>
    <name>EventDesk::PrefillExtraction</name>
    <message>
        <source>&quot;%1&quot; is not a ticket type of this event.</source>
        <translation>“%1”不是此活动的票种。</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>%1 appears in an earlier draft too.</source>
        <translation>%1 也出现在之前的草稿中。</translation>
    </message>
</context>
<context>
    <name>EventDesk::PrefillReviewDialog</name>
    <message>
        <source>Add &amp;Files…</source>
        <translation>添加文件(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Extract Registrations</source>
        <translation>提取报名(&amp;E)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>确认(&amp;C)</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Pre-fill Registrations from Messages</source>
        <translation>从邮件预填报名</translation>
    </message>
    <message>
        <source>Paste one or more messages here, or drop .eml or mbox files on this window.</source>
        <translation>在此粘贴一封或多封邮件，或将 .eml 或 mbox 文件拖放到此窗口。</translation>
    </message>
    <message>
        <source>C&amp;lear Files</source>
        <translation>清除文件(&amp;L)</translation>
    </message>
    <message>
        <source>Emails and phone numbers are replaced by placeholders before the messages are sent to the model. Nothing is registered until you confirm.</source>
        <translation>邮件发送给模型前，邮箱和电话号码会被替换为占位符。在您确认之前不会进行任何报名。</translation>
    </message>
    <message>
        <source>Redaction is off for pre-fill in the assistant settings: emails and phone numbers are sent to the model as they are. Nothing is registered until you confirm.</source>
        <translation>助手设置中已关闭预填的脱敏：邮箱和电话号码将原样发送给模型。在您确认之前不会进行任何报名。</translation>
    </message>
    <message>
        <source>Add messages</source>
        <translation>添加邮件</translation>
    </message>
    <message>
        <source>Messages (*.eml *.mbox *.mbx *.txt);;All files (*)</source>
        <translation>邮件 (*.eml *.mbox *.mbx *.txt);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Extracting registrations: request %1 of %2 (up to %3 messages each)…</source>
        <translation>正在提取报名：第 %1 个请求，共 %2 个（每个最多 %3 封邮件）…</translation>
    </message>
    <message>
        <source>Reading the messages…</source>
        <translation>正在读取邮件…</translation>
    </message>
    <message numerus="yes">
        <source>The %n draft(s) extracted so far are kept; Retry sends the remaining messages.</source>
        <translation>
            <numerusform>已保留目前提取的 %n 份草稿；“重试”会发送其余邮件。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No registrations were found in the %n message(s).</source>
        <translation>
            <numerusform>在 %n 封邮件中未找到报名。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n draft(s) from the messages. Check them, untick what should not be registered, then Confirm.</source>
        <translation>
            <numerusform>从邮件中得到 %n 份草稿。请检查，取消勾选不应报名的项，然后点击“确认”。</numerusform>
        </translation>
    </message>
    <message>
        <source>Register</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>问题</translation>
    </message>
    <message>
        <source>Message %1</source>
        <translation>邮件 %1</translation>
    </message>
    <message>
        <source>From %1: “%2”</source>
        <translation>来自 %1：“%2”</translation>
    </message>
    <message>
        <source>A guess: the message does not contain this value.</source>
        <translation>推测值：邮件中不含此值。</translation>
    </message>
    <message numerus="yes">
        <source>Registering %n participant(s)…</source>
        <translation>
            <numerusform>正在为 %n 位参会者报名…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Register %n participant(s) from messages</source>
        <translation>
            <numerusform>从邮件为 %n 位参会者报名</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Confirm %n Registration(s)</source>
        <translation>
            <numerusform>确认 %n 条报名(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>Retry sends the messages again.</source>
        <translation>重试会再次发送这些消息。</translation>
    </message>
    <message>
        <source>R&amp;etry</source>
        <comment>extract the rest; the Alt key of Extract Registrations</comment>
        <translation>重试(&amp;E)</translation>
    </message>
</context>
<context>
    <name>EventDesk::ProfileStore</name>
    <message>
        <source>There is no profile named &quot;%1&quot;.</source>
        <translation>没有名为“%1”的配置。</translation>
    </message>
    <message>
        <source>A profile named &quot;%1&quot; already exists.</source>
        <translation>名为“%1”的配置已存在。</translation>
    </message>
    <message>
        <source>%1 copy</source>
        <translation>%1 副本</translation>
    </message>
    <message>
        <source>%1 copy %2</source>
        <translation>%1 副本 %2</translation>
    </message>
</context>
<context>
    <name>EventDesk::ProposalChecker</name>
    <message>
        <source>The kept agenda proposal could not be read; ask for a new one.</source>
        <translation>保存的议程方案无法读取；请重新请求。</translation>
    </message>
    <message>
        <source>%1 would start on %2, outside the event&apos;s dates (%3 to %4).</source>
        <translation>%1 将于 %2 开始，超出活动日期（%3 至 %4）。</translation>
    </message>
    <message>
        <source>%1 would run from %2 to %3, outside the event&apos;s hours (%4–%5).</source>
        <translation>%1 将于 %2 至 %3 进行，超出活动时间（%4–%5）。</translation>
    </message>
    <message>
        <source>%1 has no room.</source>
        <translation>%1 没有会议室。</translation>
    </message>
    <message>
        <source>The room %1 given for %2 is not a room of this event.</source>
        <translation>为 %2 指定的会议室 %1 不是此活动的会议室。</translation>
    </message>
    <message>
        <source>The room id %1 given for %2 matches several rooms: %3.</source>
        <translation>为 %2 指定的会议室 id %1 匹配多个会议室：%3。</translation>
    </message>
    <message>
        <source>The start %1 of %2 is not a date and time such as 2026-05-04T10:00.</source>
        <translation>%2 的开始时间 %1 不是类似 2026-05-04T10:00 的日期时间。</translation>
    </message>
    <message>
        <source>%1 has no length in whole minutes.</source>
        <translation>%1 的时长不是整数分钟。</translation>
    </message>
    <message>
        <source>A length of %1 minutes for %2 is not possible.</source>
        <translation>%2 的时长不能为 %1 分钟。</translation>
    </message>
    <message>
        <source>The proposal names a session %1 that this event does not have.</source>
        <translation>方案中提到的议题 %1 在此活动中不存在。</translation>
    </message>
    <message>
        <source>The session id %1 matches several sessions: %2.</source>
        <translation>议题 id %1 匹配多个议题：%2。</translation>
    </message>
    <message>
        <source>%1 is placed more than once in this proposal.</source>
        <translation>%1 在此方案中被安排了不止一次。</translation>
    </message>
    <message>
        <source>A new session in the proposal has no title.</source>
        <translation>方案中有一个新议题没有标题。</translation>
    </message>
    <message>
        <source>%1 has the unknown session type %2.</source>
        <translation>%1 的议题类型 %2 未知。</translation>
    </message>
    <message>
        <source>%1 has no room; every new session needs one (a break for all rooms is one session per room).</source>
        <translation>%1 没有会议室；每个新议题都需要会议室（面向所有会议室的休息应为每个会议室各建一个议题）。</translation>
    </message>
    <message>
        <source>%1 was changed since the proposal was checked, so it was left as it is.</source>
        <translation>%1 在方案检查后已被修改，因此保持原样。</translation>
    </message>
    <message>
        <source>The room of %1 no longer exists, so it was left out.</source>
        <translation>%1 的会议室已不存在，因此已略去。</translation>
    </message>
    <message>
        <source>no room</source>
        <translation>无会议室</translation>
    </message>
    <message>
        <source>no valid time</source>
        <translation>无有效时间</translation>
    </message>
    <message>
        <source>Place %1 (no such session)</source>
        <translation>安排 %1（无此议题）</translation>
    </message>
    <message>
        <source>Place %1 in %2, %3</source>
        <translation>将 %1 安排在 %2，%3</translation>
    </message>
    <message>
        <source>Move %1 from %2, %3 to %4, %5</source>
        <translation>将 %1 从 %2，%3 移至 %4，%5</translation>
    </message>
    <message>
        <source>Add %1 (%2) in %3, %4</source>
        <translation>在 %3，%4 添加 %1（%2）</translation>
    </message>
</context>
<context>
    <name>EventDesk::ProviderProfile</name>
    <message>
        <source>The base URL &quot;%1&quot; is not an http or https address.</source>
        <translation>基础地址“%1”不是 http 或 https 地址。</translation>
    </message>
    <message>
        <source>The profile &quot;%1&quot; names no model.</source>
        <translation>配置“%1”没有指定模型。</translation>
    </message>
    <message>
        <source>An Azure profile needs an api-version.</source>
        <translation>Azure 配置需要 api-version。</translation>
    </message>
    <message>
        <source>No language-model profile is set up; set EVENTDESK_LLM_BASE_URL and EVENTDESK_LLM_MODEL, or add a profile in the settings.</source>
        <translation>尚未设置语言模型配置；请设置 EVENTDESK_LLM_BASE_URL 和 EVENTDESK_LLM_MODEL，或在设置中添加配置。</translation>
    </message>
    <message>
        <source>A profile needs a name.</source>
        <translation>配置需要一个名称。</translation>
    </message>
    <message>
        <source>The temperature must be between 0 and 2.</source>
        <translation>温度必须在 0 到 2 之间。</translation>
    </message>
    <message>
        <source>The maximum number of tokens must be at least 1.</source>
        <translation>最大令牌数至少为 1。</translation>
    </message>
    <message>
        <source>The proxy &quot;%1&quot; is not an address such as http://proxy.example.com:8080, nor &quot;none&quot;.</source>
        <translation>代理“%1”既不是 http://proxy.example.com:8080 这样的地址，也不是“none”。</translation>
    </message>
    <message>
        <source>The CA certificate file %1 does not exist.</source>
        <translation>CA 证书文件 %1 不存在。</translation>
    </message>
    <message>
        <source>The base URL must not contain a user name or password; settings are not a safe place for them, so put the key in the keychain.</source>
        <translation>基础 URL 不能包含用户名或密码：设置不是存放它们的安全位置，请把密钥存入钥匙串。</translation>
    </message>
    <message>
        <source>The proxy address must not contain a user name or password, which would be stored in plain text in the settings.</source>
        <translation>代理地址不能包含用户名或密码，否则它们会以明文保存在设置中。</translation>
    </message>
    <message>
        <source>The context window must be a number of tokens, or 0 for the provider&apos;s usual size.</source>
        <translation>上下文长度必须是令牌数，或为 0 表示使用服务商的常用值。</translation>
    </message>
    <message>
        <source>The context window (%L1 tokens) must be larger than the longest answer (%L2 tokens).</source>
        <translation>上下文长度（%L1 个令牌）必须大于最长答复（%L2 个令牌）。</translation>
    </message>
</context>
<context>
    <name>EventDesk::PublishGuiFormats</name>
    <message numerus="yes">
        <source>Wrote %1 (%n session(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 个议题）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Printable agenda (PDF)</source>
        <translation>可打印议程（PDF）</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message numerus="yes">
        <source>Wrote %1 (%n page(s)).</source>
        <translation>
            <numerusform>已写入 %1（%n 页）。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup of the whole workspace</source>
        <translation>整个工作区的备份</translation>
    </message>
    <message>
        <source>EventDesk backup (*.json)</source>
        <translation>EventDesk 备份 (*.json)</translation>
    </message>
    <message>
        <source>Wrote the backup %1.</source>
        <translation>已写入备份 %1。</translation>
    </message>
    <message numerus="yes">
        <source>Restores %n row(s) from the backup of %1 into this empty workspace.</source>
        <translation>
            <numerusform>将从 %1 的备份中恢复 %n 行数据到这个空工作区。</numerusform>
        </translation>
    </message>
    <message>
        <source>The restore was cancelled; nothing was written.</source>
        <translation>恢复已取消，未写入任何内容。</translation>
    </message>
    <message numerus="yes">
        <source>Restored %n row(s) from the backup of %1.</source>
        <translation>
            <numerusform>已从 %1 的备份中恢复 %n 行数据。</numerusform>
        </translation>
    </message>
    <message>
        <source>Backup (restore into this empty workspace)</source>
        <translation>备份（恢复到这个空工作区）</translation>
    </message>
    <message>
        <source>Calendar (iCalendar)</source>
        <translation>日历（iCalendar）</translation>
    </message>
    <message>
        <source>iCalendar (*.ics)</source>
        <translation>iCalendar (*.ics)</translation>
    </message>
    <message>
        <source>Schedule website (folder)</source>
        <translation>日程表网站（文件夹）</translation>
    </message>
    <message>
        <source>Printable agenda (HTML)</source>
        <translation>可打印议程（HTML）</translation>
    </message>
    <message>
        <source>HTML (*.html)</source>
        <translation>HTML (*.html)</translation>
    </message>
</context>
<context>
    <name>EventDesk::Record</name>
    <message>
        <source>event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>track</source>
        <translation>分会场主题</translation>
    </message>
    <message>
        <source>session</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>speaker</source>
        <translation>讲者</translation>
    </message>
    <message>
        <source>participant</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>schedule release</source>
        <translation>日程表版本</translation>
    </message>
</context>
<context>
    <name>EventDesk::RecordReferences</name>
    <message numerus="yes">
        <source>%n session(s) refer to it: %1.</source>
        <translation>
            <numerusform>有 %n 个日程引用了它：%1。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n registration(s) hold this ticket type: %1.</source>
        <translation>
            <numerusform>有 %n 条报名使用此票种：%1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Only rooms, tracks, speakers and ticket types are detached.</source>
        <translation>只有会议室、主题、讲者和票种可以解除引用。</translation>
    </message>
</context>
<context>
    <name>EventDesk::RecordTableModel</name>
    <message>
        <source>Name</source>
        <translation>名称</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>容量</translation>
    </message>
    <message>
        <source>Colour</source>
        <translation>颜色</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>单位</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>开始</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>分钟</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>标题</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>讲者</translation>
    </message>
    <message>
        <source>Unscheduled</source>
        <translation>未排期</translation>
    </message>
    <message>
        <source>Ticket</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>EventDesk::RecordTablePage</name>
    <message>
        <source>&amp;Add…</source>
        <translation>添加(&amp;A)…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>编辑(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>Search %1</source>
        <translation>搜索%1</translation>
    </message>
    <message>
        <source>Add…</source>
        <translation>添加…</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>编辑…</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>EventDesk::RegistrationDialog</name>
    <message>
        <source>Open e&amp;xisting</source>
        <translation>打开已有报名(&amp;X)</translation>
    </message>
    <message>
        <source>(no ticket type)</source>
        <translation>（无票种）</translation>
    </message>
    <message>
        <source>%1 (quota %2)</source>
        <translation>%1（名额 %2）</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>电话(&amp;P)：</translation>
    </message>
    <message>
        <source>Or&amp;ganisation:</source>
        <translation>单位(&amp;G)：</translation>
    </message>
    <message>
        <source>&amp;Ticket type:</source>
        <translation>票种(&amp;T)：</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>备注(&amp;O)：</translation>
    </message>
    <message>
        <source>(no answer)</source>
        <translation>（未回答）</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>是</translation>
    </message>
    <message>
        <source>No</source>
        <translation>否</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>New registrations are confirmed while places are free, else waitlisted.</source>
        <translation>有空位时新报名直接确认，否则进入候补。</translation>
    </message>
    <message>
        <source>Edit registration</source>
        <translation>编辑报名</translation>
    </message>
    <message>
        <source>New registration</source>
        <translation>新建报名</translation>
    </message>
    <message>
        <source>%1 is already registered as %2 (%3).</source>
        <translation>%1 已报名为%2（%3）。</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>保存(&amp;S)</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>状态(&amp;U)：</translation>
    </message>
</context>
<context>
    <name>EventDesk::RegistrationPrefill</name>
    <message>
        <source>Pre-fill was cancelled; the drafts extracted so far are kept.</source>
        <translation>预填已取消；已保留目前提取的草稿。</translation>
    </message>
</context>
<context>
    <name>EventDesk::Registrations</name>
    <message>
        <source>%1 is already registered as %2 (%3, id %4).</source>
        <translation>%1 已以 %2 的身份报名（%3，编号 %4）。</translation>
    </message>
    <message>
        <source>Checked in: %1.</source>
        <translation>已签到：%1。</translation>
    </message>
    <message>
        <source>%1 is already checked in.</source>
        <translation>%1 已经签到。</translation>
    </message>
    <message>
        <source>%1 already checked in at %2.</source>
        <translation>%1 已于 %2 签到。</translation>
    </message>
    <message>
        <source>Not checked in: the registration of %1 is cancelled.</source>
        <translation>未签到：%1 的报名已取消。</translation>
    </message>
    <message>
        <source>Not checked in: %1 is on the waitlist.</source>
        <translation>未签到：%1 在候补名单中。</translation>
    </message>
    <message>
        <source>%1 is not registered for this event.</source>
        <translation>%1 未报名此活动。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ReleaseDiffDialog</name>
    <message>
        <source>Compare releases</source>
        <translation>比较版本</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>从(&amp;F)：</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>到(&amp;T)：</translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation>%1：%2（%3）</translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation>当前工作稿</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>新增</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Moved</source>
        <translation>移动</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>修改</translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation>没有差异。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ReplyDraftDialog</name>
    <message>
        <source>Event</source>
        <translation>活动</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>议题</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Ticket type</source>
        <translation>票种</translation>
    </message>
    <message>
        <source>Registration</source>
        <translation>报名</translation>
    </message>
    <message>
        <source>&amp;Draft</source>
        <translation>草拟(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>取消(&amp;C)</translation>
    </message>
    <message>
        <source>C&amp;opy</source>
        <translation>复制(&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Save as .eml…</source>
        <translation>另存为 .eml(&amp;S)…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Draft a Reply</source>
        <translation>草拟回复</translation>
    </message>
    <message>
        <source>Paste the participant&apos;s question here</source>
        <translation>在此粘贴参会者的问题</translation>
    </message>
    <message>
        <source>No registration picked</source>
        <translation>未选择报名</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not in the data:&lt;/b&gt; the event&apos;s data does not hold the answer. The draft says so; check it before sending.</source>
        <translation>&lt;b&gt;数据中没有：&lt;/b&gt;活动数据中没有这个答案。草稿中已说明这一点；发送前请检查。</translation>
    </message>
    <message>
        <source>The draft reply appears here; edit it before you send it.</source>
        <translation>回复草稿将显示在此；发送前请先编辑。</translation>
    </message>
    <message>
        <source>The facts the draft uses; activate one to show its record.</source>
        <translation>草稿所依据的事实；激活其中一项可显示对应记录。</translation>
    </message>
    <message>
        <source>&amp;Registration:</source>
        <translation>报名(&amp;R)：</translation>
    </message>
    <message>
        <source>Facts used:</source>
        <translation>依据的事实：</translation>
    </message>
    <message>
        <source>Model: %1</source>
        <translation>模型：%1</translation>
    </message>
    <message>
        <source>No assistant profile is set up (Tools › Assistant Profiles…).</source>
        <translation>尚未设置助手配置（工具 › 助手配置…）。</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1（%2）</translation>
    </message>
    <message>
        <source>Drafting…</source>
        <translation>正在草拟…</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message>
        <source>Draft ready; check it before sending.</source>
        <translation>草稿已就绪；发送前请检查。</translation>
    </message>
    <message>
        <source>Draft ready: the event&apos;s data does not hold the answer.</source>
        <translation>草稿已就绪：活动数据中没有这个答案。</translation>
    </message>
    <message>
        <source>%1 “%2”: %3</source>
        <translation>%1“%2”：%3</translation>
    </message>
    <message>
        <source>(The draft uses no facts from the event&apos;s data.)</source>
        <translation>（草稿未使用活动数据中的任何事实。）</translation>
    </message>
    <message>
        <source>The reply is copied.</source>
        <translation>回复已复制。</translation>
    </message>
    <message>
        <source>Save the reply</source>
        <translation>保存回复</translation>
    </message>
    <message>
        <source>reply.eml</source>
        <translation>reply.eml</translation>
    </message>
    <message>
        <source>Email messages (*.eml)</source>
        <translation>电子邮件 (*.eml)</translation>
    </message>
    <message>
        <source>Re: your question about %1</source>
        <translation>Re: 您关于 %1 的问题</translation>
    </message>
    <message>
        <source>Saved as %1.</source>
        <translation>已保存为 %1。</translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation>问题(&amp;Q)：</translation>
    </message>
    <message>
        <source>Repl&amp;y:</source>
        <translation>回复(&amp;Y)：</translation>
    </message>
</context>
<context>
    <name>EventDesk::ReplyGrounding</name>
    <message>
        <source>That registration is not part of this event.</source>
        <translation>该报名不属于此活动。</translation>
    </message>
    <message>
        <source>The model&apos;s answer held no reply text.</source>
        <translation>模型的答复中没有回复文本。</translation>
    </message>
    <message>
        <source>The draft cited %1 &quot;%2&quot;, which matches more than one record; that fact is left out.</source>
        <translation>草稿引用了%1“%2”，它匹配多条记录；已略去该事实。</translation>
    </message>
    <message>
        <source>The draft cited %1 &quot;%2&quot;, which is not in the event&apos;s data; that fact is left out.</source>
        <translation>草稿引用了%1“%2”，它不在活动数据中；已略去该事实。</translation>
    </message>
</context>
<context>
    <name>EventDesk::RequestPreviewDialog</name>
    <message>
        <source>What Will Be Sent</source>
        <translation>将发送的内容</translation>
    </message>
    <message>
        <source>This is the text the profile &quot;%1&quot; will receive with your message, after emails and phone numbers are replaced by placeholders (when redaction is on for the chat).</source>
        <translation>这是配置“%1”将随您的消息收到的文本，其中邮箱和电话号码已替换为占位符（聊天开启脱敏时）。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ReviewPanel</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Ask the model too</source>
        <translation>同时询问模型</translation>
    </message>
    <message>
        <source>After the findings the program computes, the model looks for others</source>
        <translation>在程序计算出结果之后，由模型查找其他问题</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>严重程度</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>来源</translation>
    </message>
    <message>
        <source>Review lists conflicts, rooms too small, missing speakers or rooms, unscheduled sessions, gaps and speakers over their availability.</source>
        <translation>审查会列出冲突、容量不足的会议室、缺少讲者或会议室的议题、未排期的议题、空档，以及超出可用时间的讲者。</translation>
    </message>
    <message>
        <source>Reviewing…</source>
        <translation>正在审查…</translation>
    </message>
    <message>
        <source>The model was not asked.</source>
        <translation>未询问模型。</translation>
    </message>
    <message>
        <source>The model part was skipped: %1</source>
        <translation>已跳过模型部分：%1</translation>
    </message>
    <message>
        <source>Asking the model for more findings…</source>
        <translation>正在请模型查找更多结果…</translation>
    </message>
    <message>
        <source>The model&apos;s part was cancelled; the computed findings are shown.</source>
        <translation>模型部分已取消；显示计算得出的结果。</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>Computed</source>
        <translation>计算</translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>已取消。</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) computed, %1 from the model.</source>
        <translation>
            <numerusform>计算得出 %n 条结果，模型另给出 %1 条。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s) computed.</source>
        <translation>
            <numerusform>计算得出 %n 条结果。</numerusform>
        </translation>
    </message>
    <message>
        <source>Review Schedule</source>
        <translation>审查日程表</translation>
    </message>
</context>
<context>
    <name>EventDesk::Room</name>
    <message>
        <source>The room name</source>
        <translation>会议室名称</translation>
    </message>
    <message>
        <source>The room capacity</source>
        <translation>会议室容量</translation>
    </message>
</context>
<context>
    <name>EventDesk::RoomDialog</name>
    <message>
        <source>New room</source>
        <translation>新建会议室</translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation>编辑会议室</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation>容量(&amp;C)：</translation>
    </message>
    <message>
        <source>A&amp;vailable:</source>
        <translation>可用时段(&amp;V)：</translation>
    </message>
    <message>
        <source>Not set</source>
        <translation>未设置</translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleFile</name>
    <message>
        <source>Cannot read &quot;%1&quot;: %2.</source>
        <translation>无法读取“%1”：%2。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is %2; schedule files larger than %3 are refused.</source>
        <translation>“%1”大小为 %2；不接受大于 %3 的日程文件。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is larger than %2; schedule files that large are refused.</source>
        <translation>“%1”大于 %2；不接受这么大的日程文件。</translation>
    </message>
    <message>
        <source>The schedule is larger than %1; schedule files that large are refused.</source>
        <translation>日程大于 %1；不接受这么大的日程文件。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleImport</name>
    <message>
        <source>It was deleted in the workspace; restore it to update it from the file.</source>
        <translation>它已在工作区中被删除；请先恢复，才能从文件更新它。</translation>
    </message>
    <message>
        <source>Imported schedule</source>
        <translation>导入的日程</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; this schedule was imported into before was deleted; restore it, or import into another event with --event.</source>
        <translation>此日程之前导入的活动“%1”已被删除；请恢复该活动，或使用 --event 导入到其他活动。</translation>
    </message>
    <message>
        <source>The schedule&apos;s conference cannot be imported: %1</source>
        <translation>无法导入日程中的会议信息：%1</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written.</source>
        <translation>导入已取消；未写入任何内容。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleImportDialog</name>
    <message>
        <source>Into the event &quot;%1&quot;: %2</source>
        <translation>导入到活动“%1”：%2</translation>
    </message>
    <message>
        <source>Note (%1): %2</source>
        <translation>注意（%1）：%2</translation>
    </message>
    <message>
        <source>Imported into &quot;%1&quot;: %2</source>
        <translation>已导入到“%1”：%2</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n scheduled sessions to %1.</source>
        <translation>
            <numerusform>已将 %n 个已排期日程导出到 %1。</numerusform>
        </translation>
    </message>
    <message>
        <source>Schedule XML (frab, pretalx)</source>
        <translation>日程 XML（frab、pretalx）</translation>
    </message>
    <message>
        <source>Schedule XML (*.xml)</source>
        <translation>日程 XML (*.xml)</translation>
    </message>
    <message>
        <source>Schedule JSON (c3voc, pretalx)</source>
        <translation>日程 JSON（c3voc、pretalx）</translation>
    </message>
    <message>
        <source>Schedule JSON (*.json)</source>
        <translation>日程 JSON (*.json)</translation>
    </message>
    <message>
        <source>Schedule XML (frab)</source>
        <translation>日程 XML（frab）</translation>
    </message>
    <message>
        <source>Schedule JSON (c3voc)</source>
        <translation>日程 JSON（c3voc）</translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleImportPlan</name>
    <message>
        <source>%1 created, %2 updated, %3 unchanged, %4 skipped.</source>
        <translation>新建 %1，更新 %2，未变 %3，跳过 %4。</translation>
    </message>
</context>
<context>
    <name>EventDesk::SchedulePage</name>
    <message>
        <source>Pu&amp;blish…</source>
        <translation>发布(&amp;B)…</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation>放大（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation>缩小（Ctrl+滚轮）</translation>
    </message>
    <message>
        <source>Compare &amp;releases…</source>
        <translation>比较版本(&amp;R)…</translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation>规则(&amp;U)…</translation>
    </message>
    <message>
        <source>Severity of each conflict rule, and the speaker changeover time</source>
        <translation>各冲突规则的严重程度，以及讲者换场时间</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>日期(&amp;Y)：</translation>
    </message>
    <message>
        <source>H&amp;ighlight:</source>
        <translation>突出显示(&amp;I)：</translation>
    </message>
    <message>
        <source>Unschedule&amp;d</source>
        <translation>未排期(&amp;D)</translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation>取消排期</translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation>全部议题</translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation>主题：%1</translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation>讲者：%1</translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation>%1（%2 分钟）</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n 个错误</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n 个警告</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unschedule %n session(s)</source>
        <translation>
            <numerusform>取消 %n 个议题的排期</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish with conflicts?</source>
        <translation>存在冲突，仍要发布？</translation>
    </message>
    <message numerus="yes">
        <source>The schedule has %n conflict error(s). Publish it anyway?</source>
        <translation>
            <numerusform>日程表有 %n 个冲突错误。仍要发布吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Publish schedule</source>
        <translation>发布日程表</translation>
    </message>
    <message>
        <source>Release name:</source>
        <translation>版本名称：</translation>
    </message>
    <message>
        <source>Published release %1 &quot;%2&quot;.</source>
        <translation>已发布版本 %1“%2”。</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程表</translation>
    </message>
    <message>
        <source>Auto-&amp;schedule…</source>
        <translation>自动排程(&amp;S)…</translation>
    </message>
    <message>
        <source>Publish the schedule as a numbered release</source>
        <translation>将日程发布为带编号的版本</translation>
    </message>
    <message>
        <source>The colour of each track on the cards</source>
        <translation>卡片上各主题的颜色</translation>
    </message>
    <message>
        <source>Place or re-plan sessions with no conflict, as a proposal to apply</source>
        <translation>无冲突地安排或重新规划日程，生成可应用的方案</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>分会场主题</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n proposed)</source>
        <translation>
            <numerusform>%1（方案中 %n 个）</numerusform>
        </translation>
    </message>
    <message>
        <source>No track</source>
        <translation>无主题</translation>
    </message>
    <message>
        <source>Schedule published</source>
        <translation>日程已发布</translation>
    </message>
    <message numerus="yes">
        <source>Published release %1 &quot;%2&quot; with %n session(s).</source>
        <translation>
            <numerusform>已发布版本 %1“%2”，含 %n 个日程。</numerusform>
        </translation>
    </message>
    <message>
        <source>Conflicts</source>
        <translation>冲突</translation>
    </message>
    <message>
        <source>Schedule grid</source>
        <translation>日程表网格</translation>
    </message>
    <message>
        <source>Rooms across, times down. Arrow keys go from session to session; Alt+arrow keys move the selected sessions.</source>
        <translation>横向为会议室，纵向为时间。方向键在议题之间移动焦点；Alt+方向键移动所选议题。</translation>
    </message>
    <message>
        <source>Unscheduled sessions</source>
        <translation>未排期的议题</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>放大</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>缩小</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>放大(&amp;I)</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>缩小(&amp;O)</translation>
    </message>
    <message>
        <source>Unschedule&amp;d (%1)</source>
        <translation>未排期(&amp;D)（%1）</translation>
    </message>
</context>
<context>
    <name>EventDesk::SchedulePublisher</name>
    <message>
        <source>The schedule has not been published yet.</source>
        <translation>日程表尚未发布。</translation>
    </message>
    <message>
        <source>There is no release &quot;%1&quot;; use a version number, a release&apos;s name, latest or working.</source>
        <translation>没有版本“%1”；请使用版本号、版本名称、latest 或 working。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleRecordBuilder</name>
    <message>
        <source>The event at %1 has no title.</source>
        <translation>位于 %1 的日程没有标题。</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; at %2 has a date that does not parse (&quot;%3&quot;).</source>
        <translation>位于 %2 的日程“%1”的日期无法解析（“%3”）。</translation>
    </message>
    <message>
        <source>The event &quot;%1&quot; at %2 has a duration that does not parse (&quot;%3&quot;; use HH:MM).</source>
        <translation>位于 %2 的日程“%1”的时长无法解析（“%3”；请使用 HH:MM）。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleRecordEditor</name>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>删除 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Add %1</source>
        <translation>添加%1</translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation>编辑%1</translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleRelease</name>
    <message>
        <source>The release name</source>
        <translation>版本名称</translation>
    </message>
    <message>
        <source>The release version must be 1 or more.</source>
        <translation>版本号必须大于等于 1。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleReview</name>
    <message>
        <source>Info</source>
        <translation>信息</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3 has %4 seats.</source>
        <translation>%1 预计 %2 人，但 %3 只有 %4 个座位。</translation>
    </message>
    <message>
        <source>The keynote %1 is in %2 with %3 seats, but %4 people are registered.</source>
        <translation>主题演讲 %1 安排在 %2，只有 %3 个座位，但已有 %4 人报名。</translation>
    </message>
    <message>
        <source>%1 has no speaker.</source>
        <translation>%1 没有讲者。</translation>
    </message>
    <message>
        <source>%1 is not scheduled yet.</source>
        <translation>%1 尚未排期。</translation>
    </message>
    <message>
        <source>%1 has a time (%2) but no room.</source>
        <translation>%1 有时间（%2）但没有会议室。</translation>
    </message>
    <message>
        <source>%1 is idle from %2 to %3 on %4, between %5 and %6.</source>
        <translation>%1 在 %4 的 %2 至 %3 空闲，位于 %5 与 %6 之间。</translation>
    </message>
    <message>
        <source>%1 is scheduled for %2 minutes but available for only %3.</source>
        <translation>%1 被安排了 %2 分钟，但仅有 %3 分钟可用。</translation>
    </message>
    <message>
        <source>A finding of the model about %1 &quot;%2&quot; was dropped: the event has no such record.</source>
        <translation>模型关于%1“%2”的一条结果已被丢弃：活动中没有该记录。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleScene</name>
    <message>
        <source>Resize session</source>
        <translation>调整议题时长</translation>
    </message>
    <message numerus="yes">
        <source>Move %n session(s)</source>
        <translation>
            <numerusform>移动 %n 个议题</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule %n session(s)</source>
        <translation>
            <numerusform>排期 %n 个议题</numerusform>
        </translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>安排：%1</translation>
    </message>
    <message>
        <source>Move: %1 (from %2 %3)</source>
        <translation>移动：%1（原 %2 %3）</translation>
    </message>
    <message>
        <source>New: %1</source>
        <translation>新增：%1</translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleSettingsPage</name>
    <message>
        <source>Conflict rules of new events</source>
        <translation>新活动的冲突规则</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>错误</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>警告</translation>
    </message>
    <message>
        <source>Off</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>Speaker &amp;changeover time:</source>
        <translation>讲者换场时间(&amp;C)：</translation>
    </message>
    <message>
        <source>Minutes kept free in a room after each session.</source>
        <translation>每个议题结束后会议室空出的分钟数。</translation>
    </message>
    <message>
        <source>&amp;Room changeover time:</source>
        <translation>会议室换场时间(&amp;R)：</translation>
    </message>
    <message>
        <source>Events that exist keep their own rules: Event › Conflict Rules.</source>
        <translation>已有活动保留各自的规则：活动 › 冲突规则。</translation>
    </message>
    <message>
        <source>Dragged and resized sessions on the schedule grid land on multiples of this.</source>
        <translation>在日程表网格上拖动或调整大小的议题会对齐到此值的整数倍。</translation>
    </message>
    <message>
        <source>Grid &amp;snapping:</source>
        <translation>网格对齐(&amp;S)：</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程表</translation>
    </message>
</context>
<context>
    <name>EventDesk::Sentences</name>
    <message>
        <source>%1 %2</source>
        <comment>one sentence after another</comment>
        <translation>%1%2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>a list so far, and its next item</comment>
        <translation>%1，%2</translation>
    </message>
</context>
<context>
    <name>EventDesk::ServerConnection</name>
    <message>
        <source>The PostgreSQL driver for Qt is not installed (libqt6sql6-psql).</source>
        <translation>未安装 Qt 的 PostgreSQL 驱动（libqt6sql6-psql）。</translation>
    </message>
    <message>
        <source>EventDesk could not connect to the team server %1.</source>
        <translation>EventDesk 无法连接到团队服务器 %1。</translation>
    </message>
    <message>
        <source>The server refused the member name or password.</source>
        <translation>服务器拒绝了该成员名称或密码。</translation>
    </message>
    <message>
        <source>The server cannot be reached; your edits stay on this computer and are sent at the next sync.</source>
        <translation>无法连接到服务器；您的编辑保存在本机，将在下次同步时发送。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ServerSchema</name>
    <message>
        <source>The team server could not be read.</source>
        <translation>无法读取团队服务器。</translation>
    </message>
    <message>
        <source>The team server uses a newer EventDesk (server schema %1); update EventDesk to use it.</source>
        <translation>团队服务器使用的是更新版本的 EventDesk（服务器架构版本 %1）；请更新 EventDesk 后再使用。</translation>
    </message>
    <message>
        <source>The server schema is missing from this build of EventDesk.</source>
        <translation>此 EventDesk 构建中缺少服务器架构。</translation>
    </message>
    <message>
        <source>The team server could not be set up.</source>
        <translation>无法设置团队服务器。</translation>
    </message>
    <message>
        <source>The team server could not be set up; nothing was changed.</source>
        <translation>无法设置团队服务器；未作任何更改。</translation>
    </message>
    <message>
        <source>A member needs a team and a name.</source>
        <translation>成员必须有所属团队和名称。</translation>
    </message>
    <message>
        <source>A member name may use letters, digits and . _ @ - only (at most 63 characters).</source>
        <translation>成员名称只能包含字母、数字及 . _ @ -（最多 63 个字符）。</translation>
    </message>
    <message>
        <source>The member %1 could not be added.</source>
        <translation>无法添加成员 %1。</translation>
    </message>
</context>
<context>
    <name>EventDesk::ServerUrl</name>
    <message>
        <source>The server address must look like postgresql://member@host:5432/database.</source>
        <translation>服务器地址格式应为 postgresql://member@host:5432/database。</translation>
    </message>
    <message>
        <source>The server address names no host.</source>
        <translation>服务器地址中缺少主机名。</translation>
    </message>
    <message>
        <source>The server address names no member (postgresql://member@host/…).</source>
        <translation>服务器地址中缺少成员名称（postgresql://member@host/…）。</translation>
    </message>
</context>
<context>
    <name>EventDesk::Session</name>
    <message>
        <source>Talk</source>
        <translation>演讲</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>工作坊</translation>
    </message>
    <message>
        <source>Keynote</source>
        <translation>主题演讲</translation>
    </message>
    <message>
        <source>Panel</source>
        <translation>圆桌讨论</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>休息</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
    <message>
        <source>The session title</source>
        <translation>议题标题</translation>
    </message>
    <message>
        <source>The duration must be at least one minute (got %1).</source>
        <translation>时长至少为一分钟（当前为 %1）。</translation>
    </message>
    <message>
        <source>The duration cannot exceed 24 hours.</source>
        <translation>时长不能超过 24 小时。</translation>
    </message>
    <message>
        <source>The expected attendance</source>
        <translation>预计人数</translation>
    </message>
    <message>
        <source>A scheduled session needs a room.</source>
        <translation>已排期的议题需要指定会议室。</translation>
    </message>
    <message>
        <source>A speaker is listed twice.</source>
        <translation>有讲者被重复列出。</translation>
    </message>
    <message>
        <source>An allowed room is not a valid room id.</source>
        <translation>某个允许的会议室不是有效的会议室 id。</translation>
    </message>
    <message>
        <source>A link has no address.</source>
        <translation>某个链接没有地址。</translation>
    </message>
</context>
<context>
    <name>EventDesk::SessionDialog</name>
    <message>
        <source>New session</source>
        <translation>新建议题</translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation>编辑议题</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>已排期</translation>
    </message>
    <message>
        <source>Pinned: the assistant never moves it</source>
        <translation>固定：助手不会移动它</translation>
    </message>
    <message>
        <source> min</source>
        <translation> 分钟</translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation>（无主题）</translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation>（无会议室）</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seats)</source>
        <translation>
            <numerusform>%1（%n 个座位）</numerusform>
        </translation>
    </message>
    <message>
        <source>Filter speakers…</source>
        <translation>筛选讲者…</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>标题(&amp;T)：</translation>
    </message>
    <message>
        <source>A&amp;bstract:</source>
        <translation>摘要(&amp;B)：</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>类型(&amp;Y)：</translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation>时长(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation>主题(&amp;K)：</translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation>会议室(&amp;R)：</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>开始(&amp;S)：</translation>
    </message>
    <message>
        <source>S&amp;peakers:</source>
        <translation>讲者(&amp;P)：</translation>
    </message>
    <message>
        <source>E&amp;xpected attendance:</source>
        <translation>预计人数(&amp;X)：</translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation>标签(&amp;G)：</translation>
    </message>
    <message>
        <source>The rooms this session may use; none checked: any room</source>
        <translation>此议题可使用的会议室；未勾选任何会议室：任意会议室</translation>
    </message>
    <message>
        <source>When this session may take place; no window: any time</source>
        <translation>此议题可举行的时间；未设时间窗：任意时间</translation>
    </message>
    <message>
        <source>Allo&amp;wed rooms:</source>
        <translation>允许的会议室(&amp;W)：</translation>
    </message>
    <message>
        <source>Allowed t&amp;imes:</source>
        <translation>允许的时间(&amp;I)：</translation>
    </message>
</context>
<context>
    <name>EventDesk::SessionItem</name>
    <message>
        <source>Error: %1</source>
        <translation>错误：%1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>警告：%1</translation>
    </message>
</context>
<context>
    <name>EventDesk::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>首选项</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>页面</translation>
    </message>
</context>
<context>
    <name>EventDesk::ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Type a command or a key</source>
        <translation>输入命令或按键</translation>
    </message>
    <message>
        <source>&amp;Search:</source>
        <translation>搜索(&amp;S)：</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>命令</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>快捷键</translation>
    </message>
    <message>
        <source>%1 page</source>
        <translation>%1页面</translation>
    </message>
    <message>
        <source>Menu or page</source>
        <translation>菜单或页面</translation>
    </message>
</context>
<context>
    <name>EventDesk::SiteWriter</name>
    <message>
        <source>Rooms</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>Tracks</source>
        <translation>分会场主题</translation>
    </message>
    <message>
        <source>Speakers</source>
        <translation>讲者</translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation>日程</translation>
    </message>
    <message>
        <source>Calendar (.ics)</source>
        <translation>日历（.ics）</translation>
    </message>
    <message>
        <source>My agenda</source>
        <translation>我的日程</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>All days</source>
        <translation>全部日期</translation>
    </message>
    <message>
        <source>Track</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>All tracks</source>
        <translation>全部主题</translation>
    </message>
    <message>
        <source>Room</source>
        <translation>会议室</translation>
    </message>
    <message>
        <source>All rooms</source>
        <translation>全部会议室</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>搜索</translation>
    </message>
    <message>
        <source>sessions</source>
        <translation>个日程</translation>
    </message>
    <message>
        <source>Nothing is scheduled yet.</source>
        <translation>尚未安排任何日程。</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n 个日程</numerusform>
        </translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>Add to calendar (.ics)</source>
        <translation>添加到日历（.ics）</translation>
    </message>
    <message>
        <source>%1 already has files that are not an EventDesk site; choose an empty folder.</source>
        <translation>%1 中已有不属于 EventDesk 网站的文件；请选择一个空文件夹。</translation>
    </message>
    <message>
        <source>The folder %1 cannot be created.</source>
        <translation>无法创建文件夹 %1。</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>导出已取消。</translation>
    </message>
</context>
<context>
    <name>EventDesk::Speaker</name>
    <message>
        <source>The speaker name</source>
        <translation>讲者姓名</translation>
    </message>
</context>
<context>
    <name>EventDesk::SpeakerDialog</name>
    <message>
        <source>New speaker</source>
        <translation>新建讲者</translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation>编辑讲者</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>邮箱(&amp;E)：</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>单位(&amp;O)：</translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation>简介(&amp;B)：</translation>
    </message>
    <message>
        <source>A&amp;vailable:</source>
        <translation>可用时段(&amp;V)：</translation>
    </message>
</context>
<context>
    <name>EventDesk::StoreInfo</name>
    <message>
        <source>Could not read the SQLite version.</source>
        <translation>无法读取 SQLite 版本。</translation>
    </message>
</context>
<context>
    <name>EventDesk::StructuredOutput</name>
    <message>
        <source>The model&apos;s answer contained no readable JSON.</source>
        <translation>模型的回答中没有可读的 JSON。</translation>
    </message>
    <message>
        <source>The model&apos;s answer did not have the expected structure, even after a second try.</source>
        <translation>即使重试一次，模型的回答仍不符合预期结构。</translation>
    </message>
</context>
<context>
    <name>EventDesk::SyncSession</name>
    <message>
        <source>This server has no EventDesk team schema yet; an administrator sets it up with eventdesk-cli server init.</source>
        <translation>此服务器尚无 EventDesk 团队架构；需由管理员使用 eventdesk-cli server init 进行设置。</translation>
    </message>
    <message>
        <source>The team server needs a newer EventDesk (server schema %1, this one knows %2); update EventDesk to sync. Your edits stay on this computer.</source>
        <translation>团队服务器需要更新版本的 EventDesk（服务器架构版本 %1，本版本支持 %2）；请更新 EventDesk 后再同步。您的编辑仍保存在本机。</translation>
    </message>
    <message>
        <source>The team server could not be read.</source>
        <translation>无法读取团队服务器。</translation>
    </message>
    <message>
        <source>The member %1 is not in any team on this server; ask an administrator to add you.</source>
        <translation>成员 %1 不属于此服务器上的任何团队；请联系管理员将您添加到团队。</translation>
    </message>
    <message>
        <source>This workspace syncs with the team &quot;%1&quot;, not &quot;%2&quot;; open another workspace for that team.</source>
        <translation>此工作区与团队“%1”同步，而不是“%2”；请为该团队打开另一个工作区。</translation>
    </message>
    <message>
        <source>The team server was reset or replaced since this workspace last synced; nothing was changed here. Send this workspace to it again only if that is intended.</source>
        <translation>自此工作区上次同步以来，团队服务器已被重置或替换；此处未作任何更改。请仅在确有需要时，才将此工作区重新发送到该服务器。</translation>
    </message>
    <message>
        <source>Your changes could not be sent to the team server; they stay here and are sent at the next sync.</source>
        <translation>无法将您的更改发送到团队服务器；更改会保留在本机，并在下次同步时发送。</translation>
    </message>
    <message>
        <source>The resolved conflicts could not be sent to the team server.</source>
        <translation>无法将已解决的冲突发送到团队服务器。</translation>
    </message>
    <message>
        <source>The team&apos;s changes could not be fetched.</source>
        <translation>无法获取团队的更改。</translation>
    </message>
    <message>
        <source>The team&apos;s changes could not be fetched; what arrived so far is kept.</source>
        <translation>无法获取团队的更改；已接收的部分会保留。</translation>
    </message>
    <message>
        <source>The team&apos;s conflicts could not be fetched.</source>
        <translation>无法获取团队的冲突。</translation>
    </message>
    <message>
        <source>The team server has an older EventDesk schema (version %1); an administrator updates it with eventdesk-cli server init. Your edits stay on this computer.</source>
        <translation>团队服务器的 EventDesk 架构较旧（版本 %1）；请管理员用 eventdesk-cli server init 更新它。你的修改仍保存在这台电脑上。</translation>
    </message>
</context>
<context>
    <name>EventDesk::SyncSettingsPage</name>
    <message>
        <source>&amp;Server:</source>
        <translation>服务器(&amp;S)：</translation>
    </message>
    <message>
        <source>How your teammates see your changes.</source>
        <translation>队友在您的更改上看到的名字。</translation>
    </message>
    <message>
        <source>&amp;Member name:</source>
        <translation>成员名称(&amp;M)：</translation>
    </message>
    <message>
        <source>Team sync</source>
        <translation>团队同步</translation>
    </message>
    <message>
        <source>The team server and member name that File › Connect to Team… offers. Connecting checks them, keeps the password in the system keychain and the server in the workspace: each workspace syncs with the server it was connected to.</source>
        <translation>“文件 › 连接团队…”预先填入的团队服务器和成员名称。连接时会验证这些信息，把密码保存在系统钥匙串中，并把服务器记在工作区里：每个工作区只与它连接过的服务器同步。</translation>
    </message>
</context>
<context>
    <name>EventDesk::SyncStatusWidget</name>
    <message>
        <source>Team sync status</source>
        <translation>团队同步状态</translation>
    </message>
    <message>
        <source>Team sync progress</source>
        <translation>团队同步进度</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
    <message>
        <source>Stop this sync; what arrived so far is kept.</source>
        <translation>停止本次同步；已接收的部分会保留。</translation>
    </message>
    <message>
        <source>Offline</source>
        <translation>离线</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>同步失败</translation>
    </message>
    <message>
        <source>Syncing %1 of %2</source>
        <translation>正在同步 %1/%2</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>正在同步…</translation>
    </message>
    <message numerus="yes">
        <source>%n conflict(s)</source>
        <translation>
            <numerusform>%n 个冲突</numerusform>
        </translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>已于 %1 同步</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>已连接</translation>
    </message>
    <message>
        <source>Server: %1</source>
        <translation>服务器：%1</translation>
    </message>
    <message>
        <source>Member: %1</source>
        <translation>成员：%1</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>上次同步：%1</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%n change(s) waiting to be sent</source>
        <translation>
            <numerusform>%n 项更改待发送</numerusform>
        </translation>
    </message>
    <message>
        <source>Click to see the conflicts.</source>
        <translation>点击查看冲突。</translation>
    </message>
    <message>
        <source>Sync cancelled</source>
        <translation>同步已取消</translation>
    </message>
</context>
<context>
    <name>EventDesk::SyncWorker</name>
    <message>
        <source>No team server is set up; connect to a team first.</source>
        <translation>尚未设置团队服务器；请先连接团队。</translation>
    </message>
</context>
<context>
    <name>EventDesk::TeamSync</name>
    <message>
        <source>Connect to &amp;Team…</source>
        <translation>连接团队(&amp;T)…</translation>
    </message>
    <message>
        <source>Disconnect from Tea&amp;m</source>
        <translation>断开团队连接(&amp;M)</translation>
    </message>
    <message>
        <source>S&amp;ync Now</source>
        <translation>立即同步(&amp;Y)</translation>
    </message>
    <message>
        <source>No system keychain service is running, so the team server&apos;s password cannot be read; connect to the team again to sync.</source>
        <translation>系统钥匙串服务未运行，无法读取团队服务器的密码；请重新连接团队以进行同步。</translation>
    </message>
    <message>
        <source>The team server&apos;s password is not in the keychain; connect to the team again to sync.</source>
        <translation>钥匙串中没有团队服务器的密码；请重新连接团队以进行同步。</translation>
    </message>
    <message>
        <source>Sync cancelled; what arrived so far is kept.</source>
        <translation>同步已取消；已接收的部分会保留。</translation>
    </message>
    <message>
        <source>No system keychain service is running, so the password cannot be kept; EventDesk syncs until it closes and asks again after that.</source>
        <translation>系统钥匙串服务未运行，无法保存密码；EventDesk 在关闭前会继续同步，之后将再次询问密码。</translation>
    </message>
    <message>
        <source>The password could not be kept in the keychain; EventDesk syncs until it closes and asks again after that.</source>
        <translation>无法将密码保存到钥匙串中；EventDesk 在关闭前会继续同步，之后将再次询问密码。</translation>
    </message>
    <message>
        <source>Disconnected from the team; your data stays in this workspace.</source>
        <translation>已断开与团队的连接；您的数据仍保留在此工作区中。</translation>
    </message>
    <message>
        <source>Another copy of this workspace file has synced since this one last did; this workspace now syncs under a client id of its own, and nothing was lost.</source>
        <translation>此工作区文件的另一份副本在此工作区上次同步之后同步过；此工作区现在以自己的客户端 ID 同步，没有丢失任何内容。</translation>
    </message>
    <message>
        <source>Cance&amp;l Sync</source>
        <translation>取消同步(&amp;L)</translation>
    </message>
    <message>
        <source>Stop this sync; what arrived so far is kept.</source>
        <translation>停止本次同步；已接收的部分会保留。</translation>
    </message>
    <message>
        <source>Click here to connect again.</source>
        <translation>点击此处重新连接。</translation>
    </message>
</context>
<context>
    <name>EventDesk::TextDecoder</name>
    <message>
        <source>The file is empty.</source>
        <translation>文件为空。</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an encoding this system knows.</source>
        <translation>本系统不认识编码“%1”。</translation>
    </message>
    <message>
        <source>The file is not valid %1 text.</source>
        <translation>文件不是有效的 %1 文本。</translation>
    </message>
    <message>
        <source>The file starts like UTF-8 but is not valid UTF-8.</source>
        <translation>文件开头像 UTF-8，但不是有效的 UTF-8。</translation>
    </message>
    <message>
        <source>The file starts like UTF-16 but is not valid UTF-16.</source>
        <translation>文件开头像 UTF-16，但不是有效的 UTF-16。</translation>
    </message>
    <message>
        <source>The file is not a text file (it contains binary data).</source>
        <translation>文件不是文本文件（含有二进制数据）。</translation>
    </message>
    <message>
        <source>The file&apos;s encoding could not be recognised.</source>
        <translation>无法识别文件的编码。</translation>
    </message>
</context>
<context>
    <name>EventDesk::TicketType</name>
    <message>
        <source>The ticket type name</source>
        <translation>票种名称</translation>
    </message>
    <message>
        <source>The quota</source>
        <translation>名额</translation>
    </message>
    <message>
        <source>The price</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a three-letter currency code.</source>
        <translation>“%1”不是三个字母的货币代码。</translation>
    </message>
</context>
<context>
    <name>EventDesk::Track</name>
    <message>
        <source>The track name</source>
        <translation>主题名称</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a colour of the form #rrggbb.</source>
        <translation>“%1”不是 #rrggbb 形式的颜色。</translation>
    </message>
</context>
<context>
    <name>EventDesk::TrackDialog</name>
    <message>
        <source>New track</source>
        <translation>新建主题</translation>
    </message>
    <message>
        <source>Edit track</source>
        <translation>编辑主题</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>选择…</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation>颜色(&amp;C)：</translation>
    </message>
</context>
<context>
    <name>EventDesk::WorkspaceTables</name>
    <message>
        <source>The workspace could not be read.</source>
        <translation>无法读取工作区。</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>没有打开的工作区。</translation>
    </message>
    <message>
        <source>The backup could not be restored.</source>
        <translation>无法恢复备份。</translation>
    </message>
    <message>
        <source>The backup has a table this version does not know: %1.</source>
        <translation>备份中包含本版本无法识别的表：%1。</translation>
    </message>
    <message>
        <source>The backup has a column this version does not know: %1.%2.</source>
        <translation>备份中包含本版本无法识别的列：%1.%2。</translation>
    </message>
    <message>
        <source>A row of %1 in the backup has %2 values for %3 columns.</source>
        <translation>备份中 %1 表的某一行有 %2 个值，但该表有 %3 列。</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>EventDesk</source>
        <translation>EventDesk</translation>
    </message>
</context>
</TS>
