<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>EventDesk</name>
    <message>
        <source>Add %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AtomicFile</name>
    <message>
        <source>%1 cannot be written: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be saved: %2.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::AvailabilityEditor</name>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>EventDesk::Conflict</name>
    <message>
        <source>Room double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker double-booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Room unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outside the event&apos;s days or hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attendance above room capacity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Same track in parallel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too little changeover time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ConflictChecker</name>
    <message>
        <source>%1 (%2) is outside the event&apos;s days or daily hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 expects %2 people but %3 seats %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not available for %2 at %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are both in %3 at %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %2 are in the same track at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 speaks in %2 and %3 at the same time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has only %2 minutes to move between %3 and %4 (%5 needed).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ConflictRulesDialog</name>
    <message>
        <source>Conflict rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker &amp;changeover time:</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;New event</source>
        <translation>新建活动(&amp;N)</translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changeover time must be between 0 and 1440 minutes.</source>
        <translation type="unfinished"></translation>
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
        <source>&amp;Name:</source>
        <translation>名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>简介(&amp;D)：</translation>
    </message>
    <message>
        <source>&amp;Time zone:</source>
        <translation>时区(&amp;T)：</translation>
    </message>
    <message>
        <source>D&amp;ates:</source>
        <translation>日期(&amp;A)：</translation>
    </message>
    <message>
        <source>Daily &amp;hours:</source>
        <translation>每日时间(&amp;H)：</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>场地(&amp;V)：</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>地址(&amp;A)：</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>状态(&amp;T)：</translation>
    </message>
    <message>
        <source>New event</source>
        <translation>新建活动</translation>
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
        <source>%1 cannot be read: %2.</source>
        <translation>无法读取 %1：%2。</translation>
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
        <source>A %1 with id %2 appears twice.</source>
        <translation>id 为 %2 的%1出现了两次。</translation>
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
        <source>The %1 was changed elsewhere in the meantime (revision %2, you edited %3); reload it and try again.</source>
        <translation>该%1已在别处被修改（当前修订 %2，你编辑的是 %3）；请重新载入后再试。</translation>
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
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::MainWindow</name>
    <message>
        <source>Sessions</source>
        <translation>日程</translation>
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
        <source>Participants</source>
        <translation>参会者</translation>
    </message>
    <message>
        <source>EventDesk</source>
        <translation>EventDesk</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
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
        <source>&amp;Events</source>
        <translation>活动(&amp;E)</translation>
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
        <source>About EventDesk</source>
        <translation>关于 EventDesk</translation>
    </message>
    <message>
        <source>EventDesk %1 — plan events, schedules and registrations, offline first.</source>
        <translation>EventDesk %1 —— 筹备活动、日程与报名，离线优先。</translation>
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
        <source>Deleted &quot;%1&quot;. Undo with %2.</source>
        <translation>已删除“%1”。按 %2 撤销。</translation>
    </message>
    <message>
        <source>%1 — EventDesk</source>
        <translation>%1 — EventDesk</translation>
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
        <translation>日程</translation>
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
        <translation type="unfinished"></translation>
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
</context>
<context>
    <name>EventDesk::RecordTablePage</name>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ReleaseDiffDialog</name>
    <message>
        <source>Compare releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No differences.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Capacity:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vailable:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::SchedulePage</name>
    <message>
        <source>&amp;Publish…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+wheel)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare &amp;releases…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;ules…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severity of each conflict rule, and the speaker changeover time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Highlight:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unscheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unschedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Track: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaker: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unschedule %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Publish with conflicts?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The schedule has %n conflict error(s). Publish it anyway?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Publish schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published release %1 &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::SchedulePublisher</name>
    <message>
        <source>The schedule has not been published yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no release &quot;%1&quot;; use a version number, latest or working.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleRecordEditor</name>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleRelease</name>
    <message>
        <source>The release name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release version must be 1 or more.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::ScheduleScene</name>
    <message>
        <source>Resize session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Move %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Schedule %n session(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
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
        <translation>日程标题</translation>
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
        <translation>已排期的日程需要指定会议室。</translation>
    </message>
    <message>
        <source>A speaker is listed twice.</source>
        <translation>有讲者被重复列出。</translation>
    </message>
</context>
<context>
    <name>EventDesk::SessionDialog</name>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned: the assistant never moves it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no track)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no room)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n seats)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Filter speakers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;bstract:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Duration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trac&amp;k:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;peakers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xpected attendance:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;gs:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EventDesk::SessionItem</name>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit speaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bio:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;vailable:</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished">名称(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;Colour:</source>
        <translation type="unfinished"></translation>
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
